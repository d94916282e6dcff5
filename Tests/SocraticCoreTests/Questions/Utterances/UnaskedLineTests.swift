import Testing

@testable import SocraticCore

/// Lines said without "?" that look like questions by a word or two but ask nothing: a line
/// carried on after a dash, a question word or a subject before a pause, a suggestion wrapped
/// in musing; and cues of statements that tell the person something or agree.
@Suite("Lines that ask nothing")
struct UnaskedLineTests {
  let critic = QuestionCritic()

  @Test(
    "a line said without '?' that only looks like a question asks nothing",
    arguments: [
      "-wasn't the best week for it.",
      "-why she left in the first place.",
      "What, I mean, plenty of folks see it the same way.",
      "The thing I keep coming back to, is how hard you've worked.",
      "The plan, is the plan, and the rest is luck.",
    ])
  func asksNothing(text: String) throws {
    let form = try critic.critique(text).form
    #expect(form == .reflection || form == .statement, "\(form)")
  }

  @Test(
    "the same words with '?', or after a lead that sets a scene, still ask",
    arguments: [
      "-wasn't the best week for it?", "If the rent went up, would you move",
      "What, you think it's over?",
    ])
  func stillAsks(text: String) throws {
    let form = try critic.critique(text).form
    #expect(form != .reflection && form != .statement, "\(form)")
  }

  @Test(
    "musing about an act put to the person is advice",
    arguments: [
      "I wonder what it would be like if you cooked at home for a week.",
      "I'm wondering if you could try the stairs instead of the lift.",
    ])
  func proposal(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.advice.explanation])
  }

  @Test("wondering aloud about someone else is not advice")
  func wonderingAboutOthers() throws {
    let critique = try critic.critique("I wonder if your brother knows.")
    #expect(critique.problems != [StatementKind.advice.explanation])
  }

  @Test(
    "a line that tells, agrees or says why the speaker asked is a statement of that kind",
    arguments: [
      (
        "I did want to point out that the limit is lower for men over sixty.",
        StatementKind.information
      ),
      ("Okay, and those things are true.", .agreement),
      ("So that's why I asked about the weekends.", .structuring),
      ("You've done well to keep the diary going.", .affirmation),
      ("You did well not to rise to it.", .affirmation),
      ("I'm proud of you for ringing her.", .affirmation),
    ])
  func statementKind(text: String, kind: StatementKind) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .statement)
    #expect(critique.problems == [kind.explanation])
  }
}
