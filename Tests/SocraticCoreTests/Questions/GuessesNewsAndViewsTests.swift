import Testing

@testable import SocraticCore

/// A feeling guessed at in a few words checks back; a visit put off is asked about as one; news
/// of someone close is fine closed; the listener's view of a third person and a bill's rise are
/// statements, not reflections.
@Suite("Feeling guesses, put-off visits, news of someone close, views and figures")
struct GuessesNewsAndViewsTests {
  let critic = QuestionCritic()

  @Test(
    "a feeling guessed at with '?' after their words is a complex reflection, not a leading question",
    arguments: [
      ("my manager reads every email i send", "feel watched?"),
      ("nobody at the new job talks to me at lunch", "bit lonely?"),
      ("they all went to the pub and didn't tell me", "feeling a bit left out?"),
      ("the kids have all moved away now", "so a little empty, maybe?"),
    ])
  func feelingGuess(after: String, text: String) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
    #expect(critique.problems.isEmpty)
  }

  @Test("a view put in their mouth after 'feel like' stays leading")
  func viewAfterFeelLike() throws {
    let critique = try critic.critique(
      "feel like she's doing it on purpose?", after: "my sister keeps borrowing my car")
    #expect(critique.form != .reflection)
  }

  @Test(
    "a visit put off is asked about as a visit, not as something to see",
    arguments: [
      (
        "when are you finally going to see a dentist about that tooth?",
        "How are you feeling about seeing a dentist about that tooth?"
      ),
      (
        "when are you finally gonna see someone about your back?",
        "How are you feeling about seeing someone about your back?"
      ),
    ])
  func visitPutOff(text: String, rewrite: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.suggestion == rewrite)
  }

  @Test(
    "news of someone close, done or not, is closed and fine as it is",
    arguments: [
      "did your dad ever hear back from the council?", "has your sister sold the caravan yet?",
      "did your nan get her new glasses?", "has your neighbour fixed that fence yet?",
      "did they get any ribbons at the show?", "has she heard back about the flat?",
    ])
  func newsOfSomeoneClose(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == nil)
    #expect(critique.problems == [QuestionProblem.plainFact.explanation])
  }

  @Test(
    "a view asked of someone close, or of the person themselves, keeps its yes/no fault",
    arguments: [
      "did your dad think the fine was fair?", "did they reckon it was worth it?",
      "are you still cross with him?",
    ])
  func viewOfSomeoneClose(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed)
    #expect(critique.problems == [QuestionProblem.yesNo.explanation])
  }

  @Test(
    "the listener's view of someone in their life, or a figure told with no 'you', is a statement",
    arguments: [
      "i reckon your uncle's having you on",
      "the electric went up by thirty quid a month after christmas",
    ])
  func statement(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .statement)
  }
}
