import Testing

@testable import SocraticCore

/// A rating taken back as it is given ("80, no wait make that 75") is the one they settled on
/// at the start, and the summary shows it.
@Suite("Explore: a rating taken back as it is given")
struct ExploreRatingRetakenTests {
  @Test(
    "a rating taken back after a comma is the one they settle on",
    arguments: [
      ("80, no wait make that 75", 75),
      ("60, nah 55", 55),
      ("90, or actually 85 lol", 85),
    ])
  func retakenAtOnce(typed: String, value: Int) {
    var script = ExploreScript()
    script.type(["the four day week would wreck small shops", "y", typed])
    let summary = SessionSummary(ExploreScript.transcript(script.events))
    #expect(summary.confidenceBefore == value)
  }

  @Test("a rating set right and nothing more is set right as before")
  func onlySetRight() {
    var script = ExploreScript.questioning("small shops are doomed on our high street")
    let step = script.type("75 not 70, sorry")
    #expect(ExploreScript.reflections(step) == ["Sorry, I had that wrong: 75, not 70."])
  }
}
