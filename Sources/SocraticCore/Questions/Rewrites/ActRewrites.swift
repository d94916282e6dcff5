// Rewrites of a claim about what someone should do, asked about without the asker's verdict.
extension QuestionRewriter {
  /// "Isn't it time you found a proper job?" → "How do you feel about finding a job?": the act
  /// the person is told is due, asked about, without the words that belittle what they do now.
  /// "Isn't it time we moved?" → "What would change if we moved?".
  static func timeForAct(_ clause: Clause) -> [Token]? {
    guard case .be = clause.verb, !clause.isNegated, clause.subject.count == 1,
      timeSubjects.contains(clause.subject[0].lowercased)
    else { return nil }
    var rest = clause.rest[...].drop { ["about", "high"].contains($0.lowercased) }
    guard rest.first?.lowercased == "time", rest.count > 2 else { return nil }
    rest = rest.dropFirst()
    let actor = rest[rest.startIndex]
    let verb = rest[rest.startIndex + 1]
    let object = rest.dropFirst(2).filter {
      !LoadedWordingRemover.belittlingModifiers.contains($0.lowercased)
    }
    guard let base = baseForm(verb.lowercased) else { return nil }
    switch actor.lowercased {
    case "you":
      guard let gerund = gerund(of: base) else { return nil }
      return phrase("How do you feel about") + [Token(gerund)] + object
    case "we", "i":
      return phrase("What would change if") + [actor, verb] + object
    default:
      return nil
    }
  }

  /// Subjects that stand for the time itself: "it" in "isn't it time you …".
  private static let timeSubjects: Set<String> = ["it"]

  /// "Isn't it a bit soon to get a kitten with the move coming?" → "How do you feel about the
  /// timing of getting a kitten with the move coming?": the asker's verdict on when ("too
  /// soon", "a bit early") is left out, and the timing of the act asked about.
  static func timingOfAct(_ clause: Clause) -> [Token]? {
    guard case .be = clause.verb, isAnticipatoryIt(clause) else { return nil }
    let rest = clause.rest.drop { ConductRewrites.degreeWords.contains($0.lowercased) }
    guard let timing = rest.first?.lowercased, timings.contains(timing),
      rest.dropFirst().first?.lowercased == "to",
      let act = gerundAct(rest.dropFirst(2))
    else { return nil }
    return phrase("How do you feel about the timing of") + act
  }

  /// Verdicts on when something is done: "too soon", "a bit early".
  private static let timings: Set<String> = ["soon", "early", "late", "quick", "fast", "sudden"]

  /// "So we should all give up meat forever to save the planet?" → "What do you think we should
  /// do to save the planet?": a sweeping act put as the only way to an end is left out, and the
  /// end asked about.
  static func purpose(_ clause: Clause) -> [Token]? {
    guard case .modal(let modal) = clause.verb, dutyModals.contains(modal), modal != "ought",
      !clause.isNegated
    else { return nil }
    let rest = clause.rest
    guard
      let to = rest.indices.dropFirst(2).first(where: {
        rest[$0].lowercased == "to" && $0 + 1 < rest.count
          && baseForm(rest[$0 + 1].lowercased) == rest[$0 + 1].lowercased
      })
    else { return nil }
    // "try to save", "want to help": the verb takes the infinitive as its object, no end.
    let before = rest[to - 1].lowercased
    if baseForm(before) != nil, !Lexicon.classes(of: before).contains(.noun),
      Lexicon.singular(of: before) == nil
    {
      return nil
    }
    // "ask the council to come": the infinitive is the act asked of whom the verb names.
    if rest[..<to].contains(where: {
      ObjectInfinitiveVerbs.all.contains(baseForm($0.lowercased) ?? $0.lowercased)
    }) {
      return nil
    }
    let end = rest[(to + 1)...].prefix { $0.kind == .word }
    return phrase("What do you think") + clause.subject + [Token(modal), Token("do"), Token("to")]
      + end
  }
}
