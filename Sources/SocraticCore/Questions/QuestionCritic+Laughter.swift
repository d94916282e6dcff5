// Laughter after a question that asks the listener for a reason.
extension QuestionCritic {
  /// The problems of an open question with a mocking laugh added: "why would you let your
  /// cousin pick the film lol" laughs at the choice it asks them to explain, which puts them on
  /// the defensive however plainly the question is worded. Speech normalising drops the laugh
  /// from the reading, so the text's own last word is looked at.
  static func withMockingLaugh(
    _ problems: [QuestionProblem], in reading: QuestionReading, text: String
  ) -> [QuestionProblem] {
    guard problems.isEmpty, case .questionWord(let index) = reading.opener,
      asksWhyWould(Array(reading.words[index..<reading.core.upperBound])),
      let laugh = Tokenizer.tokenize(text).last(where: \.isWord),
      UtteranceReader.laughs.contains(laugh.lowercased)
    else { return problems }
    return [.mockingWord(laugh.text)]
  }

  /// Whether the words open "why would you", "why'd u": a reason asked for a choice the asker
  /// cannot credit. "how come you moved lol" and "why did you pick it haha" may laugh along.
  private static func asksWhyWould(_ words: [String]) -> Bool {
    var rest = words[...]
    if rest.first == "why" {
      rest = rest.dropFirst()
      guard let helper = rest.first, wouldForms.contains(helper) else { return false }
    } else if rest.first == "why'd" || rest.first == "whyd" {
      // "why'd", when the tokenizer keeps it whole.
    } else {
      return false
    }
    return rest.dropFirst().first.map(listenerWords.contains) == true
  }

  /// "would" as said and typed after "why".
  private static let wouldForms: Set<String> = ["would", "wud", "wld", "'d", "d"]

  /// Words that put the question to the listener.
  private static let listenerWords: Set<String> = ["you", "u", "ya", "ye"]
}
