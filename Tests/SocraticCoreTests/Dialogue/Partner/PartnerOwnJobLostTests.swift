import Testing

@testable import SocraticCore

/// Their own job lost is opening up, read from the one table of how a job loss is told
/// (`AnswerCues.ownJobLostTold`): the close never follows it.
@Suite("Partner: their own job lost is opening up")
struct PartnerOwnJobLostTests {
  @Test(
    "their job lost, told, is met as something hard",
    arguments: [
      "we'd been laid off before the summer even started",
      "they sacked me from the garden centre on friday",
    ])
  func ownJobLost(line: String) {
    var script = builtInPartnerScript(["the garden centre is run by clowns"])
    script.type(line)
    let step = script.type("anyway i've got to go")
    #expect(
      offeredItems(in: step).contains { $0.text == PartnerLines.acknowledgingWhatTheyShared },
      "\(offeredItems(in: step))")
  }

  @Test(
    "a job loss supposed, or being fired up, is no job lost: the close thanks them plainly",
    arguments: [
      "that talk really fired me up",
      "if they fired me tomorrow i'd be fine",
    ])
  func noJobLost(line: String) {
    var script = builtInPartnerScript(["the garden centre is run by clowns"])
    script.type(line)
    let step = script.type("anyway i've got to go")
    let offered = offeredItems(in: step).map(\.text)
    #expect(
      offered.first
        == "Thanks for talking it through with me. I get where you're coming from a lot better now.",
      "\(offered)")
  }
}
