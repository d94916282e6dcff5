import Testing

@testable import SocraticCore

/// "wow ok" said alone stings; said before a yes to what the listener offered ("wow okay!
/// good shout") it is surprise, and is met warmly, never with an apology.
@Suite("Surprise before a yes is no sting")
struct PartnerSurpriseTests {
  private func offered() -> DialogueScript<PartnerDialogue> {
    builtInPartnerScript([
      "i reckon a cruise would be boring", "/me what if we picked one with loads of stops?",
    ])
  }

  @Test("'wow okay! good shout' is met warmly, with no apology")
  func surpriseBeforeAYes() {
    var script = offered()
    let step = script.type("wow okay! good shout")
    #expect(step.suggestedReflection == "Great, so you're up for it.")
  }

  @Test("the same praise capped with 'thanks for nothing' still stings, and is apologised for")
  func sarcasmStillStings() {
    var script = offered()
    let step = script.type("wow ok. good shout. thanks for nothing")
    #expect(step.suggestedReflection == "I'm sorry, I didn't mean to make you feel that way.")
  }
}
