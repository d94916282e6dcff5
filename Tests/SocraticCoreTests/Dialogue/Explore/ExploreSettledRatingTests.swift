import Testing

@testable import SocraticCore

/// The rating a person settles on is the one kept ("… can i say 65 overall? yeah 65"), and a
/// closing rating they set right ("its 45 not 30!!") changes what is saved.
@Suite("Explore settled ratings")
struct ExploreSettledRatingTests {
  @Test(
    "of several numbers, the one they settle on is the rating",
    arguments: [
      ("on cost alone maybe 25. but for the kids... can i say 65 overall? yeah 65", 65),
      ("price wise 40, call it 70 overall", 70),
      ("20 for the money, more like 60 once you count the time saved", 60),
      ("for me 50 but all in all 80", 80),
    ])
  func settledNumber(line: String, rating: Int) {
    #expect(ConfidenceRating.read(line, offered: nil) == .success(rating))
  }

  @Test(
    "a number said of someone else or a bad day leaves the first the rating",
    arguments: [
      ("70, though my sister would say 30", 70),
      ("95. maybe 100 on a bad day", 95),
      ("80. no, 75", 75),
    ])
  func unsettledNumber(line: String, rating: Int) {
    #expect(ConfidenceRating.read(line, offered: nil) == .success(rating))
  }

  @Test("the settled number is given back at the first rating, not the part they rated first")
  func firstPromptTakesSettled() {
    var script = ExploreScript()
    script.type(["Working from home is better for families", "y"])
    let step = script.type("money wise about 35. but for the kids... can i say 75 overall? yeah 75")
    #expect(script.dialogue.state.map.confidence == 75)
    #expect(ExploreScript.reflections(step).contains { $0.contains("75") })
  }

  @Test("a closing rating set right at the last word is owned and replaces the one saved")
  func closingRatingSetRight() {
    var script = ExploreClosingWordTests.atRerate(
      "Homework should be banned in primary school",
      answer: "my daughter cries over it most nights, her teacher agrees")
    script.type("for the reading maybe 30 now, the spelling lists changed it")
    #expect(script.dialogue.state.map.confidence == 30)
    let last = script.type("its 45 not 30!!")
    #expect(ExploreScript.reflections(last).contains("Sorry, I had that wrong: 45, not 30."))
    #expect(script.dialogue.state.phase == .finished)
    let summary = SessionSummary(ExploreScript.transcript(script.events))
    #expect(summary.threads.last?.confidenceAtEnd == 45)
  }
}
