// The search of the rewrite rules: the first whose rewrite is accepted wins.
extension QuestionRewriter {
  /// Tries rewrites in order and keeps the first that is accepted.
  struct Search {
    /// Whether the question leads: a claim in it is the asker's, not the person's.
    var isLeading = false
    /// Whether the question puts a view in the person's mouth ("So you're saying …?").
    var putsWordsInMouth = false
    let accepts: ([Token]) -> Bool

    /// The first rule's rewrite that is accepted, cut to a shorter length where it can be
    /// (`PresumptionCheck.shortened(_:)`) or whole; later rules are not run.
    func first(_ rules: [() -> [Token]?]) -> [Token]? {
      for rule in rules {
        guard let body = rule() else { continue }
        if let short = PresumptionCheck.shortened(body), accepts(short) { return short }
        if accepts(body) { return body }
      }
      return nil
    }
  }
}
