// Guesses at the answer typed after a question: part of it, not questions of their own.
extension QuestionCritic {
  /// Whether a further "question" only guesses at the answer to the question-word question
  /// before it ("Who runs it? the council? a charity?"): a few words with no verb, no question
  /// word and no "you", which fit the slot the first asks to fill. It offers what the asker has
  /// in mind; it asks nothing new. A thing named after "how" or "why" fits no slot ("How's the
  /// job going? And the kids?" asks of the kids too), nor does a guess opened by "and", which
  /// adds a question.
  static func isGuessedAnswer(_ reading: QuestionReading, to first: QuestionReading) -> Bool {
    guard case .questionWord(let at) = first.opener else { return false }
    let said = reading.words.filter { $0.first?.isLetter ?? false }
    guard let opening = said.first, said.count <= guessLength,
      !addingWords.contains(opening),
      !said.contains(where: { FunctionWords.questionWords.contains($0) }),
      !said.contains(where: { FunctionWords.auxiliary($0) != nil }),
      !said.contains(where: { ["you", "your", "i"].contains($0) })
    else { return false }
    let asked = at < first.words.count ? first.words[at] : ""
    if mannerWords.contains(asked), FunctionWords.determiners.contains(opening) {
      return false
    }
    return ClauseParser.finiteVerbIndex(in: reading.tokens) == nil
  }

  /// The most words a guess has: "the local health board".
  private static let guessLength = 4

  /// Words that open a question added to the one before, not a guess at its answer: "and the
  /// kids?", "plus the car?".
  private static let addingWords: Set<String> = ["and", "plus", "also"]

  /// Question words whose answer is a manner or a reason, never a thing named with its
  /// determiner: "how", "why".
  private static let mannerWords: Set<String> = ["how", "hows", "why"]
}
