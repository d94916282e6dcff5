import Testing

@testable import SocraticCore

/// Stop 55's graded faults: a word of the asker's the lexicon lacks kept in the rewrite, forms
/// the rewrite made refused, an adjective's noun left behind, a practical either-or of times or
/// a push ("or what?") left as it is, and keys struck among chat words called noise.
@Suite("Critic round 55: their own words, cut-off heads, times to choose and noise")
struct CriticRound55Tests {
  let critic = QuestionCritic()

  @Test(
    "a word the lexicon lacks, copied from the question outside a verb's place, is theirs",
    arguments: [
      ("Is bedrotting harmful?", "How harmful do you think bedrotting is?"),
      ("Is sharenting wrong?", "How do you see sharenting?"),
      ("Do you think coliving works?", "What's your view on whether coliving works?"),
    ])
  func theirUnknownWord(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "a form the rewrite made, or a misspelling put where a verb goes, is no rewrite",
    arguments: [
      "Does everyone in your team get a bonus?",
      "Are you comming tonight?",
      "Is the big one better?",
    ])
  func madeOrCutForm(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems == [QuestionProblem.yesNo.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "an either-or of two times for a plan is fine as it is; one asked as a view keeps its fault",
    arguments: [
      ("is the match on sunday or monday?", QuestionProblem.plainChoice),
      ("do you reckon the match is sunday or monday?", .eitherOr),
    ])
  func timeChoice(question: String, problem: QuestionProblem) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems == [problem.explanation])
  }

  @Test("\"or what?\" names no second option: the plan asked is fine as it is")
  func orWhat() throws {
    let critique = try critic.critique("are you coming to the barbecue or what?")
    #expect(critique.form == .closed)
    #expect(critique.problems == [QuestionProblem.ownFact.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "keys struck among chat words are noise, said so plainly",
    arguments: ["ghjk ok ok", "lkjh lol ok"])
  func noiseAmongChat(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(
      critique.problems == ["no words they would know: type what you mean to ask or say back"])
  }
}
