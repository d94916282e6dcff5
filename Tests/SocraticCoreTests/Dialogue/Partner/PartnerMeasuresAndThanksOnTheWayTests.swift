import Testing

@testable import SocraticCore

/// A number that measures what they tell ("inflation was 7 percent", "every 3 years") is no
/// rating of how sure they are; thanks for what the listener held back from ("thanks for not
/// lecturing me") is a word on the way, never a goodbye, and is not said back to them.
@Suite("Partner reads measures as facts and thanks on the way as no goodbye")
struct PartnerMeasuresAndThanksOnTheWayTests {
  @Test(
    "a number that measures something is given back as told, never as a rating",
    arguments: [
      "the bus fare went up 12 percent in one go", "5 percent interest is daylight robbery",
      "they only resurface the road every 3 years", "unemployment was about 9 percent here",
    ])
  func measure(line: String) {
    var script = builtInPartnerScript(["i think the council wastes money on roads"])
    let step = script.type(line)
    let said = step.suggestedReflection ?? ""
    #expect(!said.contains("out of 100"), "\(offeredItems(in: step))")
  }

  @Test(
    "a rating said with a percentage is still a rating", arguments: ["80 percent sure", "like 70%"])
  func rating(line: String) {
    var script = builtInPartnerScript([
      "i think the council wastes money on roads", "/me how sure are you, 0 to 100?",
    ])
    let step = script.type(line)
    #expect(step.suggestedReflection?.contains("out of 100") == true, "\(offeredItems(in: step))")
  }

  @Test(
    "thanks for what the listener held back from keep the talk open, and are taken lightly",
    arguments: ["thanks for not lecturing me about it", "cheers for not making it weird"])
  func thanksOnTheWay(line: String) {
    var script = builtInPartnerScript(["i think i spend too much on takeaways"])
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close, "\(offeredItems(in: step))")
    let said = step.suggestions.first?.text ?? ""
    #expect(PartnerLines.takingThanksForRestraint.contains(said), "\(offeredItems(in: step))")
  }
}
