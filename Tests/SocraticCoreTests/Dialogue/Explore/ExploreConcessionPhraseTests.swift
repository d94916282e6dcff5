import Testing

@testable import SocraticCore

/// A concession phrase whose first word could open any sentence ("then again") is left out of
/// what is granted as a whole, never in half.
@Suite("Explore concession phrase left out whole")
struct ExploreConcessionPhraseTests {
  @Test(
    "what 'then again' grants is given back without 'again'",
    arguments: [
      ("then again hes away most weekends", "grant that he's away most weekends"),
      ("then again, the bills did drop in summer", "grant that the bills did drop in summer"),
    ])
  func grantedWhole(line: String, granted: String) {
    var script = ExploreScript.questioning(
      "My flatmate should pay more of the bills.",
      answers: ["hes home all day with the heating on"])
    let reflections = ExploreScript.reflections(script.type(line))
    #expect(reflections.contains { $0.contains(granted) }, "\(reflections)")
  }
}
