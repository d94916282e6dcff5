import Testing

@testable import SocraticCore

/// A thing they did is said back as what they did ("So you've joined a choir."), never as a
/// belief of theirs ("So you think you've joined a choir.").
@Suite("The partner dialogue: a deed told is given back as a fact")
struct PartnerDeedReflectionTests {
  @Test(
    "a claim that tells what they did is reflected without 'you think'",
    arguments: [
      ("you've joined a choir at the church hall", "So you've joined a choir at the church hall."),
      ("you just sold the car", "So you just sold the car."),
      ("you have finally cancelled the gym", "So you have finally cancelled the gym."),
    ])
  func deed(_ claim: String, _ line: String) {
    #expect(PartnerLines.claim(claim, reason: nil) == line)
  }

  @Test(
    "padding said inside a claim is left out of its reflection",
    arguments: [
      ("the buses are a joke innit", "So you think the buses are a joke."),
      (
        "councils are never going to be honest about the roads",
        "So you think councils are never going to be honest about the roads."
      ),
    ])
  func fillers(_ claim: String, _ line: String) {
    #expect(PartnerLines.claim(claim, reason: nil) == line)
  }

  @Test("a claim that is a view keeps 'you think'")
  func view() {
    #expect(
      PartnerLines.claim("the new bins are a waste of money", reason: nil)
        == "So you think the new bins are a waste of money.")
  }

  @Test("a view said in the past, with 'was' or 'were', keeps 'you think'")
  func pastView() {
    #expect(
      PartnerLines.claim("you were right about the council all along", reason: nil)
        == "So you think you were right about the council all along.")
  }
}
