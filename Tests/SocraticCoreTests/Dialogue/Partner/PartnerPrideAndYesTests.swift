import Testing

@testable import SocraticCore

/// Pride stung by help offered ("i'm not a charity case") is hurt, never a goodbye or a reason;
/// a yes to an offer with its terms or a joke ("go on then, but bring biscuits") is warmth,
/// never a reason; someone close imagined where they are missed is a memory, never a belief.
@Suite("The partner dialogue: pride, a yes to an offer, someone missed")
struct PartnerPrideAndYesTests {
  /// A talk about a belief of theirs, with an offer of help put to them.
  private func offered() -> DialogueScript<PartnerDialogue> {
    var script = partnerScript()
    script.type("the stairs in this house are getting beyond a joke if im honest")
    script.type("/me i could ask the council about a stairlift for u?")
    return script
  }

  /// The reason logged for the last thing they said.
  private func lastReason(_ script: DialogueScript<PartnerDialogue>) -> String?? {
    script.events.reversed().lazy.compactMap { event -> String?? in
      if case .theySaid(let value) = event { return .some(value.reason) }
      return nil
    }.first
  }

  @Test(
    "pride stung by an offer is met with a repair: no goodbye, no reason, the stage waits",
    arguments: [
      "im not a charity case ta",
      "i dont need looking after, ive managed fine since 2009",
      "everyone keeps trying to fix me lately",
      "i can look after myself thank u",
    ])
  func pride(_ line: String) {
    var script = offered()
    let before = script.dialogue.state.stage
    let step = script.type(line)
    let notices = DialogueScript<PartnerDialogue>.notices(step)
    #expect(script.dialogue.state.stage == before, "\(notices)")
    #expect(!notices.contains { $0.hasPrefix("They are winding up") }, "\(notices)")
    #expect(
      !step.suggestions.contains { PartnerLines.isClosingLine($0.text) }, "\(step.suggestions)")
    #expect(lastReason(script) == .some(nil))
    #expect(step.suggestedReflection?.hasPrefix("I'm sorry") == true, "\(step.suggestions)")
  }

  @Test(
    "a yes to an offer, with its terms or a joke, gives no reason and holds the stage",
    arguments: [
      "go on then, but bring biscuits",
      "oh alright then. you're making the tea tho lol",
      "that'd be lovely, as long as you dont go on about it",
    ])
  func yes(_ line: String) {
    var script = offered()
    let before = script.dialogue.state.stage
    let step = script.type(line)
    let notices = DialogueScript<PartnerDialogue>.notices(step)
    #expect(script.dialogue.state.stage == before, "\(notices)")
    #expect(!notices.contains { $0.hasPrefix("They gave a reason") }, "\(notices)")
    #expect(lastReason(script) == .some(nil))
  }

  @Test("a yes with its terms gives no reason; a yes that goes on to argue still does")
  func yesThenArgues() {
    var terms = offered()
    terms.type("aw go on then, only if ur driving")
    #expect(lastReason(terms) == .some(nil))
    var argues = offered()
    argues.type("go on then, but the council never does anything")
    #expect(lastReason(argues) != .some(nil))
  }

  @Test("a yes after the goodbye leaves the talk at its close")
  func yesAfterGoodbye() {
    var script = offered()
    script.type("right, ill let you get on, ta-ra")
    #expect(script.dialogue.state.stage == .close)
    let step = script.type("go on then, but ur bringing the cake")
    #expect(script.dialogue.state.stage == .close, "\(step.outputs)")
  }

  @Test("someone close imagined where they are missed is no new belief")
  func imagined() {
    var script = offered()
    let claim = script.dialogue.state.claim?.claim
    let step = script.type("well. ur grandad would've had a rail up in a week")
    let notices = DialogueScript<PartnerDialogue>.notices(step)
    #expect(!notices.contains { $0.hasPrefix("They brought up a new belief") }, "\(notices)")
    #expect(script.dialogue.state.claim?.claim == claim)
  }

  @Test("a yes whose but sets its terms takes up the plan; a yes-but that argues does not")
  func planTakenUp() {
    #expect(SessionSummary.takesUp("oh go on then, but you're doing the forms not me"))
    #expect(!SessionSummary.takesUp("ok but the forms are a nightmare"))
  }
}
