/// An either-or whose second option mocks the person ("Do you want a fair deal, or do you just
/// want to win?", "…, or are you too proud to ask?", "Is it reform, or just another power
/// grab?"): only the first option is offered as a real answer, so the question leads.
enum MockingAlternativeRules {
  /// The words after "or" that mock ("do you just", "are you too", "just another"), or nil.
  static func mockingWords(in reading: QuestionReading) -> String? {
    guard let or = alternative(in: reading) else { return nil }
    let words = TokenPatternWords(reading.words, end: reading.core.upperBound)
    guard
      let end = mockingOpeners.lazy.compactMap({ $0.matchEnds(in: words, from: or + 1).max() })
        .first
    else { return nil }
    return reading.tokens[(or + 1)..<end].joinedText
  }

  /// The question asked of its first option alone: "Do you want a fair deal, or do you just
  /// want to win?" → "Do you want a fair deal?"; nil without an "or".
  static func firstOption(of reading: QuestionReading) -> QuestionReading? {
    guard let or = alternative(in: reading) else { return nil }
    var end = or
    while end > reading.core.lowerBound, reading.tokens[end - 1].kind != .word { end -= 1 }
    guard end > reading.core.lowerBound else { return nil }
    let mark = Token("?", kind: .punctuation, hasSpaceBefore: false)
    return QuestionReading(Array(reading.tokens[reading.core.lowerBound..<end]) + [mark])
  }

  private static func alternative(in reading: QuestionReading) -> Int? {
    reading.core.first { reading.words[$0] == "or" }.flatMap {
      $0 + 1 < reading.core.upperBound ? $0 : nil
    }
  }

  /// How a mocking second option opens: a belittling "just" after the person or as the
  /// option's first word, or "too" after the person ("too busy", "too scared").
  private static let mockingOpeners = [
    "@aux (you|we|they|i|he|she|it) (just|simply|merely|only|too)",
    "(just|merely|simply) (another|a|an|some)",
  ].map(TokenPattern.init)
}
