import Testing

@testable import SocraticCore

/// The questions answered, counted alike by `--resume` ("Picking up where you left off (…)")
/// and by the end summary ("Answered: …").
@Suite("Answered questions are counted by one rule on resume and in the summary")
struct AnswerTallyTests {
  static let belief = "The park should get more benches."

  @Test(
    "a goodbye the session ended on answers no question, on resume as in the summary",
    arguments: ["right that's me done, ta-ra", "ok im off now, bye"])
  func goodbyeNotCounted(goodbye: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["my nan can't walk the whole loop without a sit"])
    script.type(goodbye)
    let events = script.events
    let summary = SessionSummary(ExploreScript.transcript(events))
    let resumed = ExploreScript(resuming: events, setting: DialogueFixtures.setting())
    #expect(summary.answeredCount == 1)
    #expect(resumed.dialogue.resumedCounts == ["1 question answered"])
  }

  @Test("a question answered, then met with a bare 'ok', is still counted answered at the end")
  func laterNoiseKeepsTheAnswer() {
    let events: [SessionEvent.Payload] = [
      .question(.init(number: 1, kind: .evidence, text: "What tells you so?", source: .engine)),
      .answer(.init(question: 1, text: "the old ones rotted and nobody replaced them")),
      .answer(.init(question: 1, text: "ok")),
    ]
    #expect(SessionSummary(ExploreScript.transcript(events)).answeredCount == 1)
  }
}
