import Testing

@testable import SocraticCore

/// A source taken back, and a word on its author, are neither reflected as a grant nor asked
/// about; a subset of the claim set aside narrows it.
@Suite("Explore hears what is taken back as taken back")
struct ExploreTakeBackHeardTests {
  @Test("'forget what my X said, he talks rubbish to be fair' grants nothing")
  func takeBackGrantsNothing() throws {
    var script = ExploreScript.questioning(
      "Parking wardens are out to get drivers.",
      answers: ["i deliver parcels and i get a ticket most weeks, even when i'm two minutes"])
    let step = script.type("forget what my uncle said, he talks nonsense to be fair")
    let said = ExploreScript.reflections(step).joined(separator: " ")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!said.contains("grant"), "\(said)")
    #expect(!asked.contains("grant") && !asked.contains("nonsense"), "\(asked)")
  }

  @Test("'maybe not the X ones' sets a subset aside: never 'less sure now'")
  func subsetSetAside() {
    let said = ExploreScript.reflectionAfterLast(
      of: ["i pay for the app every month and it still crashes", "well maybe not the paid ones"],
      to: "Phone games are a rip-off.")
    #expect(!said.contains("less sure"), "\(said)")
  }
}
