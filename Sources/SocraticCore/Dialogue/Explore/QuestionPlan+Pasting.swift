/// A long belief is never pasted whole into a question ("How would you put the idea that eating
/// meat is fine as long as you buy from local farms in other words?" reads as a form filled
/// in): the arc's own questions name it short, or point at it.
extension QuestionPlan {
  /// Whether a question holds the belief, or its opposite, whole when it has more words than
  /// a question restates (`ExploreArc.restatedWordLimit`).
  static func pastesALongBelief(_ text: String, analysis: BeliefAnalysis) -> Bool {
    let question = text.lowercased()
    return [analysis.claim, analysis.inverted].contains { belief in
      belief.split(separator: " ").count > ExploreArc.restatedWordLimit
        && question.contains(belief.lowercased())
    }
  }
}
