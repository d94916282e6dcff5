// What the person is doing, denied by the asker: a claim not to ask back as theirs.
extension QuestionRewriter {
  /// Whether a claim about the person denies what they are doing: "you're not going to the
  /// bingo", "you aren't still seeing him". Asked back ("What makes you think you're not …?")
  /// it would have them defend the opposite of what they do. "You don't believe that" and
  /// "you're not one of those" deny a view or a kind, not a doing.
  static func isDoingDenied(_ words: [String]) -> Bool {
    guard let negation = words.prefix(4).firstIndex(where: WordClass.negation.contains) else {
      return false
    }
    let next = words[(negation + 1)...].first { !softeners.contains($0) && !$0.hasSuffix("ly") }
    guard let next, next.hasSuffix("ing") else { return false }
    return Lexicon.verbReadings(of: next).contains { $0.form == .presentParticiple }
  }

  /// Words between the denial and the doing: "not still seeing", "not really going".
  private static let softeners: Set<String> = ["still", "really", "just", "even", "actually"]
}
