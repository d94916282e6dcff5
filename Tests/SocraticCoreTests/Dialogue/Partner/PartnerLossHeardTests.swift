import Testing

@testable import SocraticCore

/// A loss is heard however it is told: a wake that went well, a gone-for-good "went", an age
/// they would have reached. Sympathy first, and the stage stays.
@Suite("Partner: a loss is heard, however it is told")
struct PartnerLossHeardTests {
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

  @Test(
    "a loss told in passing is heard: no stage moves on it",
    arguments: [
      "after your grandad went she stopped baking altogether",
      "she'd have been 90 on tuesday. sorry. one sec",
    ])
  func lossInPassingHoldsTheStage(line: String) {
    var script = builtInPartnerScript([
      "i've been thinking about my nan a lot", "she taught me to bake",
    ])
    let stage = script.dialogue.state.stage
    let step = script.type(line)
    #expect(script.dialogue.state.stage == stage)
    #expect(
      step.suggestedReflection?.hasPrefix("I'm so sorry") == true, "\(offeredItems(in: step))")
  }
}
