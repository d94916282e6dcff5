import Testing

@testable import SocraticCore

/// Explore's next question fits what was just said, and a rating said of the belief beside one
/// said of another point is the one kept.
@Suite("Explore: the next question fits, and the belief's own rating is kept")
struct ExploreQuestionFitTests {
  @Test(
    "to the re-rating, a number for the belief beside one for a side point: the belief's is kept",
    arguments: [
      (
        "cameras making roads safer? idk, 40 now. tired drivers being the real problem, 85 on that",
        40
      ),
      (
        "safer roads from the cameras themselves, maybe 30. that lorries cause most of it, like 90",
        30
      ),
    ])
  func beliefRatingBesideAPoint(line: String, value: Int) {
    var script = ExploreClosingWordTests.atRerate(
      "Speed cameras make roads safer", answer: "my cousin got flashed twice on the a road lol")
    let step = script.type(line)
    let given = ExploreScript.reflections(step).joined(separator: " ")
    #expect(given.contains("So that leaves you at \(value) now."), "\(given)")
    #expect(!given.contains("85") && !given.contains("90"), "\(given)")
    #expect(script.dialogue.state.map.confidence == value)
  }

  @Test(
    "a feeling said after what it is about is not asked about as if its cause were untold",
    arguments: [
      "took me 50 mins to get across town yesterday when it used to be 20. makes me furious tbh",
      "the delivery vans have nowhere to stop now so they block the side streets. im so angry",
    ])
  func feelingAfterItsCause(line: String) {
    var script = ExploreScript.questioning("Bus lanes make traffic worse.")
    let asked = ExploreScript.question(script.type(line))?.text ?? ""
    #expect(!asked.hasPrefix("What leaves you feeling"), "\(asked)")
  }

  @Test(
    "a change of mind they would come to by being shown is never asked how they would find out",
    arguments: [
      "if someone showed me the accident numbers actually went down id change my mind",
      "idk, if i saw proper figures that crashes dropped after they went in, i'd rethink it",
    ])
  func shownIsFoundOut(line: String) {
    var script = ExploreScript.questioning("Speed cameras are just a money grab.")
    let asked = ExploreScript.question(script.type(line))?.text ?? ""
    #expect(!asked.contains("how would you find out"), "\(asked)")
    #expect(!asked.contains("what would you look for first"), "\(asked)")
  }
}

extension ExploreQuestionFitTests {
  @Test(
    "a feeling whose clause does not follow it is asked about",
    arguments: ["im just so upset i want to shout", "im so stressed i want to cry"])
  func feelingWithoutItsCause(line: String) {
    var script = ExploreScript.questioning("Bus lanes make traffic worse.")
    let asked = ExploreScript.question(script.type(line))?.text ?? ""
    #expect(asked.hasPrefix("What leaves you feeling"), "\(asked)")
  }
}

extension ExploreQuestionFitTests {
  @Test(
    "a survey or a report of theirs is a source, never something that happened to them",
    arguments: [
      "our last poll had most members in favour",
      "my survey at work found nobody wanted the old rota back",
    ])
  func sourceIsNoEvent(reason: String) {
    let asked = AnswerFollowUp.livedReasonWordings(
      reason: reason, claim: "allotment plots should be split in half")
    #expect(!asked.contains { $0.contains("what happened to") }, "\(asked)")
  }

  @Test(
    "what they could do to check is never held against their view as a contradiction",
    arguments: [
      "i suppose i could look at the council figures myself",
      "i might ask my sister, she works in planning",
    ])
  func stepToCheckPullsOnNothing(point: String) {
    #expect(!ExploreArc.pullsAgainst(point))
  }

}

extension ExploreQuestionFitTests {
  @Test(
    "someone they quote and already sided with is not asked about as if they had not said",
    arguments: [
      "my brother swears by his, says he saves loads on fuel. hes probably right about the fuel tbh",
      "my wife uses hers every week for the coffee. she has a point, the free coffees add up",
    ])
  func sidedWithAlready(line: String) {
    var script = ExploreScript.questioning("Loyalty cards are a rip off.")
    let asked = ExploreScript.question(script.type(line))?.text ?? ""
    #expect(!asked.contains("What do you make of how"), "\(asked)")
    #expect(!asked.contains("see it the same way"), "\(asked)")
  }
}
