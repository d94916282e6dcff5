import SocraticCore
import Testing

/// A chain of verbs is one predicate, and a participle before a noun is its adjective: the
/// belief is inverted at the chain's first verb and asked about by its noun phrase subject.
@Suite("Verb chain beliefs")
struct VerbChainBeliefTests {
  let engine = InversionEngine()

  @Test(
    "a participle after a verb chain stays an adjective",
    arguments: [
      ("parents help raise spoiled kids", "parents do not help raise spoiled kids", "parents"),
      (
        "shelters help rehome abandoned dogs tbh", "shelters do not help rehome abandoned dogs",
        "shelters"
      ),
      (
        "vaccines helped save vaccinated kids", "vaccines did not help save vaccinated kids",
        "vaccines"
      ),
    ])
  func participleAfterChain(belief: String, inverted: String, subject: String) throws {
    let analysis = try engine.analyze(belief)
    #expect(analysis.inverted == inverted)
    let questions = engine.questions(for: analysis).map(\.text)
    #expect(questions.contains("What are you taking for granted about \(subject)?"))
  }
}
