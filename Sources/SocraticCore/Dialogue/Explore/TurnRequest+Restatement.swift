/// What a correction says in place of what was heard: only words that state something. "to me
/// love" ends the complaint it follows, "anyway" moves on and "explain what?" asks back; none
/// of them is what they meant, and none is given back as if it were.
extension TurnRequest {
  /// The sentences after a correction that state something, as typed; nil when none holds a
  /// word of its own ("that doesnt make sense to me love. explain what?", "i didnt say that.
  /// anyway.").
  static func replacement(in rest: [Token]) -> String? {
    let stated = SentenceSplitter.sentences(in: rest).filter { sentence in
      !sentence.contains { !$0.isWord && $0.text.contains("?") } && saysSomething(sentence)
    }
    var tokens = stated.flatMap { $0 }
    guard !tokens.isEmpty else { return nil }
    tokens[0].hasSpaceBefore = false
    return tokens.joinedText
  }

  /// Whether a sentence holds a word that says something: not a word of the frame, a filler,
  /// a word of moving on, nor a name for the listener closing words before it ("to me love").
  private static func saysSomething(_ sentence: [Token]) -> Bool {
    var words = sentence.filter(\.isWord).map(\.lowercased)
    if words.count > 1, let last = words.last, listenerNames.contains(last) { words.removeLast() }
    return words.contains { word in
      !FunctionWords.isFunctionWord(word) && !topicFillers.contains(word)
        && !ReflectionWriter.chatFillers.contains(word) && !sayingNothing.contains(word)
        && !AnswerCues.topicClosingWords.contains(word) && !AnswerCues.laughs.contains(word)
    }
  }

  /// Names for the listener said at the end of a sentence: "love", "pet", "dear".
  static let listenerNames: Set<String> = [
    "love", "luv", "pet", "dear", "duck", "hen", "hun", "hon", "mate", "pal", "babe", "darling",
    "sweetheart", "bro", "dude",
  ]

  /// Words that, after a correction, only shrug or ask back: "whatever", "explain".
  static let sayingNothing: Set<String> = [
    "whatever", "nevermind", "nvm", "ok", "okay", "yeah", "well", "explain",
  ]
}
