/// The commands only a drill has.
enum DrillCommand: String, ModeCommand {
  case hint
  case persona

  var spec: CommandSpec {
    switch self {
    case .hint:
      CommandSpec(name: rawValue, summary: "an example of a good question of a kind not asked yet")
    case .persona:
      CommandSpec(name: rawValue, summary: "what the persona believes, and how sure it is now")
    }
  }
}

extension DrillDialogue {
  mutating func perform(_ command: DrillCommand, argument: String) -> DialogueStep {
    switch command {
    case .hint: loggedHint()
    case .persona: persona()
    }
  }

  /// `/quit`: the drill ends, with the scorecard.
  mutating func quit() -> DialogueStep {
    var step = DialogueStep()
    finish(.quit, into: &step)
    return step
  }

  /// `/hint`, logged as a note of its own kind, so the transcript shows where it was asked for.
  private mutating func loggedHint() -> DialogueStep {
    var step = hint()
    guard state.persona != nil, state.phase == .asking else { return step }
    for case .notice(let text, _) in step.outputs {
      record(.note(.init(text: text, category: .hint)), into: &step)
    }
    return step
  }

  /// `/hint`: a good question of the first kind not asked yet, made from the persona's belief.
  private func hint() -> DialogueStep {
    guard let persona = state.persona, state.phase == .asking else {
      return DialogueStep(outputs: [.notice(Self.noPersonaYet, tone: .problem)])
    }
    let missing = QuestionKind.allCases.filter { !state.kindsAsked.contains($0) }
    guard !missing.isEmpty else {
      return DialogueStep(outputs: [
        .notice(
          "You have asked questions of all seven kinds. Go deeper: ask about the reason it "
            + "gave last, or what it takes for granted.", tone: .plain)
      ])
    }
    // The persona's own pack words its questions for this subject, short and plain: one of a
    // kind not asked yet comes first, before any made from the whole belief.
    let own = (persona.pack.flatMap { setting.library.pack(id: $0) }?.pack.questions ?? [])
      .filter { !$0.text.contains("{") }
    for kind in missing {
      guard let question = own.first(where: { $0.kind == kind }) else { continue }
      return Self.hintStep(kind, example: question.text)
    }
    let analysis =
      persona.claim.flatMap { claim in
        persona.inverted.map { inverted in
          BeliefAnalysis(
            belief: persona.belief, claim: claim, inverted: inverted, reason: nil,
            terms: setting.termFinder.terms(in: claim), topics: [])
        }
      } ?? (try? setting.engine.analyze(persona.belief))
    // An example pastes the engine's opposite of a belief in one part ("crypto is not mostly
    // used for scams"), never of a belief of two joined parts: that one can read mangled
    // ("… or shuts do not out small ones"), and an example must read as plain English.
    let joined = analysis.map { Self.joinsTwoParts($0.claim) ? $0.inverted : nil } ?? nil
    let questions = (analysis.map { setting.engine.questions(for: $0, seed: setting.seed) } ?? [])
      .filter { question in joined.map { !question.text.contains($0) } ?? true }
    for kind in missing {
      guard let question = questions.first(where: { $0.kind == kind }) else { continue }
      return Self.hintStep(kind, example: question.text)
    }
    let kind = missing[0]
    return DialogueStep(outputs: [
      .notice(
        "You have not asked \(kind.coachingNamedInSentence) yet. \(kind.purposeForQuestioner)",
        tone: .plain
      )
    ])
  }

  /// A hint of a kind not asked yet, with a question of it to ask.
  private static func hintStep(_ kind: QuestionKind, example: String) -> DialogueStep {
    DialogueStep(outputs: [
      .notice(
        "You have not asked \(kind.coachingNamedInSentence) yet. \(kind.purposeForQuestioner) For "
          + "example, ask: " + example, tone: .plain)
    ])
  }

  /// Whether a claim joins two parts with a coordinator ("and", "or", `FunctionWords`).
  private static func joinsTwoParts(_ claim: String) -> Bool {
    claim.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "&" }).contains {
      FunctionWords.coordinators.contains(String($0))
    }
  }

  /// `/persona`: the belief, and how sure the persona is now.
  private func persona() -> DialogueStep {
    guard state.persona != nil, state.phase == .asking else {
      return DialogueStep(outputs: [.notice(Self.noPersonaYet, tone: .problem)])
    }
    return DialogueStep(outputs: [.persona(personaIntroduction)])
  }

  private static let noPersonaYet =
    "There is no persona yet: choose a topic first, and it will hold a belief about it."
}
