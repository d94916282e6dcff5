import Testing

@testable import SocraticCore

/// When a second question only makes the first one concrete, the person still has one thing to
/// answer; and echoing their own sweeping word back to them probes it, it presumes nothing.
@Suite("One question, asked twice over")
struct OneQuestionTests {
  let critic = QuestionCritic()
  let several =
    "asks 2 questions at once, and the person can answer only one: ask them one at a time"

  @Test(
    "a second question that makes the open one concrete, or checks it against their hopes, is one",
    arguments: [
      "What would help? What would you actually want from her?",
      "How would you start? How exactly would you go about it on Monday?",
      "How was the wedding? Was it what you hoped for?",
      "What did your boss say? Did that surprise you?",
      "What would you like from your brother? Like, a phone call now and then?",
      "What worries you most? I mean, what keeps you up at night?",
      "What do you mean by lazy? Lazy how?",
      "what was school like for you? give us an example",
      "How did the row start? Tell me more.",
    ])
  func oneQuestion(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty, "\(text): \(critique.problems)")
  }

  @Test(
    "a second question of its own, or one that brings the asker's answer, still counts",
    arguments: [
      "Why did you quit? Is it because of the pay?",
      "What would help? Who else could you ask?",
    ])
  func twoQuestions(text: String) throws {
    #expect(try critic.critique(text).problems.contains(several))
  }

  @Test(
    "their sweeping words echoed back alone probe them: not leading",
    arguments: ["Every single time?", "Literally every day?"])
  func bareSweepingProbe(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form != .leading, "\(text): \(critique.problems)")
    #expect(!critique.problems.contains { $0.contains("sweeping claim") })
  }

  @Test("a sweeping phrase in a question that asks why still charges them")
  func sweepingCharge() throws {
    #expect(try critic.critique("Why are you on your phone every single night?").form == .leading)
  }
}
