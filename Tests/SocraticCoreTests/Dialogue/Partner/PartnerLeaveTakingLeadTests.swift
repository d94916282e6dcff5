import Testing

@testable import SocraticCore

/// Going back to work ends the talk only when a word that takes leave leads it ("right, I'd
/// better get back to my desk"); dreading going back, or being told to, is their life told.
@Suite("Partner: going back to work takes leave only when they say they are going")
struct PartnerLeaveTakingLeadTests {
  private func talk() -> DialogueScript<PartnerDialogue> {
    builtInPartnerScript([
      "four day weeks would make everyone more productive",
      "/me what makes you think people would get more done?",
    ])
  }

  @Test(
    "going back to work, told of, keeps the talk open",
    arguments: [
      "im not looking forward to going back to the office after my leave, the commute is brutal",
      "my dad keeps nagging me to get back to work full time",
    ])
  func toldOf(line: String) {
    var script = talk()
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close)
    // What they told is given back ("So your dad keeps …"), not thanked as a goodbye.
    #expect(step.suggestedReflection?.hasPrefix("So ") == true, "\(offeredItems(in: step))")
  }

  @Test("going back to work, announced, closes the talk")
  func announced() {
    var script = talk()
    let step = script.type("right i'd better get back to my desk")
    #expect(script.dialogue.state.stage == .close)
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }
}
