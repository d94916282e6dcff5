/// Verbs that are never the clause's own: in a "than …" comparison, or unknown to the lexicon
/// in a relative clause.
extension ClauseScanner {
  /// The finite verb before the first "than" of the clause, when a word there can be one:
  /// "Tech firms cause more harm than the government admits" (the tagger may read "cause" as a
  /// noun, but "admits" belongs to the comparison). Nil when the words before "than" hold no
  /// verb ("More people than ever believe …"), and the whole clause is searched as usual.
  func finiteBeforeComparison(from start: Int) -> Int? {
    guard
      let than = tokens[start...].firstIndex(where: { $0.lowercased == "than" }),
      than > start + 1
    else { return nil }
    for reading in [VerbEvidence.byTags, .byLexicon] {
      if let finite = findFinite(from: start, to: than, reading: reading) { return finite }
    }
    return nil
  }

  /// Whether a word right after a relative pronoun is the relative clause's verb though the
  /// lexicon does not know it, because the tagger reads it as a verb: "Parents who homeschool
  /// their children should …" (the main verb is then "should", not skipped as the relative's).
  func isUnknownRelativeVerb(_ candidate: FiniteCandidate, openClauses: Int) -> Bool {
    let token = tokens[candidate.index]
    return openClauses > 0 && candidate.followsOpener && tags[candidate.index] == .finiteVerb
      && token.kind == .word && !token.isCapitalized && !Lexicon.isKnown(token.lowercased)
  }
}
