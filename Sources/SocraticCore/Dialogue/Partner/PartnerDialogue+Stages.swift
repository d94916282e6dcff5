/// How the conversation moves along its stages as they speak.
extension PartnerDialogue {
  /// Moves to a later stage their words belong to, or to the next stage once they have spoken
  /// as often as the stage allows; never on words that speak to the stage it is at ("If it
  /// crashed, I'd rethink it" while asking what would change their mind): those are followed up.
  /// A new belief stated as theirs ("I also think …", "… should …") starts the arc again, at its
  /// claim or at a stage its words belong to; a plain statement that takes over the claim
  /// ("Most coins are worthless.") goes on from where the conversation is. After
  /// the close, words that belong to an earlier stage take the conversation back there.
  /// - Parameter afterOpeningUp: whether what they said before these words opened up or
  ///   objected to the listener: the conversation does not move on by itself right after it.
  /// - Parameter claimHeard: whether a claim was being discussed before these words.
  mutating func moveOn(
    after words: TheirWords, afterOpeningUp: Bool, claimHeard: Bool,
    into step: inout DialogueStep
  ) {
    let current = state.stage
    let isReopening = current == .close && words.moment != .leaving
    // After the close, someone still talking, opening up or hurt is no longer leaving: no
    // goodbye is said to them. The talk goes back to their reasons, or where their words are.
    // A new belief or words of a later stage take it where they belong, below.
    if isReopening, Self.keepsTalking(words), words.claim == nil,
      words.signals.isSubset(of: [.close])
    {
      let target = ConversationStage.reasons
      record(.stage(.init(stage: target.rawValue)), into: &step)
      step.outputs.append(
        .notice(
          "They are still talking it through. Stage \(target.number) of 5: \(target.title). "
            + target.aim, tone: .request))
      return
    }
    // After the close, an embrace, a joke or talk of the listener's own life is no going
    // back: the goodbye stands.
    if isReopening, words.claim == nil, !Self.keepsTalking(words) { return }
    // An objection to the listener is repaired where the conversation is: it never moves on.
    if words.objection != nil, words.moment != .leaving { return }
    let changingSubject = words.changesSubject
    let signalled = signals(of: words, at: current, claimHeard: claimHeard).filter {
      changingSubject || $0.number > current.number || (isReopening && $0 != .close)
    }
    .max { $0.number < $1.number }
    let target: ConversationStage
    let cause: String
    if changingSubject {
      target = signalled ?? .claim
      guard target != current else { return }
      cause = "They brought up a new belief."
    } else if let signalled {
      target = signalled
      cause =
        words.signals.contains(signalled)
        ? Self.cause(of: signalled) : "They said what it means to them."
    } else if let limit = current.turnsBeforeMovingOn, state.turnsInStage >= limit,
      let next = current.next, next != .close, !words.signals.contains(current),
      // How they would know they were wrong is asked only once they are open to it.
      next != .falsifiability || state.mayTurnToTheOtherSide,
      // Right after they opened up or told what happened to them, the conversation stays
      // with them.
      !afterOpeningUp, !words.reportsExperience,
      // While they are still giving reasons ("takings are off since they put the lane in"),
      // the conversation stays with the reasons.
      words.reason == nil, !words.answer.has(.reason), !words.explainsACause,
      words.moment == .ordinary || words.moment == .repeated
    {
      target = next
      cause = "The conversation moves on."
    } else {
      return
    }
    record(.stage(.init(stage: target.rawValue)), into: &step)
    step.outputs.append(
      .notice(
        "\(cause) Stage \(target.number) of 5: \(target.title). \(target.aim)", tone: .request))
  }

  /// The stages their words belong to: those they signal, and their reasons for a feeling or
  /// a blockage voiced once their claim is heard, as what the claim means to them is what
  /// leads them to it; the conversation stays with them either way (`keepsToTheMoment`).
  private func signals(
    of words: TheirWords, at stage: ConversationStage, claimHeard: Bool
  ) -> Set<ConversationStage> {
    guard stage == .claim, claimHeard, !words.changesSubject,
      words.moment.keepsToTheMoment
    else { return words.signals }
    return words.signals.union([.reasons])
  }

  /// Why the conversation moved to a stage their words belong to.
  private static func cause(of stage: ConversationStage) -> String {
    switch stage {
    case .claim: "The conversation moves on."
    case .confidence: "They said how sure they are."
    case .reasons: "They gave a reason."
    case .falsifiability: "They spoke of what would change their mind."
    case .close: "They are winding up."
    }
  }
}
