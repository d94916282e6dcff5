// Questions that doubt the person's standing to know instead of asking how they know.
extension QuestionFormRules {
  /// Whether a question, from its question word to its end, challenges the person's grounds:
  /// "so how would you know" says they could not; a question of source with "then" or
  /// "anyway" after it ("and who told you that then") is a retort. "How do you know that?"
  /// and "How would you know if it had worked?" ask, and are left alone, as is one after a
  /// supposition ("If you were wrong, how would you know?"), which asks what would show it.
  static func challengesGrounds(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    let leadOpening = reading.words[reading.lead].prefix(2)
    if leadOpening.contains(where: FunctionWords.suppositionOpeners.contains) { return false }
    let core = TokenPatternWords(reading.words, end: reading.core.upperBound)
    return groundsChallenges.contains {
      $0.matchEnds(in: core, from: index).contains(core.count)
    }
  }

  /// Whether a question opened on a question word challenges the person's grounds.
  static func challengesGrounds(_ reading: QuestionReading) -> Bool {
    guard case .questionWord(let index) = reading.opener else { return false }
    return challengesGrounds(reading, questionWordAt: index)
  }

  /// The challenges, each read from the question word to the end of the question.
  private static let groundsChallenges = [
    "how (would|could) (you|u) (even|ever|possibly)? know (that|it|this)? (then|anyway)?",
    "(how|where) (do|did|would) (you|u) (even)? (know|hear|get|read) (that|this|it) "
      + "(then|anyway)",
    "who (told|tells) (you|u) (that|this|so) (then|anyway)",
  ].map(TokenPattern.init)
}
