import Testing

@testable import SocraticCore

/// "i'm not angry, shutting costs small shops too much": the feeling they deny is no reason, but
/// what they say beside it is, and the end summary lists it under their reasons.
@Suite("Explore files the reason said beside a feeling denied")
struct ExploreReasonBesideDeniedFeelingTests {
  @Test(
    "the reason beside a denied feeling is listed under their reasons",
    arguments: [
      (
        "the corner shop should stay open on sundays",
        "im not angry, shutting costs small shops too much",
        "shutting costs small shops too much"
      ),
      (
        "the village needs a later bus",
        "i'm not bitter about it, the last one leaves at six",
        "the last one leaves at six"
      ),
    ])
  func reasonKept(belief: String, answer: String, reason: String) {
    let script = ExploreScript.questioning(belief, answers: [answer])
    let summary = SessionSummary(ExploreScript.transcript(script.events))
    let reasons = SampleTranscripts.mapItems(summary, "Your reasons")
    #expect(reasons.contains { $0.hasPrefix(reason) }, "\(reasons)")
  }

  @Test("a denial with nothing beside it files no reason")
  func denialAlone() {
    let script = ExploreScript.questioning(
      "the village needs a later bus", answers: ["im not upset, just saying"])
    let summary = SessionSummary(ExploreScript.transcript(script.events))
    #expect(SampleTranscripts.mapItems(summary, "Your reasons").isEmpty)
  }
}
