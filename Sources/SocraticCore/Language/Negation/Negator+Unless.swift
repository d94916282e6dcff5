extension Negator {
  // MARK: - An "unless" condition

  /// The contradiction of a clause with an "unless" condition, or nil for one without.
  ///
  /// "X will Y unless Z" says that without Z, X will Y; its denial is that X will not Y even
  /// without Z: "Deepfakes will wreck elections unless the law steps in" → "deepfakes will not
  /// wreck elections even if the law does not step in". Negating the verb alone ("… will not
  /// wreck elections unless the law steps in") would claim something else: that only the law
  /// could make them wreck elections. The condition may follow the clause or lead it ("Unless
  /// we act, prices will rise" → "even if we do not act, prices will not rise").
  static func contradictionOfUnless(_ clause: Clause) -> Clause? {
    if let unless = clause.rest.firstIndex(where: isUnless) {
      var main = clause
      var rest = Array(clause.rest[..<unless])
      if rest.last?.text == "," { rest.removeLast() }
      main.rest = rest
      var denied = contradiction(of: main)
      let condition = Array(clause.rest[(unless + 1)...])
      let end = condition.last.map { [".", "!"].contains($0.text) } == true ? 1 : 0
      denied.rest +=
        [Token("even"), Token("if")] + deniedCondition(Array(condition.dropLast(end)))
        + condition.suffix(end)
      return denied
    }
    guard let first = clause.lead.first, isUnless(first),
      let comma = clause.lead.lastIndex(where: { $0.text == "," })
    else { return nil }
    var main = clause
    main.lead = []
    var denied = contradiction(of: main)
    let condition = deniedCondition(Array(clause.lead[1..<comma]))
    denied.lead =
      [first.replacingText(with: CaseStyle.matching(first, "even")), Token("if")] + condition
      + [clause.lead[comma]]
    return denied
  }

  /// An "unless" condition turned into what it excludes: "the law steps in" → "the law does
  /// not step in"; a condition with no finite verb of its own ("unless regulated") is denied
  /// with a "not" before it.
  private static func deniedCondition(_ condition: [Token]) -> [Token] {
    guard let clause = ClauseParser.parse(condition.joinedText), !clause.isCommand else {
      return [Token("not")] + condition
    }
    return singleContradiction(of: clause).declarative
  }

  private static func isUnless(_ token: Token) -> Bool {
    token.lowercased == "unless"
  }
}
