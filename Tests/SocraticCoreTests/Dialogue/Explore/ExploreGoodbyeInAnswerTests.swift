import Testing

@testable import SocraticCore

/// A goodbye at the end of an answer ("…, thank you, good night", "thanks, speak soon") closes
/// the session kindly, with no further question.
@Suite("Explore: a goodbye inside an answer")
struct ExploreGoodbyeInAnswerTests {
  @Test(
    "the session closes without another question",
    arguments: [
      "yeah ok that's fair i guess. thank you, good night",
      "mm right, cheers, night night",
      "i'll have a think about it. thanks, speak soon",
      "thanks a lot, have a good evening",
      "thank u so much for this lol",
      "right ok ta ra",
      "yeah fair enough, see ya",
      "ok take care",
      "nah nothing really. anyway gtg im on lates",
      "right ttyl",
    ])
  func closes(answer: String) {
    var script = ExploreScript.questioning("the bypass will ruin the town")
    let step = script.type(answer)
    #expect(ExploreScript.question(step) == nil, "\(ExploreScript.notices(step))")
    #expect(ExploreScript.notices(step).first == ExploreDialogue.leavingNotice)
  }

  @Test(
    "a night told of, or a good evening had, is no goodbye",
    arguments: [
      "we had a good night at the market when it was busy",
      "people have a good evening out in town and spend money",
      "i told my nan to take care",
    ])
  func staysOpen(answer: String) {
    var script = ExploreScript.questioning("the bypass will ruin the town")
    let step = script.type(answer)
    #expect(ExploreScript.question(step) != nil)
  }
}
