import Testing

@testable import SocraticCore

/// A habit of reading others that the person sees in themselves ("it makes me take every text
/// as a dig"): taken up as what they notice, never turned into a feeling they did not name.
@Suite("Explore takes up a habit of reading others they see in themselves")
struct ExploreSelfReadingTests {
  @Test("the habit is given back as what they notice, in their words")
  func habitNoticed() {
    var script = ExploreScript.questioning("My sister looks down on me.")
    var said = ExploreScript.reflections(
      script.type("missing her wedding probably makes me take every text she sends as a dig"))
    #expect(
      said.contains { $0.contains("noticing that you take every text she sends as a dig") },
      "\(said)")
    #expect(!said.contains { $0.contains("feeling") }, "\(said)")
    script = ExploreScript.questioning("My sister looks down on me.")
    said = ExploreScript.reflections(script.type("i see her as a snob"))
    #expect(!said.contains { $0.contains("noticing") }, "\(said)")
  }
}
