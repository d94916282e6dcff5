import Testing

@testable import SocraticCore

/// How they are, or an apology, is never a claim or a reason. It is met where they are; the
/// claim and the stage stay.
@Suite("Partner: how they are is no claim")
struct PartnerHowTheyAreTests {
  private static let claim = "the new car park charges in town are daylight robbery"

  @Test(
    "how they are is given back as theirs; the claim and the stage stay",
    arguments: [
      (
        "im a bit all over the place today tbh",
        "It sounds like you're a bit all over the place today."
      ),
      ("honestly im knackered. been a long week", "It sounds like you're knackered."),
      (
        "yeah im fine. well no not really",
        "That sounds hard, and it makes sense that it weighs on you."
      ),
    ] as [(String, String)])
  func howTheyAreStaysWithThem(line: String, expected: String) {
    var script = builtInPartnerScript([Self.claim])
    let stage = script.dialogue.state.stage
    let step = script.type(line)
    #expect(step.suggestedReflection == expected, "\(offeredItems(in: step))")
    #expect(script.dialogue.state.stage == stage)
    #expect(
      script.dialogue.state.claim?.claim == "the new car park charges in town are daylight robbery")
  }

  @Test(
    "a hard time told of the world, or a view, is still a reason for the claim",
    arguments: [
      (
        "the shops have had a rough year since it started",
        "So the shops have had a rough year since it started."
      ),
      (
        "dunno, the council needs the money from somewhere",
        "So the council needs the money from somewhere."
      ),
    ] as [(String, String)])
  func aReasonStaysAReason(line: String, expected: String) {
    var script = builtInPartnerScript([Self.claim])
    let step = script.type(line)
    #expect(step.suggestedReflection == expected, "\(offeredItems(in: step))")
    #expect(script.dialogue.state.stage == .reasons)
  }
}
