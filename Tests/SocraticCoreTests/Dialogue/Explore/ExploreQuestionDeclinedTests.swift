import Testing

@testable import SocraticCore

/// "I'd rather not talk about that" declines the question just asked, never the session: it is
/// let be, and a question of another family follows.
@Suite("Explore: a question declined is let be, and the session goes on")
struct ExploreQuestionDeclinedTests {
  @Test(
    "the decline is acknowledged and a question of another family is asked",
    arguments: [
      "id rather not talk about that",
      "sorry, i'd rather not go into that",
      "i dont want to talk about that",
      "can we skip that one",
      "ill pass on that",
    ])
  func letBe(answer: String) {
    var script = ExploreScript.questioning(
      "the swimming baths should get the lottery money",
      answers: ["half the school cant swim a length and the nearest pool is two buses away"])
    let asked = script.questions.last
    let step = script.type(answer)
    #expect(ExploreScript.notices(step) == ["Of course \u{2014} we can leave that."])
    let next = ExploreScript.question(step)
    #expect(next != nil)
    #expect(next.map { QuestionIntent(of: $0.text) } != asked.map { QuestionIntent(of: $0.text) })
  }

  @Test(
    "after a loss told, the question about it is declined and the talk goes back to the view",
    arguments: ["i'd rather not talk about that", "i'd prefer not to say"])
  func afterALoss(answer: String) {
    var script = ExploreScript.questioning(
      "the swimming baths should get the lottery money",
      answers: ["my grandad taught me to swim there, he died in the spring"])
    let step = script.type(answer)
    #expect(ExploreScript.notices(step) == ["Of course \u{2014} we can leave that."])
    #expect(ExploreScript.question(step) != nil)
  }

  @Test(
    "wanting the talk itself to stop still closes it",
    arguments: ["i dont want to talk about this anymore", "i'd rather not do this"])
  func stopsTheTalk(answer: String) {
    var script = ExploreScript.questioning("the swimming baths should get the lottery money")
    let step = script.type(answer)
    #expect(ExploreScript.question(step) == nil)
    #expect(ExploreScript.notices(step).first == ExploreDialogue.leavingNotice)
  }
}
