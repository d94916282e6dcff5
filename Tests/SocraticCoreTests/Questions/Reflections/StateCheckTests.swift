import Testing

@testable import SocraticCore

/// A reading of the person's state put with a question mark ("so you're less sure now?") asks
/// them to confirm or put it right: closed and fine, or a reflection when it gives their words
/// back. A view or feeling said for them, a denial, a pressed act or a verdict stays leading.
@Suite("Checks that read the person's state back")
struct StateCheckTests {
  let critic = QuestionCritic()

  @Test(
    "a state or a weighing read back with a question mark is a check, fine as it is",
    arguments: [
      "so you're not as certain about the funding side?",
      "so you're a bit torn now?",
      "ok so it's more the way the club told people than the fee itself?",
      "you're less keen on the second half of the plan?",
    ])
  func stateReadBack(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .closed, "\(critique.form)")
    #expect(critique.problems == [QuestionProblem.readingCheck.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "a view said for them, a denial, a pressed act or a verdict with a question mark still leads",
    arguments: [
      "so you're saying the vicar is a fraud?",
      "so you don't care about the kids?",
      "so you're moving out then?",
      "so it's a con?",
    ])
  func stillLeads(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading, "\(critique.form)")
  }

  @Test("checked against their words, a state read back in them is a reflection")
  func checkedAgainstTheirWords() throws {
    let heard = try critic.critique(
      "so you're less sure about the money side?",
      after: "I'm less sure about the money side, if I'm honest")
    #expect(heard.form == .reflection, "\(heard.form)")
    let beyond = try critic.critique(
      "so you're less sure about the money side?", after: "the new timetable is a bit odd")
    #expect(beyond.form == .closed, "\(beyond.form)")
  }

  @Test(
    "a caricature offered with a check leads, unless it is their own sweep given back",
    arguments: [
      ("so every cyclist is a menace, is that what you're saying?", nil, true),
      ("so you reckon the whole council is useless, is that right?", nil, true),
      (
        "so every cyclist is a menace, is that what you're saying?",
        "honestly every cyclist round here is a menace", false
      ),
    ] as [(String, String?, Bool)])
  func caricatureChecked(line: String, after: String?, leads: Bool) throws {
    let critique = try critic.critique(line, after: after)
    #expect((critique.form == .leading) == leads, "\(critique.form)")
    if leads { #expect(critique.suggestion == "How would you put that in your own words?") }
  }
}
