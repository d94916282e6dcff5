/// How the conversation moves along its arc after what they said.
extension PartnerDialogue {
  /// Moves to a later stage their words belong to, or to the next stage once they have spoken
  /// as often as the stage allows; never on words that speak to the stage it is at ("If it
  /// crashed, I'd rethink it" while asking what would change their mind): those are followed up.
  /// A new belief stated as theirs ("I also think …", "… should …") starts the arc again, at its
  /// claim or at a stage its words belong to; a plain statement that takes over the claim
  /// ("Most coins are worthless.") goes on from where it is. After the close, words of an
  /// earlier stage take it back there. News of their own life moves on only to the close.
  /// - Parameter afterOpeningUp: whether their words before opened up or objected: no move then.
  mutating func moveOn(
    after words: TheirWords, afterOpeningUp: Bool, into step: inout DialogueStep
  ) {
    let current = state.stage
    let isReopening = current == .close && words.moment != .leaving
    // After the close, someone still talking, opening up or hurt is no longer leaving: no
    // goodbye is said to them. The talk goes back to their reasons, or where their words are.
    // A new belief or words of a later stage take it where they belong, below.
    if isReopening, Self.keepsTalking(words), words.claim == nil,
      words.signals.isSubset(of: [.close])
    {
      // A talk of their own life goes back to where it was, no reasons stage in it.
      let target = state.isPersonalTalk ? ConversationStage.claim : .reasons
      record(.stage(.init(stage: target.rawValue)), into: &step)
      step.outputs.append(
        .notice(
          Self.stageNotice(
            cause: "They are still talking it through.", stage: target,
            isPersonalTalk: state.isPersonalTalk), tone: .request))
      return
    }
    // After the close, an embrace, a joke or talk of the listener's own life is no going
    // back: the goodbye stands.
    if isReopening, words.claim == nil, !Self.keepsTalking(words) { return }
    // An objection to the listener is repaired where the conversation is: it never moves on;
    // nor does a pause ("idk. sorry. give me a sec"), which is waited out.
    if words.objection != nil, words.moment != .leaving { return }
    if words.asksToWait { return }
    // Asked not to press ("dont make it a thing"), the matter is let be where it is: nothing
    // they said with it is taken as a reason to move on.
    if words.asksNotToBePressed || words.asksToBeHeard, words.moment != .leaving { return }
    let changingSubject = words.changesSubject
    // "your grandad ran the quiz for years": someone close remembered is stayed with, never
    // taken on to their reasons, nor on by the turns counted.
    let remembers = PartnerCueMatcher.remembering.matches(words.wordTokens)
    let signalled = words.signals.filter {
      (changingSubject || $0.number > current.number || (isReopening && $0 != .close))
        && !(remembers && $0 == .reasons)
    }
    .max { $0.number < $1.number }
    if state.isPersonalTalk, signalled != .close { return }
    let target: ConversationStage
    let cause: String
    if changingSubject {
      target = signalled ?? .claim
      guard target != current else { return }
      cause = "They brought up a new belief."
    } else if let signalled {
      target = signalled
      cause = Self.cause(of: signalled)
    } else if let limit = current.turnsBeforeMovingOn, state.turnsInStage >= limit,
      let next = current.next, next != .close, !words.signals.contains(current),
      // How they would know they were wrong is asked only once they are open to it.
      next != .falsifiability || state.mayTurnToTheOtherSide,
      // Right after they opened up, told what happened to them or asked the listener
      // something, the conversation stays with them.
      !afterOpeningUp, !words.reportsExperience, !words.tellsAPlan, !words.namesAWant,
      !words.agreesAPlan, !words.softens,
      !remembers, ListenerQuestion.read(words) == nil, !words.isSarcastic,
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
        Self.stageNotice(cause: cause, stage: target, isPersonalTalk: state.isPersonalTalk),
        tone: .request))
  }
}
