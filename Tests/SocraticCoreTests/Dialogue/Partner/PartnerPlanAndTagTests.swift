import Testing

@testable import SocraticCore

/// A claim whose subject is said only in its tag has that subject, and a plan of theirs said
/// before a view leads in to the view: neither the tag nor "I've decided" is ever the belief.
@Suite("Partner takes the belief from a tag's subject and from the view behind a plan")
struct PartnerPlanAndTagTests {
  /// An opening line, the belief the recap shows, and words no suggestion or inversion holds.
  struct Opening: Sendable, CustomTestStringConvertible {
    let line: String
    let belief: String
    let neverShown: String
    let testDescription: String
  }

  @Test(
    "the belief is the claim the tag or the plan stands for",
    arguments: [
      Opening(
        line: "never paid off did it. that bypass was a waste from day one, the traffic is worse",
        belief: "it never paid off", neverShown: "did it",
        testDescription: "a claim with its subject in the tag"),
      Opening(
        line: "total fixes weren't they, them talent shows. the judges pick the winners beforehand",
        belief: "they were total fixes", neverShown: "weren't they",
        testDescription: "a claim with 'be' in the tag and a spliced tail"),
      Opening(
        line: "we've decided. dishwashers are a con, we're washing up by hand from now on",
        belief: "dishwashers are a con", neverShown: "decided",
        testDescription: "a decision said before the view"),
      Opening(
        line:
          "we're not going to the wedding. honestly i dont think big weddings are worth the debt, "
          + "people pay them off for years",
        belief: "honestly i dont think big weddings are worth the debt",
        neverShown: "going to the wedding",
        testDescription: "a plan said before the view, the view framed by 'I don't think'"),
    ])
  func belief(opening: Opening) {
    var script = partnerScript()
    let step = script.type(opening.line)
    let said = script.events.compactMap { event -> SessionEvent.TheySaid? in
      if case .theySaid(let value) = event { return value }
      return nil
    }
    #expect(said.first?.statedBelief == opening.belief)
    let inverted = said.first?.inverted ?? ""
    #expect(!inverted.contains(opening.neverShown), "\(inverted)")
    let shown = step.suggestions.map(\.text)
    #expect(!shown.isEmpty)
    #expect(!shown.contains { $0.lowercased().contains(opening.neverShown) }, "\(shown)")
  }

  @Test("a subject of its own before the tag stays, and the tag goes from the belief shown")
  func subjectBeforeTheTag() {
    var script = partnerScript()
    script.type("the buses got worse didn't they, the number 9 especially")
    let said = script.events.compactMap { event -> SessionEvent.TheySaid? in
      if case .theySaid(let value) = event { return value }
      return nil
    }
    #expect(said.first?.statedBelief == "the buses got worse, the number 9 especially")
  }
}
