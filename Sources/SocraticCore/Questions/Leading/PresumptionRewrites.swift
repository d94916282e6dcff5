/// Rewrites a question that leads by what it says (`PresumptionRules`), a shape for each
/// fault:
/// - a presumed act asks how the person sees what it is about: "Why do you keep defending
///   Bitcoin when it crashed?" → "How do you see Bitcoin?";
/// - a mocking or sweeping word is left out: "What makes you think a ceasefire will magically fix it?" →
///   "What makes you think a ceasefire will fix it?";
/// - a false choice asks what else there is: "What options do you see besides those two?".
enum PresumptionRewrites {
  /// The rewrite's words without "?", or nil when the question has no such fault or nothing to
  /// keep.
  static func body(for reading: QuestionReading) -> [Token]? {
    guard let match = PresumptionRules.firstMatch(in: reading) else { return nil }
    let tokens = reading.tokens
    switch match.effect {
    case .presumedAct:
      let start = match.range.upperBound
      var end = start
      while end < min(tokens.count, start + maximumTopicWords), !isTopicEnd(tokens, at: end),
        end == start || !isVerb(tokens[end].lowercased)
      {
        end += 1
      }
      guard end > start else { return nil }
      return Tokenizer.tokenize("How do you see") + tokens[start..<end]
    case .mockingWord, .sweepingWord:
      var body = Array(tokens[reading.core])
      body.remove(at: match.range.lowerBound - reading.core.lowerBound)
      return body
    case .falseChoice:
      return Tokenizer.tokenize("What options do you see besides those two")
    }
  }

  /// The most words a topic kept after a presumed act has.
  private static let maximumTopicWords = 6

  /// Whether the topic after a presumed act ends at a token: an auxiliary, a conjunction, a
  /// subordinator or punctuation ("the tariffs | were a mistake", "Bitcoin | when it …"); a
  /// verb after its first word ends it too ("the merger | failed").
  private static func isTopicEnd(_ tokens: [Token], at index: Int) -> Bool {
    let word = tokens[index].lowercased
    return tokens[index].kind != .word || FunctionWords.auxiliary(word) != nil
      || FunctionWords.subordinators.contains(word) || topicEnds.contains(word)
  }

  /// Whether a word is a verb and not a plural noun: "failed", but not "results".
  private static func isVerb(_ word: String) -> Bool {
    QuestionFormRules.isVerbForm(word) && Lexicon.singular(of: word) == nil
  }

  /// Words other than auxiliaries and subordinators that end a topic.
  private static let topicEnds: Set<String> = [
    "and", "or", "but", "which", "who", "because", "when", "if", "instead", "despite",
    "even", "after", "now", "already",
  ]
}
