import Testing

@testable import SocraticCore

/// A belief of two claims joined by "and", each with its own subject, is false when either
/// is: both are denied, joined by "or", never the first alone.
@Suite("Negator denies both of two joined clauses")
struct NegatorClausesTests {
  @Test(
    "two clauses of their own subjects joined by 'and' are each denied, joined by 'or'",
    arguments: [
      (
        "gyms are a total con and everyone should just run outside",
        "gyms are not a total con or not everyone should just run outside"
      ),
      (
        "school uniforms are pointless and parents hate buying them",
        "school uniforms are not pointless or parents do not hate buying them"
      ),
      (
        "the trains are always late and nobody at the council cares",
        "the trains are not always late or somebody at the council cares"
      ),
    ])
  func joinedClauses(claim: String, denied: String) {
    #expect(Negator.contradiction(of: claim) == denied)
  }

  @Test(
    "'and' inside one clause's predicate or subject is no second clause",
    arguments: [
      ("cats and dogs are good company", "cats and dogs are not good company"),
      ("bikes are cheap and easy to fix", "bikes are not cheap and easy to fix"),
      // A clause that only comments on the first is no second claim.
      ("vaping is harmless and everyone knows it", "vaping is not harmless and everyone knows it"),
    ])
  func oneClause(claim: String, denied: String) {
    #expect(Negator.contradiction(of: claim) == denied)
  }

  @Test("the belief's 'why not' question asks about both halves, whole")
  func whyNotAsksWhole() throws {
    let analysis = try InversionEngine().analyze(
      "honestly takeaways are a rip off and everybody ought to cook lol")
    #expect(analysis.inverted == "takeaways are not a rip off or not everybody ought to cook")
    let first = InversionEngine().questions(for: analysis).first?.text
    #expect(
      first == "Why might it be that takeaways are not a rip off or not everybody ought to cook?")
  }
}
