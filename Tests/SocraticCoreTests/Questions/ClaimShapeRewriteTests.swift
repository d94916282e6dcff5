import Testing

@testable import SocraticCore

/// A yes/no claim is rewritten by what kind of claim it is, not wrapped in one frame; a plain
/// fact about one particular thing gets no rewrite at all.
@Suite("Claims get a rewrite of their own shape, or none")
struct ClaimShapeRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "a quality by its degree, a worth to them, an effect by what it does, a view by their view",
    arguments: [
      ("Is the ferry timetable reliable?", "How reliable do you think the ferry timetable is?"),
      ("Was the concert any good?", "How good do you think the concert was?"),
      ("Don't you think rents are too high?", "How high do you think rents are?"),
      ("Is the new pesticide dangerous?", "How safe do you think the new pesticide is?"),
      ("Are e-scooters unsafe?", "How safe do you think e-scooters are?"),
      ("Is the gym membership worth forty pounds?", "What is the gym membership worth to you?"),
      (
        "Does the ring road cut congestion?",
        "What effect do you think the ring road has on congestion?"
      ),
      (
        "Do electric bikes encourage laziness?",
        "What's your view on whether electric bikes encourage laziness?"
      ),
    ])
  func shaped(question: String, rewrite: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == rewrite)
  }

  @Test(
    "a plain fact about one particular thing is closed and gets no template",
    arguments: [
      "Does your cousin still live in hull?",
      "Is the party still on?",
      "Did the council cut the library budget?",
      "Is she pregnant again?",
      "Does your brother help with the rent?",
      "Does your flatmate help much?",
    ])
  func factAsked(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems == ["yes/no question that can be answered in one word"])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "a state a thing is in or not has no degree to ask: a plain fact, fine as it is",
    arguments: ["Is the chemist open?", "Is the pool empty?"])
  func stateAsked(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == nil)
    #expect(critique.problems.first?.hasPrefix("closed, and fine as it is") == true)
  }
}
