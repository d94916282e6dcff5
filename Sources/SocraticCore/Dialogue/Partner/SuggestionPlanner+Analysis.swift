/// The claim as the planner asks about it.
extension SuggestionPlanner {
  /// The claim being discussed, with the latest reason and the terms of their latest words
  /// first, so the engine asks about what they just said; a reason that tells what happened to
  /// them is left out, as it is not to be checked.
  ///
  /// A reason is put into a question only as it quotes well (`quotable`), and a dig at the
  /// listener is no reason; a term is asked about only when it is a word of the claim
  /// (`claimTerms`).
  static func analysis(
    _ claim: BeliefAnalysis, words: TheirWords?, reason: String?
  ) -> BeliefAnalysis {
    let isTheirs = words?.reportsExperience != true && words?.jabsAtListener != true
    let latest = isTheirs ? reason ?? claim.reason : claim.reason
    let quoted = latest.flatMap(quotable)
    let terms = claimTerms((words?.terms ?? []) + claim.terms, of: claim.claim)
    guard quoted != claim.reason || terms != claim.terms else { return claim }
    return BeliefAnalysis(
      belief: claim.belief, claim: claim.claim, inverted: claim.inverted,
      reason: quoted, terms: terms, topics: claim.topics)
  }
}
