import SocraticCore
import Testing

/// What someone says to a recap that got them wrong is what the end shows: the reason they
/// meant, and not the one the recap led with.
@Suite("A recap they correct is set right in the end's reasons")
struct SessionMapRecapTests {
  @Test("the reason they meant is shown, and the one they turned down is not")
  func correctedRecap() {
    var transcript = SampleTranscripts.exploreSession(
      "the allotment does more for my nerves than the tablets ever did",
      byArc: [
        ("reasons", "still mostly the same old thing duck, for folk like me with nothing on"),
        ("more_reasons", "you get your hands mucky and you forget yourself for a bit"),
      ])
    transcript.events += [
      SessionEvent(
        .summary(
          .init(
            text: "Putting it together, the main thing for you is the same old thing. "
              + "Did I get that right?", checks: true)),
        at: SampleTranscripts.at(40)),
      SessionEvent(
        .answer(
          .init(
            question: 2,
            text: "no, not the same old thing. the main thing is the other plot holders "
              + "checking on you. knowing someone would notice",
            recap: true)),
        at: SampleTranscripts.at(45)),
    ]
    let reasons = SampleTranscripts.mapItems(SessionSummary(transcript), "Your reasons")
    #expect(reasons.first?.contains("checking on you") == true, "\(reasons)")
    #expect(!reasons.contains { $0.contains("same old thing") }, "\(reasons)")
  }
}
