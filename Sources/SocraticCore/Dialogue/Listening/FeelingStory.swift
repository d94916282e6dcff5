/// Whether a sentence that shows a feeling tells it under a story or a judgement of the
/// person's ("i yelled at my sister and felt awful after", "felt like a bad person hitting no
/// tip"): then a reflection names the feeling rather than giving the scene back.
enum FeelingStory {
  /// When the feeling was had, as the sentence tells it.
  enum Time { case past, present }

  /// The time of the feeling under the words, when the words tell a story before it or judge
  /// the person without naming it; nil when they name the feeling plainly ("I'm exhausted").
  static func underneath(_ words: String, _ feelings: [String]) -> Time? {
    let tokens = Tokenizer.tokenize(words).prefix(tokenLimit).map(\.lowercased)
    let named = Set(feelings.compactMap { $0.split(separator: " ").first.map(String.init) })
    let time: Time = tokens.contains { pastFrames.contains($0) } ? .past : .present
    guard let at = tokens.firstIndex(where: named.contains) else {
      // No word of the feeling is said: a judgement of themselves names it.
      let judged = feelings.contains { feeling in
        AnswerCues.selfJudgements.contains { $0.feeling == feeling }
      }
      return judged ? time : nil
    }
    // A story before the feeling: a verb of theirs in the past, other than the frame of it.
    let isStory = tokens[..<at].contains { word in
      !pastFrames.contains(word) && !FunctionWords.isFunctionWord(word)
        && Lexicon.verbReadings(of: word).contains { $0.form == .past }
    }
    return isStory ? .past : nil
  }

  /// How many tokens are read.
  private static let tokenLimit = 40

  /// Past forms that only frame a feeling: "felt", "was", "it made me".
  private static let pastFrames: Set<String> = [
    "felt", "was", "were", "got", "became", "left", "made", "kept",
  ]
}
