import Testing

@testable import SocraticCore

/// Asked to wait ("hang on", "give me a sec"), the listener waits: a short line, nothing
/// asked, no stage move; a goodbye said with it still goes.
@Suite("Partner: a pause is waited out")
struct PartnerPauseTests {
  @Test("asked to wait while the kettle boils, the listener waits; a goodbye with it still goes")
  func kettlePause() {
    var script = partnerScript()
    script.type(["the new rota is unfair", "/me what makes it feel unfair?"])
    let step = script.type("hang on, the kettle has just boiled")
    #expect(step.suggestedReflection == "Sure, take your time.", "\(offeredItems(in: step))")
    #expect(script.dialogue.state.stage != .close)
    var leaving = partnerScript()
    leaving.type(["the new rota is unfair", "/me what makes it feel unfair?"])
    leaving.type("hang on, gotta go, the kettle's boiling")
    #expect(leaving.dialogue.state.stage == .close)
  }

  @Test("a pause after 'idk' is waited out: a short line, nothing asked, no stage move")
  func pauseIsWaitedOut() {
    var script = builtInPartnerScript([
      "the new car park charges in town are daylight robbery"
    ])
    let stage = script.dialogue.state.stage
    let step = script.type("idk. sorry. give me a sec")
    #expect(step.suggestedReflection == "Sure, take your time.", "\(offeredItems(in: step))")
    #expect(step.suggestedQuestions.isEmpty)
    #expect(script.dialogue.state.stage == stage)
  }
}
