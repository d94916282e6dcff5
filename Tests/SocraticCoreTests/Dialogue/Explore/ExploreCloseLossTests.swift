import Testing

@testable import SocraticCore

/// A death is consoled only when it is of someone close: a neighbour's death told in passing is
/// given back as they said it, and no one who died is asked how they would tell it.
@Suite("Explore consoles only a loss of someone close")
struct ExploreCloseLossTests {
  @Test(
    "a neighbour's death told in passing gets no condolence",
    arguments: [
      "our neighbour passed away in the spring and her flat sat empty till autumn",
      "my neighbor died in march and the landlord just boarded the place up",
    ])
  func noCondolenceForANeighbour(answer: String) {
    var script = ExploreScript.questioning(
      "Empty homes should be taxed", answers: ["too many sit empty round here"])
    let step = script.type(answer)
    let reflections = ExploreScript.reflections(step)
    #expect(!reflections.contains { $0.contains("sorry") }, "\(reflections)")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!asked.contains("would tell what happened"), "\(asked)")
  }

  @Test("a change of work told with 'since she went' is no death")
  func wentIsNoDeath() {
    var script = ExploreScript.questioning(
      "my sister should pay more of the gas", answers: ["she uses most of it"])
    let step = script.type("the bill went up by half since she went part time, its obvious")
    let reflections = ExploreScript.reflections(step)
    #expect(!reflections.contains { $0.contains("sorry") }, "\(reflections)")
  }
}

/// A recap names what a reason's "it" points at in the belief, never the belief's verb with it.
@Suite("Explore recaps a reason with its referent")
struct ExploreRecapReferentTests {
  @Test("a reason's 'it' is put back as what a modal's verb acts on")
  func withReferentAfterAModal() {
    let text = ReflectionWriter.withReferent(
      "it needs a new clutch every winter", toldAfter: "you should scrap the old car")
    #expect(text == "the old car needs a new clutch every winter")
  }
}
