import Testing

@testable import SocraticCore

/// Stop 57, round 2: a "do" tag typed without its apostrophe after a statement about a third
/// party leads; what someone is asked to do is no end an act serves.
@Suite("Critic round 57b: untyped do tags, acts asked of someone")
struct CriticRound57bTests {
  let critic = QuestionCritic()

  @Test(
    "a 'do' tag of the other polarity after a statement about someone or something leads",
    arguments: [
      "corner shops shut early on sundays dont they",
      "the landlord never answers his phone does he",
      "my nan always bakes far too much doesnt she",
      "the last buses stopped running at ten didnt they",
    ])
  func untypedDoTag(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading, "\(critique)")
    #expect(critique.problems.contains(QuestionProblem.tagQuestion.explanation), "\(critique)")
  }

  @Test("the same auxiliary and pronoun of the same polarity close a clause, not a tag")
  func sameBeforeAndAfter() throws {
    let critique = try critic.critique("the twins promised to tidy up and they did")
    #expect(!critique.problems.contains(QuestionProblem.tagQuestion.explanation), "\(critique)")
  }

  @Test("what the person asked would do is no end the act serves")
  func askedActIsNoEnd() throws {
    let critique = try critic.critique("shouldn't we ask the neighbours to help?")
    #expect(critique.form == .leading, "\(critique)")
    #expect(
      critique.suggestion == "What would change if we asked the neighbours to help?", "\(critique)")
  }
}
