import Testing

@testable import SocraticCore

/// What explore gives back first after a feeling said without "I'm", a place still visited
/// for what it held, a push-back at its question, or an apology for going deep: the moment
/// itself, never the next question walked on to.
@Suite("Explore takes up the moment")
struct ExploreTakesUpTheMomentTests {
  @Test(
    "a feeling said without \"I'm\" is the reflection that comes next",
    arguments: [
      ("when i stop feeling guilty about the bins lol", "guilty"),
      ("honestly dreading the day the lease runs out", "dread"),
      ("the two of us in tears at the gate lol", "upset"),
      ("ugh thats a bit heavy for a wednesday", "overwhelmed"),
      ("i feel like a traitor even saying it", "guilty"),
    ])
  func feelingReflectedFirst(answer: String, feeling: String) {
    let reflection = ExploreScript.reflectionAfterLast(
      of: ["the allotment was the one thing we did together", answer],
      to: "Giving up the allotment would be wrong.")
    #expect(reflection.contains(feeling), "\(reflection)")
  }

  @Test(
    "a place still visited, or a smell that still holds someone, is owned as missing",
    arguments: [
      ("I still drive past the old ground on a Saturday. Flats now.", "still with you"),
      ("his coat still smells of him", "you still miss him"),
    ])
  func stillVisitedOwned(answer: String, shown: String) {
    let reflection = ExploreScript.reflectionAfterLast(
      of: [answer], to: "Selling the season tickets would be wrong.")
    #expect(reflection.contains(shown), "\(reflection)")
  }

  @Test(
    "a push-back at the question is repaired, never given back as their view",
    arguments: [
      "you kind of asked that already", "thats not really a question tbh",
      "that isnt really a question",
    ])
  func pushBackRepaired(reply: String) {
    var script = ExploreScript.questioning(
      "Town centres will be empty in ten years.",
      answers: ["i work saturdays at a card shop and its quiet. folk just order online now"])
    let step = script.type(reply)
    #expect(ExploreScript.reflections(step).isEmpty, "\(ExploreScript.reflections(step))")
    let notices = ExploreScript.notices(step)
    #expect(notices.contains { $0.hasPrefix("Sorry") || $0.hasPrefix("I did") }, "\(notices)")
  }

  @Test(
    "an apology for going deep is met with deep being welcome",
    arguments: [
      "sorry this got deep", "sorry, that got a bit heavy", "sorry for getting so personal",
    ])
  func deepIsWelcome(reply: String) {
    var script = ExploreScript.questioning(
      "Giving up the allotment would be wrong.",
      answers: ["the allotment was the one thing we did together"])
    let step = script.type("its where we scattered him really. " + reply)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.depthApologyNotice))
  }

  @Test("a question asked to make a point is never pasted after \"that\"")
  func rhetoricalQuestionNotPasted() {
    var script = ExploreScript.questioning("Once the library closes a town has lost its heart.")
    let step = script.type("Well where else do the teenagers hang out. The rec shut last year.")
    let shown = (ExploreScript.reflections(step) + script.questions.map(\.text))
      .joined(separator: " ")
    #expect(!shown.isEmpty)
    #expect(!shown.contains("that where"), "\(shown)")
    #expect(
      BeliefMap.isQuestion(
        "where else do the teenagers hang out",
        in: "Well where else do the teenagers hang out. The rec shut last year."))
  }

  @Test(
    "the point of a question asked without a question mark is given back in plain words",
    arguments: [
      ("where else do the teenagers hang out", "there's nowhere else the teenagers hang out"),
      ("who even uses the tip anymore", "you doubt anyone uses the tip anymore"),
    ])
  func rhetoricalPoint(question: String, point: String) {
    #expect(ReflectionWriter.rhetoricalPoint(question) == point)
  }

  @Test("a conceded point with a hedge inside is never quoted into a question")
  func hedgedPointNotQuoted() {
    var read = ReadAnswer()
    read.doubts = ["the other side is probably the noise"]
    #expect(MomentQuestions.doubtClause(of: read) == nil)
    read.doubts = ["the other side is the noise"]
    #expect(MomentQuestions.doubtClause(of: read) != nil)
  }

  @Test("a bare contracted have before a possessive does not read as a sentence")
  func bareHaveDoesNotRead() {
    #expect(!ReflectionCheck.reads(Tokenizer.tokenize("you've your hip")))
    #expect(ReflectionCheck.reads(Tokenizer.tokenize("you've got a bad hip")))
  }

  @Test("leaving with a plan and word of seldom being asked: both taken up before the thanks")
  func leavingTakesUpPlanAndBeingHeard() {
    var script = ExploreScript.questioning(
      "Once the post office shuts a village is finished.",
      answers: ["the bank went years ago and the bus is twice a week"])
    let step = script.type(
      "I'll ring the parish council about it on monday. Thanks for listening, its been a long time since anyone asked me"
    )
    let reflections = ExploreScript.reflections(step)
    #expect(reflections.contains { $0.contains("ring the parish council") }, "\(reflections)")
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.heardNotice))
  }
}

/// A plan said as a last word, led in by "only that", is given back as they leave.
@Suite("Explore hears a plan on the way out")
struct ExplorePlanOnTheWayOutTests {
  @Test("a plan led in by \"only that\" is given back before the thanks")
  func planAfterOnlyThat() {
    var script = ExploreScript.questioning(
      "Once the post office shuts a village is finished.",
      answers: ["the bank went years ago and the bus is twice a week"])
    let step = script.type(
      "Only that I'll ring the parish council on monday. Thanks for listening")
    let reflections = ExploreScript.reflections(step)
    #expect(reflections.contains { $0.contains("ring the parish council") }, "\(reflections)")
  }
}

/// What explore does when a point comes with a loss or trails off in a shrug.
@Suite("Explore stays with a loss and a shrug")
struct ExploreLossAndShrugTests {
  @Test("a loss told beside a point granted is owned, and the next question never debates it")
  func lossBeforeGrant() throws {
    var script = ExploreScript.questioning("A proper bonfire night needs a real bonfire.")
    let step = script.type(
      "still bonfire. but i guess its not the FIRE is it. its him. he died the autumn after")
    let question = try #require(ExploreScript.question(step)?.text)
    #expect(ExploreScript.reflections(step).contains { $0.contains("sorry") })
    #expect(!question.contains("FIRE"), "\(question)")
    #expect(!question.contains("still stands"), "\(question)")
  }

  @Test("a shrug that closes an answer after its point is read as a wavering")
  func closingShrugWavers() {
    let read = AnswerMoveReader.read(
      "folk go to the library for the wifi, not the books. well some do. oh i dont know")
    #expect(read.isWavering)
  }
}
