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
}
