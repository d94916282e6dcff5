/// How a line the person logged with `/me` is coached beyond the critic's verdict.
enum MeLine {
  /// What is said of a line that opens by giving back what they said.
  static let reflectionCredit = "It opens with a reflection of what they said: well heard."

  /// What is said of a question that sets their own life against their view.
  static let gotchaVerdict =
    "sets their own life against their view, which reads as a trap: ask about the view itself"

  /// Whether a line opens, after its fillers, on a counterpoint about the listener's own life
  /// ("ok but you do 90 mins each way on the train, …?", "yeah but your own kids go private,
  /// …?") and asks a question: a gotcha. Quoting what they said ("but you said …") is not one.
  static func setsTheirLifeAgainstTheirView(_ text: String) -> Bool {
    let tokens = Tokenizer.tokenize(text)
    guard tokens.contains(where: { $0.text == "?" }) else { return false }
    let words = tokens.filter(\.isWord).map(\.lowercased).drop { fillers.contains($0) }
    guard let first = words.first, counterpoints.contains(first) else { return false }
    let rest = words.dropFirst()
    guard let subject = rest.first, ["you", "your"].contains(subject) else { return false }
    return !rest.dropFirst().prefix(2).contains(where: sayingVerbs.contains)
  }

  /// Whether a line gives back what they just said with a question mark, to check it was
  /// heard right: one sentence in a statement's order (no question word or auxiliary first,
  /// after "so", "ok", "yeah"), most of whose words that carry meaning are theirs, at least
  /// `sharedWordsForAReflection` of them. "So you think safety doesn't matter?" said to "rules
  /// just slow us down" puts words in their mouth, and is not one.
  static func checksAReflection(_ text: String, of previous: String) -> Bool {
    let tokens = Tokenizer.tokenize(text)
    guard tokens.last?.text == "?", SentenceSplitter.sentences(in: tokens).count == 1 else {
      return false
    }
    let words = tokens.filter(\.isWord).drop { fillers.contains($0.lowercased) }
    guard let first = words.first?.lowercased, !counterpoints.contains(first),
      !FunctionWords.questionWords.contains(first), FunctionWords.auxiliary(first) == nil
    else { return false }
    let said = AnswerMoveReader.contentWords(Array(words))
    let theirs = AnswerMoveReader.contentWords(Tokenizer.tokenize(previous))
    let shared = said.intersection(theirs).count
    return shared >= sharedWordsForAReflection && shared * 2 >= said.count
  }

  /// Whether every sentence after a line's first goes on from it without arguing: none opens,
  /// after its fillers, on a counterpoint or on the speaker's own say ("i think …", "we …"),
  /// which would make the line a view of the speaker's after a reflection.
  static func goesOnGivingBack(_ text: String) -> Bool {
    let sentences = SentenceSplitter.sentences(in: Tokenizer.tokenize(text))
    return sentences.dropFirst().allSatisfy { sentence in
      let words = sentence.filter(\.isWord).map(\.lowercased).drop { fillers.contains($0) }
      return words.first.map { !counterpoints.contains($0) && !speakersOwn.contains($0) } ?? true
    }
  }

  /// How deep a line that gives back what they said goes, judged against their words.
  static func depth(of text: String, after previous: String) -> ReflectionDepth {
    ReflectionDepthRules.depth(
      of: Tokenizer.tokenize(text).map(\.lowercased),
      after: Tokenizer.tokenize(previous).map(\.lowercased))
  }

  /// Words that open the speaker's own say: "i reckon …", "we always …".
  private static let speakersOwn: Set<String> = [
    "i", "im", "ive", "id", "me", "my", "we", "our", "personally",
  ]

  /// The fewest of their words a line with a question mark gives back to be a reflection.
  static let sharedWordsForAReflection = 2

  /// Words said before a counterpoint: "ok", "yeah", "well".
  private static let fillers: Set<String> = [
    "ok", "okay", "yeah", "yes", "well", "so", "right", "alright", "sure", "fair", "hmm", "and",
  ]
  /// Words that open a counterpoint.
  private static let counterpoints: Set<String> = ["but", "yet"]
  /// Verbs that quote the listener's own words back: "but you said …".
  private static let sayingVerbs: Set<String> = [
    "said", "say", "told", "mentioned", "wrote", "called", "also", "just",
  ]
}
