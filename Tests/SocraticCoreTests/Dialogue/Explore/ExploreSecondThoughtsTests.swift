import Testing

@testable import SocraticCore

/// A thought marked as just had ("come to think of it", "thinking about it") is given back
/// without the mark: it is how they came to it, no part of what they said.
@Suite("Explore gives back a second thought without its mark")
struct ExploreSecondThoughtsTests {
  @Test(
    "the mark of a second thought is left out of the reflection",
    arguments: [
      ("come to think of it the allotment would keep my dad busy", "the allotment would keep"),
      ("thinking about it, the vegetables cost a fortune in the shops", "the vegetables cost"),
    ])
  func markLeftOut(answer: String, given: String) {
    let said = ExploreScript.reflectionAfterLast(
      of: [answer], to: "We should take on an allotment.")
    #expect(said.lowercased().contains(given), "\(said)")
    #expect(!said.lowercased().contains("think"), "\(said)")
  }
}
