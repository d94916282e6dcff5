import Testing

@testable import SocraticCore

/// A feeling said with what brought it on, after a comma: both are given back, as one
/// sentence, never two spliced with a comma and never the feeling alone.
@Suite("Explore gives back a feeling with its cause")
struct ExploreFeelingAndCauseTests {
  @Test("the cause after a feeling is kept and joined to it")
  func causeKept() {
    var script = ExploreScript.questioning("Clubs should ask members before big changes.")
    var said = ExploreScript.reflections(
      script.type("i felt really let down, the committee sold the pitch without a vote"))
    #expect(
      said.contains { $0.contains("let down that the committee sold the pitch") }, "\(said)")
    script = ExploreScript.questioning("Clubs should ask members before big changes.")
    said = ExploreScript.reflections(
      script.type("honestly im gutted, they scrapped the under 12s without a word"))
    #expect(said.contains { $0.contains("gutted that they scrapped") }, "\(said)")
    #expect(!said.contains { $0.contains(", they scrapped") }, "\(said)")
  }

  @Test("a cause that opens on its own joint keeps it, and a feeling alone stays alone")
  func ownJointAndAlone() {
    var script = ExploreScript.questioning("Clubs should ask members before big changes.")
    var said = ExploreScript.reflections(script.type("i was livid if im honest"))
    #expect(said.contains { $0.contains("livid") }, "\(said)")
    #expect(!said.contains { $0.contains("honest") }, "\(said)")
    script = ExploreScript.questioning("Clubs should ask members before big changes.")
    said = ExploreScript.reflections(
      script.type("im so frustrated, and the treasurer just shrugs it off"))
    #expect(said.contains { $0.contains("frustrated") && $0.contains("treasurer") }, "\(said)")
    #expect(!said.contains { $0.contains("frustrated that and") }, "\(said)")
  }
}
