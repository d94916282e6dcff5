import Testing

@testable import SocraticCore

/// Caught out by their own words ("oh no... me and my big mouth"), they are put at ease: no
/// line gives the gaffe back, and no question presses on their view while they squirm.
@Suite("Partner: caught out by their own words")
struct PartnerCaughtOutTests {
  @Test(
    "embarrassment at a slip is met with reassurance and nothing asked",
    arguments: ["oh no... me and my big mouth", "oops. that came out wrong", "foot in mouth lol"])
  func reassured(_ line: String) {
    var script = builtInPartnerScript([
      "i reckon kids who still have a bottle at four are being let down by their parents",
      "/me my nephew had one till he was five you know",
    ])
    let step = script.type(line)
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
    #expect(PartnerLines.reassuringASlip.contains(step.suggestedReflection ?? ""))
  }

  @Test("a talk with no slip in it is not reassured")
  func noSlip() {
    var script = builtInPartnerScript([
      "i reckon kids who still have a bottle at four are being let down by their parents"
    ])
    let step = script.type("my sister says the teeth thing is a myth")
    #expect(!PartnerLines.reassuringASlip.contains(step.suggestedReflection ?? ""))
    #expect(!step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }

  @Test(
    "something of theirs that turned out badly is no slip: it is given back, not excused",
    arguments: [
      "I tried a new recipe for the fair and it came out all wrong.",
      "we had the photos printed at the chemist and they came out badly",
    ])
  func thingTurnedOutBadly(_ line: String) {
    var script = builtInPartnerScript([
      "i reckon kids who still have a bottle at four are being let down by their parents"
    ])
    let step = script.type(line)
    #expect(!PartnerLines.reassuringASlip.contains(step.suggestedReflection ?? ""))
    #expect(step.suggestedReflection != nil, "\(offeredItems(in: step))")
  }
}
