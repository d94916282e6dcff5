// Rewrites of a claim that judges an act ("Isn't it selfish to skip the dinner?") or asks
// whose turn it is, which leave the judgement out and ask about the act.
extension QuestionRewriter {
  /// "Isn't it selfish to skip the dinner?" → "How do you see skipping the dinner?": a charge
  /// against an act asks how the person sees the act, and leaves the charge out. A judgement
  /// that is no charge ("Is it wise to …?") is one only when the question leads.
  static func judgedAct(_ clause: Clause, isLeading: Bool) -> [Token]? {
    guard case .be = clause.verb, isAnticipatoryIt(clause) else { return nil }
    var rest = clause.rest[...].drop { DegreeWords.intensifiers.contains($0.lowercased) }
    guard let judgement = rest.first?.lowercased,
      chargeWords.contains(judgement)
        || (isLeading && !keyTerms.terms(in: [rest[rest.startIndex]]).isEmpty)
        || (isLeading && isShortJudgement(rest))
    else { return nil }
    rest = rest.dropFirst()
    // "your turn to …", "a bit much to …": a judgement of a few words before the act.
    if isLeading, let to = rest.prefix(3).firstIndex(where: { $0.lowercased == "to" }) {
      rest = rest[to...]
    }
    // "selfish of you to …": who is charged is left out with the charge.
    if rest.first?.lowercased == "of", let to = rest.firstIndex(where: { $0.lowercased == "to" }) {
      rest = rest[to...]
    }
    guard rest.first?.lowercased == "to", rest.count > 1,
      let verb = baseForm(rest[rest.startIndex + 1].lowercased),
      let gerund = gerund(of: verb)
    else { return nil }
    // "… and then lecture me about it": what is tacked on to the act is the charge's too.
    var act = Array(rest.dropFirst(2).prefix { $0.kind == .word && $0.lowercased != "and" })
    // "to rent than to buy": the act weighed against it is an act too, "rather than buying".
    if let than = act.firstIndex(where: { $0.lowercased == "than" }), than + 2 < act.count,
      act[than + 1].lowercased == "to", let other = baseForm(act[than + 2].lowercased),
      let otherGerund = QuestionRewriter.gerund(of: other)
    {
      act =
        Array(act[..<than]) + phrase("rather than") + [Token(otherGerund)]
        + act[(than + 3)...]
    }
    return phrase("How do you see") + [Token(gerund)] + act
  }

  /// "Is it my turn to cook again?" → "How do you see whose turn it is to cook?": whose turn
  /// it is, asked without naming anyone, and without the "again" of a complaint.
  static func whoseTurn(_ clause: Clause) -> [Token]? {
    guard case .be = clause.verb, !clause.isNegated, isAnticipatoryIt(clause) else { return nil }
    let rest = clause.rest.map(\.lowercased)
    guard rest.count > 3, FunctionWords.possessives.contains(rest[0]), rest[1] == "turn",
      rest[2] == "to", baseForm(rest[3]) == rest[3]
    else { return nil }
    let act = clause.rest[2...].prefix { $0.isWord && !complaintAdverbs.contains($0.lowercased) }
    return phrase("How do you see whose turn it is") + act
  }

  /// Adverbs that make a question about an act a complaint: "again", "for once".
  private static let complaintAdverbs: Set<String> = ["again", "ever", "once", "always"]

  /// Whether the words before an act's "to" are a short judgement with no verb: "your turn",
  /// "a bit much" (not "going to").
  static func isShortJudgement(_ rest: ArraySlice<Token>) -> Bool {
    guard let to = rest.prefix(4).firstIndex(where: { $0.lowercased == "to" }),
      to > rest.startIndex
    else { return false }
    return rest[..<to].allSatisfy {
      let word = $0.lowercased
      let classes = Lexicon.classes(of: word)
      return $0.kind == .word
        && (FunctionWords.isFunctionWord(word) || classes.contains(.noun)
          || classes.contains(.adjective))
    }
  }
}
