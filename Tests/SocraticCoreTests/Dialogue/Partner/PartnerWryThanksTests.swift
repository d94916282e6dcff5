import Testing

@testable import SocraticCore

/// A thanks tacked on to a claim of theirs is curt or wry ("people i see all week thanks"): the
/// talk goes on, and no goodbye is offered; a thanks said alone still winds it up.
@Suite("Partner: a thanks that caps a claim is no goodbye")
struct PartnerWryThanksTests {
  @Test(
    "a thanks at the end of a claim keeps the talk where it was",
    arguments: [
      "i drive past that gym every single day thanks",
      "the leisure centre pool is free for residents anyway thanks",
    ])
  func wryThanks(_ line: String) {
    var script = partnerScript()
    script.type("i'm not renewing the gym membership in january")
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close)
    #expect(step.suggestedReflection?.hasPrefix("So ") == true, "\(step.suggestions)")
    #expect(step.suggestedReflection?.contains("thanks") == false, "\(step.suggestions)")
    #expect(
      !step.suggestions.contains { "\($0)".contains("Take care") || "\($0)".contains("Talk soon") },
      "\(step.suggestions)")
  }

  @Test("thanks said alone still wind the talk up")
  func plainThanks() {
    var script = partnerScript()
    script.type("i'm not renewing the gym membership in january")
    script.type("thanks")
    #expect(script.dialogue.state.stage == .close)
  }
}
