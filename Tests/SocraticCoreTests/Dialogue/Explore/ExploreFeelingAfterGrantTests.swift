import Testing

@testable import SocraticCore

/// An answer that grants something on its way to a feeling ("…, which was fair I suppose, but I
/// felt awful"): the feeling is what it turns to, so the next question stays with the feeling
/// rather than weighing the grant against their view.
@Suite("Explore stays with a feeling told after a grant")
struct ExploreFeelingAfterGrantTests {
  @Test(
    "the question after takes up the feeling, not the grant",
    arguments: [
      (
        "Sunday league football has got too aggressive.",
        "the ref sent me off which was fair I suppose, but I felt humiliated"
      ),
      (
        "Sunday league football has got too aggressive.",
        "the linesman flagged me which was right I suppose, but I felt stupid"
      ),
    ] as [(String, String)])
  func staysWithTheFeeling(belief: String, answer: String) {
    var script = ExploreScript.questioning(belief)
    let step = script.type(answer)
    let question = ExploreScript.question(step)?.text ?? ""
    #expect(!question.contains("how much of your view"), "\(question)")
    #expect(!question.hasPrefix("If "), "\(question)")
  }

  @Test("the feeling after the grant is given back as theirs, with its 'you felt'")
  func feelingKeepsItsFrame() {
    var script = ExploreScript.questioning("Theatre tickets are too expensive.")
    let step = script.type(
      "the usher was polite which was nice i guess, but i felt a bit silly not knowing how the seats worked"
    )
    let said = ExploreScript.reflections(step).joined(separator: " ")
    #expect(said.contains("you felt a bit silly"), "\(said)")
  }

  @Test("a clause typed without its apostrophe is never weighed as a value")
  func shorthandClauseIsNoValue() {
    var script = ExploreScript.questioning("School sports days should be scrapped.")
    let step = script.type("its got too serious, thats why")
    let question = ExploreScript.question(step)?.text ?? ""
    #expect(!question.contains("makes its"), "\(question)")
    #expect(ExploreArc.opensOnPossessiveVerb("its got too serious"))
    #expect(!ExploreArc.opensOnPossessiveVerb("their safety"))
  }
}
