import Testing

@testable import SocraticCore

/// What a turn says is read for what it is: a feeling told is no request to drop feelings, a
/// distinction drawn is no repeat, a tag at the end is no part of what is given back.
@Suite("Explore: a turn read for what it says")
struct ExploreReadsTheTurnTests {
  @Test(
    "a feeling told with 'not feeling like' or 'stop feeling' is no request to leave feelings out",
    arguments: [
      "because i want a slower pace and not feeling like a fraud every monday",
      "mostly i want to stop feeling so guilty about the rent",
    ])
  func feelingToldIsNoDecline(line: String) {
    var script = ExploreScript.questioning("I should move to the coast.")
    let step = script.type(line)
    #expect(
      !ExploreScript.notices(step).contains(ExploreDialogue.noFeelingsNotice),
      "\(ExploreScript.notices(step))")
  }

  @Test("a request to leave feelings out is still heard as one")
  func requestStillDeclines() {
    var script = ExploreScript.questioning("I should move to the coast.")
    script.type("the rent is half what i pay now")
    let step = script.type("lets not do the feeling stuff")
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.noFeelingsNotice))
  }

  @Test("'same as before' with a new distinction drawn is not met as a repeat")
  func distinctionIsNoRepeat() {
    var script = ExploreScript.questioning("Cycling to work is the right choice for me.")
    script.type("it saves money and its cheap")
    let step = script.type("Same as before honestly. Its cheap. Cheap isnt the same as good is it")
    #expect(
      !ExploreScript.reflections(step).contains { $0.hasPrefix(ExploreDialogue.repeatOwned) },
      "\(ExploreScript.reflections(step))")
  }

  @Test("a speaker's tag at the end ('am i') is left off what is given back")
  func speakersTagLeftOff() {
    var script = ExploreScript.questioning("I should give up the allotment.")
    let step = script.type(
      "the weeds are everywhere and im not exactly keeping on top of it either am i")
    let reflections = ExploreScript.reflections(step)
    #expect(!reflections.isEmpty)
    #expect(
      !reflections.contains { $0.contains("am you") || $0.contains("am i") }, "\(reflections)")
  }

  @Test(
    "a piece of a sentence is never pasted as a value to weigh",
    arguments: ["but the sugar thing", "so the kids", "the rent and", "of his homework"])
  func pieceIsNoPhrase(piece: String) {
    #expect(!QuestionSlot.isWholePhrase(piece))
  }

  @Test(
    "a whole phrase may be pasted as a value to weigh",
    arguments: ["fairness", "the quiet evenings", "looking after them"])
  func wholePhrase(phrase: String) {
    #expect(QuestionSlot.isWholePhrase(phrase))
  }
}
