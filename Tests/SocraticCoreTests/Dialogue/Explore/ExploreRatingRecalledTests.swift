import Testing

@testable import SocraticCore

/// The rating they gave, recalled beside a new one ("actually i said 70 at the start, i'd drop
/// it to about 50"): a rating revised, given back with where it moved from, never a miss owned.
@Suite("Explore hears a rating recalled and revised")
struct ExploreRatingRecalledTests {
  @Test(
    "a rating recalled and moved is their confidence now, with where it came from",
    arguments: [
      ("actually i said 70 at the start, i'd drop it to about 50", 50, "down"),
      ("i said 70 before, id bring it down to 45 now", 45, "down"),
      ("wait i gave it 70 at the beginning. bump it up to 85", 85, "up"),
    ])
  func recalled(line: String, value: Int, way: String) {
    var script = ExploreScript.questioning(
      "Our street should get speed bumps.", answers: ["the lorries cut through at night"])
    let step = script.type(line)
    #expect(
      ExploreScript.reflections(step) == ["So you're at \(value) now, \(way) from 70."])
    #expect(script.dialogue.state.map.confidence == value)
    #expect(script.dialogue.state.map.wouldChangeMind.isEmpty)
  }
}
