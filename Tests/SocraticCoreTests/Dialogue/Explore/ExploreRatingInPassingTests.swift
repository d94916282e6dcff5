import Testing

@testable import SocraticCore

/// Ratings said the way people say them: one number taken back for another, and a new one
/// dropped into an answer to some other question. What the person sees, and what the session
/// keeps as their confidence.
@Suite("Explore hears a rating taken back, or given in passing")
struct ExploreRatingInPassingTests {
  @Test(
    "a number taken back for another is the second, said plainly, never a range they did not give",
    arguments: [("90. well 75", 75), ("60, actually no 55", 55), ("80 nah 70", 70)])
  func takenBack(line: String, value: Int) {
    var script = ExploreScript()
    script.type(["Allotment waiting lists should be cut by splitting plots.", "y"])
    let step = script.type(line)
    let given = ExploreScript.reflections(step).joined(separator: " ")
    #expect(!given.contains("Somewhere round"), "\(given)")
    #expect(given.contains("\(value)"), "\(given)")
    #expect(script.dialogue.state.map.confidence == value)
  }

  @Test(
    "a new rating dropped into an answer is their confidence now, given back",
    arguments: [
      ("half plots would be plenty for most folk tbh. so id say 45 now", 45),
      ("the old boys wont like it but its fair. more like 50 now if im honest", 50),
      // Where they were, said with it, is not a second rating that hides the new one.
      ("ok yeah the bees need the space. fair enough maybe 65 now not 80", 65),
      ("hm i hadnt thought of the widows on the list. down from 85 to 55 now", 55),
      ("thats a fair point lol, put it at 60 now, not 75", 60),
    ])
  func inPassing(line: String, value: Int) {
    var script = ExploreScript.questioning(
      "Allotment waiting lists should be cut by splitting plots.")
    let step = script.type(line)
    #expect(ExploreScript.reflections(step).contains("So you're at \(value) now, down from 70."))
    #expect(script.dialogue.state.map.confidence == value)
  }

  @Test(
    "a price, a count, a number with a subject or a small number said with 'now' is no rating",
    arguments: [
      "the rent went up to £40 now",
      "theres more like 30 people on the list now",
      "its more like 4 now, used to be 2",
      "the waiting list is more like 40 now",
    ])
  func notARating(line: String) {
    var script = ExploreScript.questioning(
      "Allotment waiting lists should be cut by splitting plots.")
    let step = script.type(line)
    #expect(!ExploreScript.reflections(step).contains { $0.hasPrefix("So that leaves you at") })
    #expect(script.dialogue.state.map.confidence == 70)
  }
}
