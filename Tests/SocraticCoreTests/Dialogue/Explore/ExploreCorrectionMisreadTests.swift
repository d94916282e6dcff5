import Testing

@testable import SocraticCore

/// Only a phrase said in place of what was heard is a correction: puzzlement gets the question
/// put another way, a shrug on to the next thing is owned and gone on from, and a feeling they
/// turn down leaves the map.
@Suite("Explore: puzzlement and a shrug are no correction; a feeling turned down leaves the map")
struct ExploreCorrectionMisreadTests {
  @Test("a question that puzzled them is put another way, never owned as a miss")
  func puzzlementPutAnotherWay() {
    var script = ExploreScript.questioning(
      "the library should open on sundays", answers: ["students need somewhere quiet to revise"])
    let step = script.type("that doesnt make sense to me pet. meaning what?")
    let said = ExploreScript.reflections(step) + ExploreScript.notices(step)
    #expect(said.allSatisfy { !$0.contains("had that wrong") && !$0.contains("got that wrong") })
    #expect(said.allSatisfy { !$0.contains("to you pet") && !$0.contains("meaning what") })
    #expect(said.contains(ExploreDialogue.unclearNotice), "\(said)")
    #expect(ExploreScript.question(step) != nil)
  }

  @Test(
    "a miss denied with a shrug on is owned once and the talk goes on, nothing given back",
    arguments: ["hang on, i never said that. anyway.", "huh?? i never said that. anyway."])
  func denialThenMovingOn(reply: String) {
    var script = ExploreScript.questioning(
      "the library should open on sundays",
      answers: ["students need somewhere quiet to revise", "my niece does her homework there"])
    let step = script.type(reply)
    let said = ExploreScript.reflections(step) + ExploreScript.notices(step)
    #expect(said.allSatisfy { !$0.contains("anyway") }, "\(said)")
    #expect(said.filter { $0.hasPrefix("Sorry") } == ["Sorry, I got that wrong."], "\(said)")
    #expect(ExploreScript.question(step).map(\.text) != CorrectionReply.whatWasMissed)
    #expect(ExploreScript.question(step) != nil)
  }

  @Test("what follows a correction is what they meant only when it states something")
  func restatementStatesSomething() {
    #expect(TurnRequest.restatement(in: "that makes no sense to me duck. meaning what?") == nil)
    #expect(TurnRequest.restatement(in: "i didnt say that. whatever.") == nil)
    #expect(
      TurnRequest.restatement(in: "thats not what i said. the parking is the problem")
        == "the parking is the problem")
  }

  @Test("a feeling phrase they say they do not have leaves the map")
  func deniedFeelingPhraseLeaves() {
    var map = BeliefMap(claim: "the library should open on sundays")
    map.feelings = ["let down", "sad"]
    map.dropCorrectedFeelings(in: "im not let down, just a bit sad about it")
    #expect(map.feelings == ["sad"])
  }
}
