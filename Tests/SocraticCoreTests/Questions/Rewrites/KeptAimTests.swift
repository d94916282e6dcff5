import Testing

@testable import SocraticCore

@Suite("A rewrite keeps what the question asked")
struct KeptAimTests {
  let critic = QuestionCritic()

  @Test("a rewrite never asks how they see a word that names no one")
  func namesSomeone() throws {
    let critique = try critic.critique("isnt it odd that no one in the family rang her?")
    #expect(
      critique.suggestion
        == "What's your view on whether it is odd that no one in the family rang her?")
  }

  @Test(
    "a question whether they have a habit is never asked as how they feel about it or how they see what it is done with",
    arguments: [
      "do you keep a spare key with the neighbours?",
      "do u still save some of your wages each month?",
      "do you really check your bank app every day?",
    ])
  func habitNotTakenAsDone(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == nil)
  }

  @Test("a question of their view keeps its rewrite")
  func viewStillRewritten() throws {
    let critique = try critic.critique("do you think dad works too much?")
    #expect(critique.suggestion == "What's your view on whether dad works too much?")
  }
}
