import Testing

@testable import SocraticCore

/// What a coach would call a line: a fix put as a question is advice, a point granted is
/// agreement, a goodbye is warmth, leave to say no is their choice, news passed on is
/// information, and the best or worst of their day is theirs to weigh.
@Suite("Fixes, small talk and the best of their day are coached as what they are")
struct FixesAndSmallTalkTests {
  let critic = QuestionCritic()

  @Test(
    "the asker's own fix put as a question is advice, with an open question instead",
    arguments: [
      ("why dont you just text her and ask", "why dont you"),
      ("have you tried talking to hr about it?", "have you tried"),
      ("have u thought about asking for a pay rise lol", "have u thought about"),
      ("how about you take the weekend off?", "how about"),
      ("what about ringing the school first?", "what about"),
      ("why not just tell your mum the truth?", "why not"),
    ])
  func fixAsQuestion(line: String, opening: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.problems == [QuestionProblem.adviceAsQuestion(opening).explanation])
    #expect(critique.suggestion == "What have you thought of trying so far?")
    #expect(critic.isOpen("What have you thought of trying so far?"))
  }

  @Test(
    "a reason asked for a state, or a thing tried that is no act of theirs, is no fix",
    arguments: [
      "why don't you trust him?", "why not?", "have you tried the new chippy on the corner?",
      "what about it worries you most?", "why not crypto?", "how about you?",
      "and what about you, how are you finding it?",
    ])
  func notAFix(line: String) throws {
    let critique = try critic.critique(line)
    #expect(!critique.problems.contains { $0.contains("puts your own fix") }, "\(critique)")
  }

  @Test(
    "a point granted is agreement, not a reflection",
    arguments: ["lol fair", "fair enough tbh", "ok fair point"])
  func pointGranted(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.agreement.explanation])
  }

  @Test(
    "a goodbye for now is warmth, with nothing to ask instead",
    arguments: ["right see you in a bit", "see you later then x", "ok see ya, gotta run"])
  func goodbye(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.warmth.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "leave to say no is their choice, not an opinion or a reflection",
    arguments: ["you can ignore me if you want", "feel free to say no lol"])
  func leaveToSayNo(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.autonomy.explanation])
  }

  @Test(
    "news passed on, with nothing said before it, is information",
    arguments: ["the school's shut tomorrow btw", "heads up, the car park's closed again"])
  func news(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.information.explanation])
  }

  @Test(
    "the best or the worst of their own experience is theirs to weigh: open",
    arguments: [
      "what was the best thing that happened all day?", "whats been the hardest part of the year",
    ])
  func bestOfTheirDay(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }
}
