import Testing

@testable import SocraticCore

/// The stage moves one step at a time on what a line does: only a goodbye goes straight to the
/// close, and talk after the goodbye goes back to the stage the talk was at before it.
@Suite("The partner dialogue: the stage moves one step at a time")
struct PartnerStageStepTests {
  @Test("a belief with its reason moves the talk from the claim to how sure they are, no further")
  func oneStep() {
    var script = partnerScript()
    let step = script.type(
      "honestly the high street feels dead since they shut the bank, nobody comes in anymore")
    #expect(script.dialogue.state.stage == .confidence)
    let notices = DialogueScript<PartnerDialogue>.notices(step)
    #expect(notices.contains { $0.contains("Stage 2 of 5") }, "\(notices)")
    #expect(!notices.contains { $0.hasPrefix("They gave a reason") }, "\(notices)")
  }

  @Test("a goodbye still goes straight to the close")
  func goodbye() {
    var script = partnerScript()
    script.type("tbh the chippy on the corner is the best in town")
    script.type("anyway i best be off, cheers for the chat")
    #expect(script.dialogue.state.stage == .close)
  }

  @Test("a reason given after the goodbye goes back to the stage before it, not past it")
  func backAfterGoodbye() {
    var script = partnerScript()
    script.type(
      "honestly the high street feels dead since they shut the bank, nobody comes in anymore")
    script.type("anyway i best be off, cheers for the chat")
    #expect(script.dialogue.state.stage == .close)
    let step = script.type(
      "oh and the bus only comes twice a day since they cut it, so how would anyone get there")
    let notices = DialogueScript<PartnerDialogue>.notices(step)
    #expect(script.dialogue.state.stage == .confidence, "\(notices)")
  }
}
