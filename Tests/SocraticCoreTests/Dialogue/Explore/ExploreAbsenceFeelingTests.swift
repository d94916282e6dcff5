import Testing

@testable import SocraticCore

/// An absence felt at an occasion, told in passing as a fact: the first one without someone,
/// having to step away from it. The next move takes it up: the feeling is named, and no
/// question weighs the view or reaches for the arc's next stage.
@Suite("Explore takes up an absence felt at an occasion")
struct ExploreAbsenceFeelingTests {
  private static let belief = "every town should keep its bonfire night going"
  private static let before = ["it gets the whole estate out in one place, even the old boys"]

  @Test(
    "the first time without someone, or stepping away from it, is named as a feeling",
    arguments: [
      (
        "my grandad always lit it and last year was the first one without him. still went tho",
        "hard without him"
      ),
      (
        "its the first year we've done it without my uncle, he did the guy every year",
        "hard without your uncle"
      ),
      (
        "yeah its important. i had to go and sit in the car for a bit when they let the rockets off",
        "too much"
      ),
      ("honestly i had to step outside for a minute during the speeches lol", "too much"),
    ])
  func named(answer: String, feeling: String) {
    let said = ExploreScript.reflectionAfterLast(of: Self.before + [answer], to: Self.belief)
    #expect(said.hasPrefix("It sounds like") && said.contains(feeling), "\(said)")
  }

  @Test("the question after it stays with them and weighs nothing")
  func questionStays() {
    var script = ExploreScript.questioning(Self.belief, answers: Self.before)
    let step = script.type(
      "my nan did the toffee apples for years and this was the first bonfire without her")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(
      !QuestionIntent.purposes(of: asked).contains { ExploreArc.weighingFamilies.contains($0) },
      "\(asked)")
    #expect(
      ![QuestionKind.evidence, .viewpoints, .inversion].contains(
        ExploreScript.question(step)?.kind ?? .meta), "\(asked)")
  }

  @Test(
    "the first of a thing without a thing is no one missed",
    arguments: [
      "first winter without a car and honestly the buses are fine",
      "its the first year without the fireworks ban so its loud",
    ])
  func noOneMissed(answer: String) {
    let said = ExploreScript.reflectionAfterLast(of: Self.before + [answer], to: Self.belief)
    #expect(!said.contains("hard without"), "\(said)")
  }

  @Test(
    "someone lost in their care, or sitting it out alone for an hour, is owned before anything is asked",
    arguments: [
      "we lost a little lad on the ward last week and nobody said a word to us after",
      "i just sat in the car for half an hour after the gala, couldnt face going in",
    ])
  func lossAtWorkOwned(answer: String) {
    let said = ExploreScript.reflectionAfterLast(of: Self.before + [answer], to: Self.belief)
    #expect(!said.hasPrefix("You're saying"), "\(said)")
    #expect(said.contains("sorry") || said.hasPrefix("It sounds like"), "\(said)")
  }

  @Test("a match or a game lost is no one lost")
  func matchLost() {
    let said = ExploreScript.reflectionAfterLast(
      of: Self.before + ["we lost the match last week but the bonfire after was class"],
      to: Self.belief)
    #expect(!said.contains("sorry"), "\(said)")
  }
}
