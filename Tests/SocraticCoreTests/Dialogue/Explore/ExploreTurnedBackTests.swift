import Testing

@testable import SocraticCore

/// "this is about my daughter not me": the talk turned back to whom it is about. The miss is
/// owned with who it is about, never read as where they have got to.
@Suite("Explore takes a turn back to whom it is about as a correction")
struct ExploreTurnedBackTests {
  @Test(
    "whom it is about is given back after the apology",
    arguments: [
      (
        "i'd rather not go round in circles, this is about my daughter not me",
        "Sorry, I got that wrong \u{2014} this is about your daughter."
      ),
      ("its about my nephew, not me", "Sorry, I got that wrong \u{2014} it's about your nephew."),
    ])
  func owned(reply: String, line: String) {
    var script = ExploreScript.questioning(
      "my daughter should learn to drive before uni",
      answers: ["buses round here are hopeless after six"])
    let notices = ExploreScript.notices(script.type(reply))
    #expect(notices.first == line, "\(notices)")
  }

  @Test("a turn back to whom it is about is no place they got to")
  func notAShift() {
    var map = BeliefMap()
    map.claim = "my daughter should learn to drive before uni"
    map.recordShift(in: "this isn't about me, it's about my daughter")
    map.recordShift(in: "honestly i've come round, she could get the train")
    #expect(map.shifts == ["honestly i've come round, she could get the train"])
  }
}
