import Testing

@testable import SocraticCore

/// Words they do not mean are not their view: agreement mocked with a shouted word of degree,
/// and a sentence they take back in the next one.
@Suite("Partner: mock praise and a claim taken back are not their view")
struct PartnerMockeryAndTakingBackTests {
  @Test(
    "agreement mocked with a shouted word of degree is met as frustration, and moves nothing",
    arguments: ["oh yes, the landlord is SO helpful", "yeah right they're REALLY bothered"])
  func mockPraise(_ line: String) {
    var script = partnerScript()
    script.type("the flat needs a new boiler")
    let step = script.type(line)
    #expect(step.suggestedReflection == "It sounds like you're fed up with the whole thing.")
    #expect(script.dialogue.state.stage == .claim)
    #expect(script.dialogue.state.claim?.claim == "the flat needs a new boiler")
  }

  @Test("a sentence taken back in the next one is no claim of theirs; what they put right is")
  func takenBack() {
    var script = partnerScript()
    let step = script.type("the new manager is nice. well he's not nice")
    #expect(step.suggestedReflection == "So you think he's not nice.")
  }
}
