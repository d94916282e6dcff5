// Guesses at the answer typed after a question: part of it, not questions of their own.
extension QuestionCritic {
  /// Whether a further "question" only guesses at the answer to the question-word question
  /// before it ("Who runs it? the council? a charity?"): a few words with no verb, no question
  /// word and no "you", which name a thing the first asks for. It offers what the asker has in
  /// mind; it asks nothing new.
  static func isGuessedAnswer(_ reading: QuestionReading, to first: QuestionReading) -> Bool {
    guard case .questionWord = first.opener else { return false }
    let said = reading.words.filter { $0.first?.isLetter ?? false }
    guard !said.isEmpty, said.count <= guessLength,
      !said.contains(where: { FunctionWords.questionWords.contains($0) }),
      !said.contains(where: { FunctionWords.auxiliary($0) != nil }),
      !said.contains(where: { ["you", "your", "i"].contains($0) })
    else { return false }
    return ClauseParser.finiteVerbIndex(in: reading.tokens) == nil
  }

  /// The most words a guess has: "the local health board".
  private static let guessLength = 4
}
