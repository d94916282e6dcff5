/// A concession or a wavering given back: what they grant or doubt, in their words, and the
/// side they still hold.
extension ReflectionWriter {
  /// A concession or wavering: what they now doubt, and the side they still hold when that
  /// reads; nil when they conceded without saying what ("ok fair").
  static func concession(_ answer: ReadAnswer) -> Reflection? {
    let words = Set(
      answer.doubts.flatMap { Shorthand.expanded(Tokenizer.tokenize($0)) }.filter(\.isWord)
        .map(\.lowercased))
    if let granted = frontedGrant(of: answer) { return granted }
    if words.contains("both") {
      return Reflection(text: bothSidesLine, depth: .complex)
    }
    if !words.isDisjoint(with: ["anymore", "torn", "sure", "unsure"]),
      let doubt = answer.doubts.lazy.compactMap(given).first
    {
      return Reflection(text: "It sounds like \(doubt).", depth: .simple)
    }
    if answer.isWavering { return wavering(answer) }
    // "ok fair" alone, "the nursing bit maybe": no clause to grant, and the question that
    // follows asks what they grant.
    guard let doubt = firstGivenDoubt(answer, where: ReflectionCheck.isWholeClause) else {
      return nil
    }
    // "the rooms are full already so maybe he's got a point": what gave them pause, once.
    if let pause = pauseGiver(doubt) {
      return Reflection(text: "So \(pause) \u{2014} that gives you pause.", depth: .complex)
    }
    // "maybe the ads are annoying, but not harmful": never the doubt without the turn after it.
    if let stand = answer.stand {
      // "…, but anyway it's late, night": a goodbye is no side they still hold.
      if leavesOn(stand) { return nil }
      return givenAfter(stand).map {
        Reflection(text: "So you grant that \(doubt), but \($0).", depth: .complex)
      }
    }
    // What they conceded, in their words: never set against the claim as if they contradicted
    // themselves. "maybe it is fine for the seniors" stays a maybe.
    let isHedged = doubtHedges.contains { doubt.lowercased().hasPrefix($0 + " ") }
    // "police take them off people I suppose": a hedge alone grants nothing.
    let lead = isHedged || !answer.grants ? "So you're thinking" : "So you'd grant that"
    return Reflection(text: "\(lead) \(doubt).", depth: .complex)
  }

  /// A wavering, given back as its content in their words ("So maybe destroying is too
  /// strong."), never as a stance they did not take; nil when it names nothing, and what else
  /// they said is given back instead.
  static func wavering(_ answer: ReadAnswer) -> Reflection? {
    guard let doubt = firstGivenDoubt(answer) else { return nil }
    let words = doubt.lowercased()
    if words.hasPrefix("it depends") {
      return Reflection(text: "It sounds like for you \(doubt).", depth: .simple)
    }
    if doubtHedges.contains(where: { words.hasPrefix($0 + " ") }) {
      return Reflection(text: "So \(doubt).", depth: .simple)
    }
    return Reflection(text: "It sounds like \(doubt), though you're not sure.", depth: .simple)
  }
}
