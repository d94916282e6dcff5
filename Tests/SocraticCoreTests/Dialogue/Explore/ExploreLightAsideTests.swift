import Testing

@testable import SocraticCore

/// Someone else's upset told as a scene in passing ("he was crying over his ex") is no
/// hardship of the person's: it is not met with "I'm sorry, that sounds so hard".
@Suite("Explore: a scene told in passing is not met with sympathy")
struct ExploreLightAsideTests {
  @Test("a friend crying over an ex, told in passing, brings no 'I'm sorry'")
  func noSympathyForAScene() {
    var script = ExploreScript.questioning("Office parties are a waste of everyone's time.")
    let step = script.type(
      "nobody would notice if i skipped it. last year i sat in the car park with sam because "
        + "he was crying over his ex so who even saw me")
    let said = ExploreScript.reflections(step)
    // What they say is met as a thought of theirs, never as news to be sorry about.
    #expect(said.count == 1 && said.allSatisfy { $0.hasPrefix("It sounds like") }, "\(said)")
    #expect(!said.contains { $0.hasPrefix("I'm sorry") }, "\(said)")
  }
}
