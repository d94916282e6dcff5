import Testing

@testable import SocraticCore

/// A claim to see past what they said is theirs to make: given back, it is no mind-reading;
/// and a lone "y" is "why" only with an auxiliary and its subject after it.
@Suite("Their own words given back, and the letter y")
struct OwnWordsGivenBackTests {
  let critic = QuestionCritic()

  @Test("'deep down' they said of themselves is given back, not flagged as mind-reading")
  func ownDeepDown() throws {
    let critique = try critic.critique(
      "So deep down you know the shop won't survive.",
      after: "deep down i know the shop won't survive, i just keep hoping")
    #expect(critique.form == .reflection)
    #expect(critique.problems.isEmpty, "\(critique.problems)")
  }

  @Test("'deep down' they never said is still flagged")
  func theirDeepDownUnsaid() throws {
    let critique = try critic.critique(
      "So deep down you know the shop won't survive.", after: "the shop is doing fine really")
    #expect(critique.problems.contains { $0.contains("keep back") }, "\(critique.problems)")
  }

  @Test("'y' before an auxiliary with no subject after it is the letter, not 'why'")
  func letterY() throws {
    #expect(try critic.critique("so y is the answer").form != .open)
    #expect(try critic.critique("y did she leave").form == .open)
  }
}
