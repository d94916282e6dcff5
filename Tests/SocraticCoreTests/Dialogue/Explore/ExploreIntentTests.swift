import Testing

@testable import SocraticCore

@Suite("Explore asks what would change their mind once, in whatever wording")
struct ExploreIntentTests {
  @Test(
    "after one question on what would change their mind, others in other words count as asked",
    arguments: [
      "What would you need to see to think that wages are not falling?",
      "What would change your mind about this, and how likely are you to come across it?",
    ])
  func changeOfMindAskedOnce(other: String) {
    var script = ExploreScript()
    script.type(["Immigration is driving down wages.", "y", "80"])
    #expect(!script.dialogue.isAsked(other))
    let asked = SessionEvent.QuestionAsked(
      number: script.questions.count + 1, kind: .evidence,
      text: "What evidence would it take to change your mind?", source: .engine)
    let resumed = ExploreScript(
      resuming: script.events + [.question(asked)], setting: DialogueFixtures.setting())
    #expect(resumed.dialogue.isAsked(other))
    #expect(!resumed.dialogue.isAsked("When did you first come to see it this way?"))
  }
}
