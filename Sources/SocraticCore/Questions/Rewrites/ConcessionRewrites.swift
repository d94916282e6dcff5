/// A concession pressed on the person inside a closed or leading question, asked without the
/// asker's verdict: that they might be wrong ("would you at least consider that you might be
/// wrong?") is asked as what would change their mind; that they cannot go on doing something
/// ("you know you can't keep lending him money, right?") as how it is going. "What makes you
/// think you might be wrong?" would put the asker's view on them.
enum ConcessionRewrites {
  /// The open question for a pressed concession, or nil when the statement presses none.
  static func asked(_ statement: [Token]) -> [Token]? {
    let words = statement.map(\.lowercased)
    guard words.first == "you" else { return nil }
    let rest = Array(words.dropFirst().drop(while: { hedges.contains($0) }))
    if let last = rest.last, errorWords.contains(last), rest.count <= 3,
      rest.dropLast().allSatisfy({ FunctionWords.auxiliary($0) != nil || $0 == "be" })
    {
      return QuestionRewriter.phrase("What would it take for you to see it differently")
    }
    // "you can't keep lending him money": what they keep doing, and how it is going.
    guard let limit = limits.first(where: { rest.starts(with: $0) }) else { return nil }
    let doing = statement.dropFirst(words.count - rest.count + limit.count)
    guard let verb = doing.first?.lowercased,
      Lexicon.verbReadings(of: verb).contains(where: { $0.form == .presentParticiple })
    else { return nil }
    return QuestionRewriter.phrase("How is") + doing
      + QuestionRewriter.phrase("working out for you")
  }

  /// Words between "you" and its verb that change nothing: "you really can't …".
  private static let hedges: Set<String> = ["really", "just", "honestly", "surely"]

  /// Words that say the person is wrong: "you might be wrong", "you could be mistaken".
  private static let errorWords: Set<String> = ["wrong", "mistaken", "incorrect"]

  /// How a limit on going on is put: "can't keep", "shouldn't keep", "cannot keep".
  private static let limits: [[String]] = [
    ["can't", "keep"], ["cannot", "keep"], ["can", "not", "keep"], ["shouldn't", "keep"],
    ["can't", "carry", "on"], ["can't", "go", "on"],
  ]
}
