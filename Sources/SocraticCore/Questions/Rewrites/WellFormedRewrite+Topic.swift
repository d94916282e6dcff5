// Whether a rewrite keeps its topic whole: no second sentence spliced on, and "How do you see"
// given a whole object.
extension WellFormedRewrite {
  /// Whether a comma joins a second sentence on ("How do you see the parking space, it's not
  /// your car?"): the asker's jab, carried along after the question.
  static func splicesClause(_ body: [Token]) -> Bool {
    body.indices.contains { index in
      guard body[index].text == ",", index + 2 < body.count else { return false }
      let after = Array(body[(index + 1)...].filter(\.isWord))
      guard let first = after.first?.lowercased, FunctionWords.subjectPronouns[first] != nil
      else { return false }
      return ClauseParser.finiteVerbIndex(in: after) != nil
    }
  }

  /// Whether "How do you see" is followed by a preposition, which leaves it no object: "How do
  /// you see with them on that?".
  static func seesWithoutObject(_ words: [Token]) -> Bool {
    let lowered = words.map(\.lowercased)
    guard lowered.count > seeing.count, lowered.starts(with: seeing) else { return false }
    return FunctionWords.prepositions.contains(lowered[seeing.count])
  }

  /// Whether what "How do you see" asks about was the object of an act the rewrite left behind:
  /// "How do you see a goat?" of "keeping a goat in a shed is unkind" asks about goats, not
  /// about keeping one; "How do you see a row?" of "turn every dinner into a row" about rows.
  static func dropsItsAct(_ words: [Token], in source: [Token]) -> Bool {
    let lowered = words.map(\.lowercased)
    guard lowered.count > seeing.count + 1, lowered.starts(with: seeing) else { return false }
    let topic = Array(lowered[seeing.count...].prefix(2))
    let said = source.map(\.lowercased)
    guard let start = said.indices.dropFirst().first(where: { said[$0...].starts(with: topic) })
    else { return false }
    // "turn every dinner into | a row": one thing of a kind, cut from the act it ends, is no
    // topic of theirs.
    let isOneOfAKind = lowered.count == seeing.count + 2 && ["a", "an"].contains(topic[0])
    if isOneOfAKind, FunctionWords.prepositions.contains(said[start - 1]) { return true }
    let act = said[start - 1]
    // "keep defending the results": the act is the charge, which the rewrite rightly drops; a
    // gerund that opens what is judged ("that keeping a goat …", "walking the dog …") is the
    // topic itself.
    let opensTopic = start == 1 || gerundOpeners.contains(said[start - 2])
    return opensTopic && act.hasSuffix("ing") && !lowered.contains(act)
      && Lexicon.verbReadings(of: act).contains { $0.form == .presentParticiple }
  }

  /// Words after which an -ing word opens a clause's subject: "see that | keeping a goat …".
  private static let gerundOpeners: Set<String> = ["that", "think", "is", "isn't", "surely"]
}
