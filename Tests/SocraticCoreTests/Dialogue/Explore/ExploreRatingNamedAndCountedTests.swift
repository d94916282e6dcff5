import Testing

@testable import SocraticCore

/// A rating named as theirs in passing ("my number now is 75"), a repeat complained of with a
/// word after it, and short answers that still answer: what the person sees, and what the end
/// counts.
@Suite("Explore: a rating named in passing, a repeat owned, short answers counted")
struct ExploreRatingNamedAndCountedTests {
  static let belief = "Our street should get speed bumps."

  @Test(
    "a rating named as theirs, said alone, is their confidence now, given back once",
    arguments: [("my number now is 65", 65), ("put me at like 55", 55), ("my rating's 45 now", 45)])
  func namedRating(line: String, value: Int) {
    var script = ExploreScript.questioning(Self.belief, answers: ["the vans fly down it at night"])
    let step = script.type(line)
    #expect(ExploreScript.reflections(step) == ["So you're at \(value) now, down from 70."])
    #expect(script.dialogue.state.map.confidence == value)
  }

  @Test(
    "a score of something else is no rating: the close asks afresh, with no number offered",
    arguments: [
      "my score's 85, and they still turned me down", "my score is 90 now and the bank said no",
    ])
  func scoreIsNoRating(line: String) {
    var script = ExploreScript.questioning(
      "Credit checks are unfair to young people.", answers: ["my sister got refused at 19"])
    script.type(line)
    #expect(script.dialogue.state.map.confidence == 70)
    #expect(
      ExploreScript.notices(script.type("/quit")).contains(
        "How confident are you now that credit checks are unfair to young people, from 0 to 100? "
          + "/skip leaves it unrated."))
  }

  @Test("the close offers a rating said in passing back with the belief it rates")
  func offeredWithTheBelief() {
    var script = ExploreScript.questioning(Self.belief, answers: ["the vans fly down it at night"])
    script.type(["my number now is 65", "the school run is the worst of it"])
    let step = script.type("/quit")
    #expect(
      ExploreScript.notices(step).contains(
        "You said 65 a moment ago for how sure you are that our street should get speed bumps. "
          + "Still 65? Say yes, or give a new number from 0 to 100; /skip leaves it unrated."))
  }

  @Test("a repeat complained of with a word trailing it is owned as a repeat")
  func repeatWithTrailingWord() {
    var script = ExploreScript.questioning(Self.belief, answers: ["the vans fly down it at night"])
    let step = script.type("you asked that already basically")
    #expect(ExploreScript.notices(step).contains(ExploreRepeatComplaintTests.repeatOwned))
  }

  @Test("short answers that name something are counted as answered, alike at the end and on resume")
  func shortAnswersCounted() {
    let script = ExploreScript.questioning(
      Self.belief, answers: ["the vans fly down it at night", "not much", "the school run"])
    let summary = SessionSummary(ExploreScript.transcript(script.events))
    #expect(summary.answeredCount == 3)
    #expect(script.dialogue.state.answeredCount == 3)
    #expect(script.dialogue.resumedCounts == ["3 questions answered"])
  }
}
