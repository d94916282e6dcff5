import Testing

@testable import SocraticCore

/// A reviewer's findings on the critic's readings: a request to talk read as advice, a name
/// read as noise, a why about timing read as bare, the noun "cause" read as a because.
@Suite("Critic readings a reviewer found")
struct ReviewedCriticReadingsTests {
  let critic = QuestionCritic()

  @Test(
    "a request to talk with no asker named still asks openly",
    arguments: [
      "Give an example of a time the rota went wrong.",
      "Walk through what the school said on the phone.",
      "Run through the morning again for me.",
      "point out where the plan fell apart",
    ])
  func talkRequestStaysOpen(_ line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "a name or chat word the lexicon lacks is not keyboard noise",
    arguments: ["Priyanka.", "idk", "tiktok", "brexit"])
  func realWordIsNotNoise(_ line: String) throws {
    let critique = try critic.critique(line, after: "my cousin got engaged last week")
    #expect(critique.problems != [StatementKind.noise.explanation])
    #expect(critique.form != .statement || critique.problems.first != nil)
  }

  @Test("a word of their own turn given back is not noise, whatever the lexicon holds")
  func theirWordIsNotNoise() throws {
    let critique = try critic.critique("zumbathon?", after: "i signed up for the zumbathon")
    #expect(critique.problems != [StatementKind.noise.explanation])
  }

  @Test(
    "keys struck in the shapes of noise are still noise",
    arguments: ["sdfg", "lkjh xcvb", "kkkk", "xcvbn"])
  func keyShapesAreNoise(_ line: String) throws {
    let critique = try critic.critique(line, after: "the train was cancelled again")
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.noise.explanation])
  }

  @Test(
    "a why that asks about timing is not bare",
    arguments: ["Why now?", "why yet?", "so why again?"])
  func whyOfTimingIsNotBare(_ line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
    #expect(critique.suggestion != BareWhy.suggestion)
  }

  @Test("a why after an opener of time is still bare", arguments: ["now why?", "wait why"])
  func whyAfterOpenerIsBare(_ line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.problems == [QuestionProblem.bareWhy.explanation])
    #expect(critique.suggestion == "What leads you to that?")
  }

  @Test("the noun 'cause' in a reflection gives no reason of the listener's own")
  func causeAsNounIsNoReason() throws {
    let critique = try critic.critique(
      "so the cause of the row matters a lot to you",
      after: "the row with my brother was about the will, that's what gets me")
    #expect(critique.form == .reflection)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "'cause' before a subject, or with its apostrophe, still opens a reason of their own",
    arguments: [
      "you're gutted cause she never asked you to the meal",
      "you're gutted 'cause she never asked you to the meal",
    ])
  func causeBeforeSubjectIsAReason(_ line: String) throws {
    let critique = try critic.critique(line, after: "my mate had her birthday do last night")
    #expect(critique.form == .reflection)
    #expect(critique.problems.first?.contains("gives a reason of your own") == true)
  }
}
