import Testing

@testable import SocraticCore

/// A question that doubts the person's standing to know leads; "How do you know that?" asks.
@Suite("A challenge to their grounds dressed as a question leads")
struct GroundsChallengeTests {
  let critic = QuestionCritic()

  @Test(
    "'how would you know' and a source question with 'then' make a point",
    arguments: ["well there you have it. so how would you know", "and who told you that then"])
  func challenge(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.problems == ["rhetorical question that makes a point instead of asking"])
    #expect(critique.suggestion == "What makes you see it that way?")
  }

  @Test(
    "asking how they know, or how they would tell, stays open",
    arguments: ["How do you know that?", "How would you know if the diet had worked?"])
  func asks(line: String) throws {
    #expect(try critic.critique(line).form == .open)
  }

  @Test(
    "after a supposition, 'how would you know' asks what would show it",
    arguments: [
      "If you'd got the dates wrong, how would you know?",
      "Say the new diet didn't work — how would you know?",
      "what if the landlord was lying, how would you even know?",
    ])
  func supposed(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .open)
    #expect(critique.suggestion == nil)
  }
}
