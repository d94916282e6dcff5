/// The readings of the clauses taken apart last, by their tokens.
///
/// One answer is read by many readers (its moves, what to reflect, how each part of it is filed
/// on the map, the questions on it, partner's wording), and each hands the parser the same
/// sentences: a clause is scanned once, and the readers after the first find it here. A
/// reading depends on the tokens alone (their words, case and spacing), so a remembered one is
/// the reading a fresh parse gives.
enum RecentClauses {
  /// What the parser found in one run of tokens.
  struct Reading: Sendable {
    /// The index of the finite verb, or nil when there is none.
    var finiteVerbIndex: Int?
    /// The clause's parts, or nil when no finite verb can be found.
    var clause: Clause?
    /// Whether the clause was built: a reader that asks only for the verb (most ask it of
    /// parts of sentences) does not pay for copying the parts.
    var hasClause: Bool
  }

  /// How many readings are kept (all are let go when that many are held), and of how many
  /// tokens at most: a longer run is read afresh each time.
  static let kept = 512
  static let longest = 256

  private static let memo = RecentReadings<[Token], Reading>(
    kept: kept, size: { $0.count <= longest ? $0.count : nil },
    read: { ClauseScanner(tokens: $0).reading(buildingClause: true) })

  /// The reading of tokens, with the clause built when `needsClause`: remembered, or read now
  /// and remembered.
  static func reading(of tokens: [Token], needsClause: Bool) -> Reading {
    guard !needsClause else { return memo.reading(of: tokens, unless: { !$0.hasClause }) }
    if let known = memo.remembered(tokens) { return known }
    let reading = ClauseScanner(tokens: tokens).reading(buildingClause: false)
    memo.remember(reading, for: tokens)
    return reading
  }

  /// How many readings are held now.
  static var count: Int { memo.count }
}

extension ClauseScanner {
  /// The finite verb, and the clause around it when asked for, found in one scan.
  func reading(buildingClause: Bool) -> RecentClauses.Reading {
    let start = leadEnd()
    let finite = firstFinite(from: start)
    guard buildingClause else {
      return RecentClauses.Reading(finiteVerbIndex: finite, clause: nil, hasClause: false)
    }
    var lead = Array(tokens[..<start])
    // "if i get him one he'll …": a condition typed without its comma gets it back.
    if let last = lead.last, last.text != "," {
      lead.append(Token(",", kind: .punctuation, hasSpaceBefore: false))
    }
    // With no finite verb, the words may still be a command ("Never lend tools").
    let clause: Clause?
    if let finite {
      clause = build(lead: lead, start: start, finite: finite)
    } else {
      clause = command(lead: lead, start: start)
    }
    return RecentClauses.Reading(finiteVerbIndex: finite, clause: clause, hasClause: true)
  }
}
