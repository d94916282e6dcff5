import Testing

@testable import SocraticCore

/// Cue rows that once fired on sentences of another sense: a price called steep, tears of
/// laughter, someone else's dread, a route walked daily, a question declined, "not a question
/// of" naming what the matter is about. None of them is taken up as the moment.
@Suite("Explore cue rows keep to their sense")
struct ExploreCueMisfireTests {
  @Test(
    "a cost, laughter, a want or someone else's dread is no feeling of theirs",
    arguments: [
      ("forty quid is a bit much for a kids haircut", "overwhelmed"),
      ("we were in tears laughing at the school play", "upset"),
      ("we were crying out for a zebra crossing for years", "upset"),
      ("my sister was dreading the move but she likes the flat now", "feeling dread"),
      ("I'm not dreading the exam at all", "feeling dread"),
      ("the stairwell smells of her dog most mornings", "miss"),
      ("I still walk past the bakery on my way to work", "still with you"),
      ("I still sit in it for forty minutes each morning", "still with you"),
    ])
  func noFeelingRead(answer: String, feeling: String) {
    let reflection = ExploreScript.reflectionAfterLast(
      of: ["the town needs it", answer], to: "The bypass should never have been built.")
    #expect(!reflection.contains(feeling), "\(reflection)")
  }

  @Test("declining a question is no apology for going deep")
  func declineIsNoDepthApology() {
    var script = ExploreScript.questioning(
      "Giving up the allotment would be wrong.",
      answers: ["the allotment was the one thing we did together"])
    let step = script.type("sorry, that's quite personal")
    #expect(!ExploreScript.notices(step).contains(ExploreDialogue.depthApologyNotice))
  }

  @Test("\"not a question of\" says what the matter is about, never that the tool misasked")
  func notAQuestionOfIsNoObjection() {
    var script = ExploreScript.questioning(
      "Town centres will be empty in ten years.",
      answers: ["i work saturdays at a card shop and its quiet. folk just order online now"])
    let step = script.type("its not a question of rent, its about parking being a nightmare")
    let shown = (ExploreScript.reflections(step) + ExploreScript.notices(step))
      .joined(separator: " ")
    #expect(!shown.contains("got that wrong"), "\(shown)")
  }

  @Test(
    "a clause that names a thing after \"what\" or \"which\" is no question",
    arguments: [
      "what would settle it for me is a proper survey",
      "what does bother me is the noise at night",
      "which would be fair if the trains ran on time",
    ])
  func namingClauseIsNoQuestion(item: String) {
    #expect(!BeliefMap.isQuestion(item, in: item + "."))
  }

  @Test(
    "a question whose point would not read is given back as no point",
    arguments: [
      "where else does the rubbish go", "where else can the kids play",
      "who says it has to be a supermarket",
    ])
  func pointThatWouldNotRead(question: String) {
    #expect(ReflectionWriter.rhetoricalPoint(question) == nil)
  }

  @Test("a shrug after a why left open is no wavering about their claim")
  func shrugAtAnOpenWhy() {
    let read = AnswerMoveReader.read(
      "the baths closed in june and nobody ever told us why. who knows")
    #expect(!read.isWavering)
  }

  @Test("a hedge typed short keeps a conceded point out of a question")
  func shortHedgeNotQuoted() {
    var read = ReadAnswer()
    read.doubts = ["the other side is prolly the parking"]
    #expect(MomentQuestions.doubtClause(of: read) == nil)
  }
}
