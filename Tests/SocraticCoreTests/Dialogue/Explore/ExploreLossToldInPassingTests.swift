import Testing

@testable import SocraticCore

/// A loss said in passing in a side clause ("after gordon went …", "since we lost her") is
/// taken up gently before anything else; someone who only went somewhere is not mourned.
@Suite("Explore takes up a loss told in passing")
struct ExploreLossToldInPassingTests {
  @Test("someone named gone for good, in a side clause, is owned by name")
  func namedAndGone() {
    var script = ExploreScript.questioning("The bowls club should let juniors in.")
    let step = script.type("after Gordon went the club got very quiet, nobody organises now")
    #expect(
      ExploreScript.reflections(step).first == "I'm so sorry about Gordon.",
      "\(ExploreScript.reflections(step))")
  }

  @Test("a loss told as 'since we lost her' is owned before the point")
  func lostHer() {
    var script = ExploreScript.questioning("The bowls club should let juniors in.")
    let step = script.type("since we lost her i dont go as much, the greens feel empty")
    #expect(
      ExploreScript.reflections(step).first == "I'm so sorry for your loss.",
      "\(ExploreScript.reflections(step))")
  }

  @Test("someone who went home, or lost her keys, is no loss: their point is given back")
  func wentSomewhere() {
    var script = ExploreScript.questioning("The bowls club should let juniors in.")
    let home = script.type("after Gordon went home the bar shut early, so juniors never stay")
    #expect(
      ExploreScript.reflections(home).first?.hasPrefix("I'm so sorry") == false,
      "\(ExploreScript.reflections(home))")
  }

  @Test(
    "a death dating what they tell, at the end of the line, is owned before the point",
    arguments: [
      "me and my wife bowled there every sunday before she passed",
      "my dad drove us there every week till he passed",
    ])
  func deathDatingWhatTheyTell(line: String) {
    var script = ExploreScript.questioning("The bowls club should let juniors in.")
    let step = script.type(line)
    #expect(
      ExploreScript.reflections(step).first == "I'm so sorry for your loss.",
      "\(ExploreScript.reflections(step))")
  }

  @Test("a ball or a test passed before it is no death")
  func passedAThing() {
    var script = ExploreScript.questioning("The bowls club should let juniors in.")
    let step = script.type("my lad scored twice before he passed the ball to his mate")
    #expect(
      ExploreScript.reflections(step)
        == ["You're saying your lad scored twice before he passed the ball to his mate."])
  }
}
