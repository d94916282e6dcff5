/// An answer that closes by moving on ("… work keeps me busy. anyway whatever, back to the
/// question"): what came before it is what they turn away from, and giving it back would hold
/// them to it. No reflection is given; the next question comes alone.
extension ReflectionWriter {
  /// Words that close a topic, said before moving on or alone: "anyway", "whatever".
  static let topicClosers: Set<String> = leavingClosers.union([
    "so", "ok", "okay", "right", "yeah", "but",
  ])

  /// The words of `topicClosers` that move on when said alone: "anyway.", "whatever.".
  static let leavingClosers: Set<String> = AnswerCues.topicClosingWords.union(["whatever"])

  /// Whether the answer's last sentence only moves on: a moving-on phrase
  /// (`AnswerCues.onlyMovesOn`) after words that close a topic, or those words alone
  /// ("anyway."), after something else was said.
  static func closesByMovingOn(_ line: String) -> Bool {
    let read = TypedTextLimit.prefix(of: line, characters: AnswerMoveReader.readLimit)
    let sentences = SentenceSplitter.sentences(in: Shorthand.expanded(Tokenizer.tokenize(read)))
      .map { $0.filter(\.isWord) }.filter { !$0.isEmpty }
    guard sentences.count > 1, let last = sentences.last else { return false }
    let closers = last.prefix { topicClosers.contains($0.lowercased) }
    let rest = Array(last.dropFirst(closers.count))
    if rest.isEmpty { return closers.contains { leavingClosers.contains($0.lowercased) } }
    return AnswerCues.onlyMovesOn(rest)
  }

  /// Whether a part of an answer said after others leaves the topic: it opens on a word that
  /// closes one ("anyway it's late") or closes on a goodbye ("…, night"). Said after
  /// something else, it is never that answer's point.
  static func leavesOn(_ part: String) -> Bool {
    let words = Shorthand.expanded(Tokenizer.tokenize(part)).filter(\.isWord).map(\.lowercased)
    guard let first = words.first, let last = words.last else { return false }
    return leavingClosers.contains(first) || words.count > 1 && farewellWords.contains(last)
  }

  /// Words that, closing a part, say goodbye: "…, night", "…, bye".
  static let farewellWords: Set<String> = [
    "bye", "goodbye", "goodnight", "night", "nite", "ttyl", "cya", "cheers",
  ]
}
