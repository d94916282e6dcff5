import SocraticCore
import Testing

@Suite("Inverted line: modals with 've typed on, a denied second predicate, a bare complement")
struct NegatorSecondPredicateTests {
  @Test(
    "the belief's claim and its inversion, as the belief screen shows them",
    arguments: [
      // A modal with its "'ve" typed on is one verb group: "not" goes after the modal.
      (
        "we shouldve booked the earlier train", "we should have booked the earlier train",
        "we should not have booked the earlier train"
      ),
      (
        "she should've kept the receipt", "she should have kept the receipt",
        "she should not have kept the receipt"
      ),
      (
        "the landlord couldve fixed the boiler", "the landlord could have fixed the boiler",
        "the landlord could not have fixed the boiler"
      ),
      // "A and not B" under one auxiliary is false when A is, or when B holds.
      (
        "the plumber will turn up and not finish the job",
        "the plumber will turn up and not finish the job",
        "the plumber will not turn up or will finish the job"
      ),
      // A fear's object is its own clause: its "and not" is never turned.
      (
        "im scared we'll book the flat and not like the area",
        "you're scared we'll book the flat and not like the area",
        "you're not scared we'll book the flat and not like the area"
      ),
      (
        "we'll book the flat and not like the area",
        "we'll book the flat and not like the area",
        "we will not book the flat or will like the area"
      ),
    ])
  func inverted(belief: String, claim: String, inverted: String) throws {
    let reading = try BeliefReader.read(belief)
    #expect(reading.claim.joinedText == claim)
    #expect(reading.inverted.joinedText == inverted)
  }
}
