import Testing

@testable import SocraticCore

@Suite("Thanks, promises, offers and keeping in touch are warmth")
struct WarmPromiseTests {
  let critic = QuestionCritic()

  @Test(
    "a line of thanks, a promise, an offer or a plea to keep in touch needs no question instead",
    arguments: [
      "ta for listening. text me when you get in x",
      "i wont say a word to dad, promise",
      "deal. i'll bring the cake sunday",
      "night hun, keep me posted",
    ])
  func warm(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.warmth.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "asking which part of it they feel most is open",
    arguments: ["which bit feels worst?", "which bit hurts the most tbh?"])
  func whichBitFeels(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }
}
