/// Rewrites an either-or whose second option mocks by asking about the first option's topic
/// only: "Do you want to fix the park, or do you just want to look busy?" → "What matters most
/// to you about fixing the park?". The mocking option is left out; a first option that is no
/// act of the person's is asked about by the other rules, alone (`MockingAlternativeRules`).
enum MockingAlternativeRewrites {
  /// The rewrite's words without "?", from the question cut to its first option; nil when that
  /// option is not an act the person wants or is going to do.
  static func body(forFirstOption reading: QuestionReading) -> [Token]? {
    let words = reading.words
    var index = reading.core.lowerBound
    guard index + 2 < reading.core.upperBound, FunctionWords.auxiliary(words[index]) != nil,
      words[index + 1] == "you"
    else { return nil }
    index += 2
    if let intent = intents.first(where: { words[index...].starts(with: $0) }) {
      index += intent.count
    }
    guard index < reading.core.upperBound,
      QuestionRewriter.baseForm(words[index]) == words[index],
      let gerund = QuestionRewriter.gerund(of: words[index])
    else { return nil }
    let rest = reading.tokens[(index + 1)..<reading.core.upperBound]
    return QuestionRewriter.phrase("What matters most to you about") + [Token(gerund)] + rest
  }

  /// What stands between the person and the act: "want to", "going to".
  private static let intents: [[String]] = [
    ["want", "to"], ["going", "to"], ["gonna"], ["planning", "to"], ["trying", "to"],
    ["willing", "to"],
  ]
}
