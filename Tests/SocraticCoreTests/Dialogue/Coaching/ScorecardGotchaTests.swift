import Testing

@testable import SocraticCore

/// A line that gives back what was said only to set a point of the asker's own against it is a
/// gotcha: the scorecard counts no reflection in it, while one that gives back both sides of
/// them still counts.
@Suite("The listening scorecard: a gotcha is no reflection")
struct ScorecardGotchaTests {
  private static let theySaid = "A week on a campsite costs a fraction of a hotel."

  @Test(
    "a contrast to the asker's own point gives nothing back; one to more of theirs does",
    arguments: [
      ("you just said it was cheap, but a tent costs hundreds. how is that cheap?", 0),
      ("you said the kids love it, yet the last trip got rained off. so what now?", 0),
      ("you love the outdoors, but you're dreading another wet week. what would help?", 1),
      ("you love the campsite, but it's hard work with three kids. what keeps you going?", 1),
      ("you want a week away yet the packing wears you out. what would help?", 1),
      ("you told me it was cheap, but the pitch alone was forty quid. so which is it?", 0),
    ])
  func gotcha(line: String, count: Int) {
    #expect(
      ListeningScorecard.reflections(in: line, form: .open, after: Self.theySaid) == count)
  }
}
