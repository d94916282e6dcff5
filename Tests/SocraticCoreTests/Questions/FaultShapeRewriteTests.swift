import Testing

@testable import SocraticCore

/// A rewrite for each fault: a judgement put to the person is left out, a past act is asked
/// about without taking it as done, a pick between sides or between two options is opened up,
/// and a request for something to be done is left as it is.
@Suite("Rewrites by fault")
struct FaultShapeRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "a verdict or a label put to the person is left out, and the thing judged asked about",
    arguments: [
      ("Is Solana just a casino?", "How do you see Solana?"),
      ("Are day traders gamblers?", "How do you see day traders?"),
      ("Wasn't the pension reform a complete farce?", "How do you see the pension reform?"),
      ("Are the new speed cameras a rip-off?", "How do you see the new speed cameras?"),
    ])
  func verdictLeftOut(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "a past act is asked about without taking for granted that it was done",
    arguments: [
      ("Did you put the washing out this morning?", "What happened with the washing this morning?"),
      ("Did you make money on Tesla shares?", "What is your experience with Tesla shares?"),
    ])
  func pastAct(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == suggestion)
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "two options put as the only ones lead, and the rewrite asks what else there is",
    arguments: [
      (
        "So it's either we sell the car or we skip the holiday, right?",
        "What options do you see besides selling the car and skipping the holiday?"
      ),
      (
        "So either we tax robots or Silicon Valley owns everything, right?",
        "What options do you see for Silicon Valley?"
      ),
    ])
  func falseChoice(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == suggestion)
    #expect(critic.isOpen(suggestion))
  }

  @Test("a pick between two sides asks where the person stands, not which they pick")
  func takingSides() throws {
    let critique = try critic.critique("Are you with the landlords or the tenants?")
    #expect(critique.form == .closed)
    #expect(
      critique.suggestion == "Where do you stand between the landlords and the tenants?")
  }

  @Test(
    "a charge against the person or an act is left out, and the act asked about",
    arguments: [
      ("Are you too lazy to mow the lawn?", "How do you feel about mowing the lawn?"),
      ("Isn't it your job to feed the cat?", "How do you see feeding the cat?"),
      ("Isn't it naive to lend money to friends?", "How do you see lending money to friends?"),
    ])
  func chargeLeftOut(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "a request for something to be done is closed and said to be one, with nothing to rewrite",
    arguments: [
      "Can you take the recycling out?", "Could you hand me the charger?",
      "Would you mind hoovering the stairs tonight?", "Can you please ring the plumber?",
      "Could you pick the kids up on Tuesday?", "Can you shut the kitchen door?",
      "Would you turn the music down a bit?",
    ])
  func request(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed)
    #expect(critique.kind == nil)
    #expect(critique.problems == [StatementKind.request.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "a question that asks for an account or a view is no request",
    arguments: [
      "Can you tell me more about the new job?", "Could you trust a bank like that again?",
      "Would you vote for her again?", "Can you walk me through what happened?",
      "Could you give me an example of that?", "Could you close the gap between the two plans?",
    ])
  func notARequest(text: String) throws {
    #expect(try critic.critique(text).form != .statement)
  }
}
