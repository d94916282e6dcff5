import Testing

@testable import SocraticCore

@Suite("A rewrite keeps what the question asked")
struct KeptAimTests {
  let critic = QuestionCritic()

  @Test(
    "a rewrite never asks how they see the subject alone when the question asked something of it",
    arguments: [
      (
        "do you agree that homework should be scrapped for year 7?",
        "What would change if homework were scrapped for year 7?"
      ),
      (
        "isnt it odd that no one in the family rang her?",
        "How do you weigh up whether it is odd that no one in the family rang her?"
      ),
    ])
  func keepsTheAim(question: String, rewrite: String) throws {
    #expect(try critic.critique(question).suggestion == rewrite)
  }

  @Test("a rewrite may leave out the verdict alone")
  func dropsTheVerdict() throws {
    let critique = try critic.critique("is the new bus timetable a joke or what?")
    #expect(critique.suggestion == "How do you see the new bus timetable?")
  }

  @Test(
    "a question whether they have a habit is never asked as how they feel about it",
    arguments: [
      "do you keep a spare key with the neighbours?",
      "do u still save some of your wages each month?",
    ])
  func habitNotTakenAsDone(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion?.hasPrefix("How do you feel about") != true)
  }
}
