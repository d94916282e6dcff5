import Testing

@testable import SocraticCore

/// Good news however it is put, a mourning that went well, thanks to a real title, greetings
/// reported, and pauses and curt refusals that take no leave.
@Suite("Partner: news with a worry before it, a mourning gone well, pauses and curt refusals")
struct PartnerRound55cTests {
  @Test(
    "good news going well, gone well with a word between, or after a worry is met gladly",
    arguments: [
      "the new bakery's going really well",
      "the first week has mostly gone really well",
      "i was nervous about it but the recital went really well",
    ])
  func goodNewsPutOtherwise(_ line: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(
      step.suggestedReflection == "That's lovely news. I'm really glad for you.",
      "\(offeredItems(in: step))")
    #expect(script.dialogue.state.claim == nil)
  }

  @Test("a but after the news still outweighs it")
  func butAfterTheNews() {
    var script = partnerScript()
    let step = script.type("the school trip went well but she's exhausted")
    #expect(
      step.suggestedReflection == "So you think the school trip went well but she's exhausted.")
  }

  @Test(
    "a wake or memorial that went well is a loss, met with sympathy",
    arguments: ["the wake went really well in the end", "the memorial went lovely, so many came"])
  func mourningGoneWell(_ line: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(
      step.suggestedReflection
        == "I'm so sorry. That's a big loss, and it sounds like you still feel it.",
      "\(offeredItems(in: step))")
  }

  @Test("thanks to a professor is thanks; thanks to a mocking name is not")
  func thanksToATitle() {
    var script = partnerScript()
    let step = script.type("cheers professor, the seminar was brilliant")
    #expect(script.dialogue.state.stage == .close)
    #expect(
      step.suggestedReflection
        == "Thanks for talking it through with me. I get where you're coming from a lot better now."
    )
    var mocked = partnerScript()
    #expect(
      mocked.type("thanks sherlock").suggestedReflection == "Fair enough, that wasn't much help.")
  }

  @Test("a greeting others keep saying is what they heard, never said to the listener")
  func greetingOthersKeepSaying() {
    var script = partnerScript()
    let step = script.type("people are saying you look well")
    #expect(step.suggestedReflection == "So you think people are saying you look well.")
    var told = partnerScript()
    told.type("my colleagues keep telling me you look well")
    #expect(told.dialogue.state.claim?.claim == "your colleagues keep telling you you look well")
  }

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

  @Test("thanks after a no turn something down: the talk goes on")
  func curtRefusal() {
    var script = partnerScript()
    script.type(["the new rota is unfair", "/me what makes it feel unfair?"])
    let step = script.type("so nah, ta")
    #expect(script.dialogue.state.stage == .confidence)
    #expect(
      step.suggestedQuestions.map(\.text).contains("How sure are you about that, from 0 to 100?"),
      "\(offeredItems(in: step))")
  }

  @Test("going on only to be done with it winds the talk up")
  func doneWithIt() {
    var script = partnerScript()
    script.type(["the new rota is unfair", "/me what makes it feel unfair?"])
    let step = script.type("let's just get this over with")
    #expect(script.dialogue.state.stage == .close)
    #expect(
      step.suggestedReflection
        == "Thanks for talking it through with me. I get where you're coming from a lot better now."
    )
  }
}
