import Testing

@testable import SocraticCore

/// A concession that narrows the claim to a part ("ok fine, it's not all of them, it's the
/// two …"): the part they mean is given back with what they set aside, at the moment.
@Suite("Explore takes up a narrowing they grant")
struct ExploreNarrowingTakenUpTests {
  @Test("the part they narrow to is given back before the whole they set aside")
  func narrowedPart() {
    var script = ExploreScript.questioning("The neighbours are inconsiderate.")
    _ = script.type("they leave bins out all week")
    var said = ExploreScript.reflections(
      script.type("ok fine its not all of them, its the couple at 14 i mean"))
    #expect(
      said.contains { $0.contains("the couple at 14") && $0.contains("not all of them") },
      "\(said)")
    script = ExploreScript.questioning("The neighbours are inconsiderate.")
    _ = script.type("they leave bins out all week")
    said = ExploreScript.reflections(
      script.type("alright its not every house, its the lad on the corner i argue with"))
    #expect(
      said.contains { $0.contains("the lad on the corner you argue with, not every house") },
      "\(said)")
  }
}
