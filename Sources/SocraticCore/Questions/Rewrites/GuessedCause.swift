// A guess at what lies behind something, put as "it is …": no claim a rewrite can weigh up.
extension QuestionRewriter {
  /// Whether a claim only guesses what "it" is ("it is the money"): "it" stands for what the
  /// asker guesses is behind something, and weighing up "whether it is the money", or asking
  /// what makes them think it is, narrows to that guess and reads as no question anyone asks.
  static func guessesWhatItIs(_ statement: [Token]) -> Bool {
    statement.count > 2 && emptySubjects.contains(statement[0].lowercased)
      && beForms.contains(statement[1].lowercased)
      && guessedThings.contains(statement[2].lowercased)
  }

  /// Subjects that name nothing of their own: "it" ("this is the right question" points at
  /// something said, and is weighed up).
  private static let emptySubjects: Set<String> = ["it"]
  /// The verb that says what "it" is.
  private static let beForms: Set<String> = ["is", "'s", "was"]
  /// Words that open a thing guessed to be behind it: "the money", "your job", "more that".
  private static let guessedThings: Set<String> = [
    "the", "your", "his", "her", "their", "my", "more", "just", "about", "all",
  ]
}
