import Testing

@testable import SocraticCore

/// A value or a fear named with a hedge ("i suppose it's about not being careless", "not
/// ending up alone, i guess"): what matters to them, never a drop in how sure they are nor a
/// point granted.
@Suite("Explore hears a hedged value as a value")
struct ExploreHedgedValueTests {
  @Test(
    "a value said with a hedge is given back as what they said, never as a doubt",
    arguments: [
      (
        "i suppose it's about not being careless with money",
        "it's about not being careless with money"
      ),
      (
        "i guess its mostly about feeling safe at night",
        "it's mostly about feeling safe at night"
      ),
    ])
  func value(line: String, given: String) {
    var script = ExploreScript.questioning("Everyone should learn to drive.")
    let step = script.type(line)
    let reflections = ExploreScript.reflections(step)
    #expect(reflections.count == 1)
    #expect(reflections.first?.hasSuffix(given + ".") == true)
    #expect(script.dialogue.state.map.doubts.isEmpty)
  }

  @Test("a fear named with a hedge after it is no contrast with the hedge")
  func fear() {
    var script = ExploreScript.questioning("Everyone should learn to drive.")
    let step = script.type("not ending up stuck at home, i guess")
    #expect(script.dialogue.state.map.doubts.isEmpty)
    #expect(ExploreScript.question(step)?.text.contains("guess") == false)
  }
}
