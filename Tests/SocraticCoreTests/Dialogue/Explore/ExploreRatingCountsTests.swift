import Testing

@testable import SocraticCore

@Suite("Explore: a number that counts things, with a describing word between, is no rating")
struct ExploreRatingCountsTests {
  @Test("a count at the opening prompt is asked about again, not taken as how sure they are")
  func countAtTheOpeningPrompt() {
    var script = ExploreScript()
    script.type(["The landlord wants us out.", "y"])
    let step = script.type("well we've had 3 final notices since march")
    let shown = ExploreScript.notices(step).joined(separator: "\n")
    #expect(shown.contains("Give your confidence as a whole number"), "\(shown)")
    #expect(!shown.contains("3 out of 100"), "\(shown)")
  }

  @Test(
    "one describing word between a number and the things it counts leaves it a count",
    arguments: [
      ("we've had 4 big rows about it", []),
      ("2 late payments, so maybe 65", [65]),
      ("70 pretty much", [70]),
      ("80 honestly", [80]),
    ] as [(String, [Int])])
  func describedCount(line: String, ratings: [Int]) {
    #expect(ConfidenceRating.ratingNumbers(in: line) == ratings)
  }
}
