import Testing

@testable import SocraticCore

/// News of their own given back plainly, hopes as hopes, what they heard said of the listener
/// with the listener as "I", sarcasm and a point granted read for what they mean.
@Suite("Partner: news plainly, hopes as hopes, hearsay of the listener, sarcasm and grants")
struct PartnerNewsHopesAndHearsayTests {
  @Test(
    "a date set for them is their news, given back plainly with its day",
    arguments: [
      ("my eye test is next tuesday", "So your eye test is next tuesday."),
      ("my dentist appointment is this friday", "So your dentist appointment is this friday."),
    ])
  func newsPlainly(_ line: String, reflection: String) {
    var script = partnerScript()
    #expect(script.type(line).suggestedReflection == reflection)
  }

  @Test(
    "a hope is given back as a hope, and no question quotes its hoping words",
    arguments: [
      ("i hope the ferry isn't cancelled", "So you're hoping the ferry isn't cancelled."),
      (
        "fingers crossed the parcel turns up tomorrow",
        "So you're hoping the parcel turns up tomorrow."
      ),
      (
        "hopefully the roofer comes back next week",
        "So you're hoping the roofer comes back next week."
      ),
    ])
  func hopes(_ line: String, reflection: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(step.suggestedReflection == reflection, "\(offeredItems(in: step))")
    #expect(script.dialogue.state.isPersonalTalk)
  }

  @Test("what they heard said of the listener is given back with the listener as 'I'")
  func hearsayOfTheListener() {
    var script = partnerScript()
    script.type(["the allotment should stay as it is", "/me what would selling it mean?"])
    let step = script.type("so apparently you're the one who wants to sell the allotment")
    #expect(
      step.suggestedReflection
        == "So you've heard I'm the one who wants to sell the allotment.",
      "\(offeredItems(in: step))")
    #expect(script.dialogue.state.claim?.claim == "the allotment should stay as it is")
  }

  @Test("someone of theirs imagined where they are missed is their own, and no view")
  func theirKinImagined() {
    var script = partnerScript()
    script.type(["we finally finished the greenhouse", "/me that's brilliant"])
    let step = script.type("mum would have loved that")
    #expect(
      step.suggestedReflection == "So mum would have loved that.", "\(offeredItems(in: step))")
    #expect(script.dialogue.state.claim?.claim != "mum would have loved that")
  }

  @Test(
    "loving what nobody loves, or more piled on, is met with what is under the mockery",
    arguments: [
      "oh it's a joy. a real joy. i love being the one nobody rings",
      "maybe you'd like to walk the dog as well while you're at it",
    ])
  func sarcasm(_ line: String) {
    var script = partnerScript()
    script.type(["the new rota is unfair", "/me could you swap with sam?"])
    let step = script.type(line)
    #expect(
      step.suggestedReflection == "It sounds like you're fed up with the whole thing.",
      "\(offeredItems(in: step))")
    #expect(script.dialogue.state.map.granted.isEmpty)
  }

  @Test("thanks for a choice made over their head is met with an apology")
  func thankedForDeciding() {
    var script = partnerScript()
    script.type(["we should keep the old van", "/me i've put it on the selling site"])
    let step = script.type("oh well thanks for choosing that for me. very kind")
    #expect(step.suggestedReflection == "I'm sorry, I didn't mean to make you feel that way.")
  }

  @Test("a point granted with its condition is given back as granted")
  func grantedWithItsCondition() {
    var script = partnerScript()
    script.type(["the new station is hopeless for prams", "/me what about the lift?"])
    let step = script.type(
      "ok fair enough, if the lift works then i can still get up. i'll give you that")
    #expect(
      step.suggestedReflection
        == "So you'd grant that if the lift works then you can still get up.",
      "\(offeredItems(in: step))")
  }

  @Test("a greeting told them by someone else is what they were told, no greeting of theirs")
  func greetingReportedToThem() {
    var script = partnerScript()
    script.type("the physio told me you look well")
    #expect(script.dialogue.state.claim?.claim == "the physio told you you look well")
  }
}
