import Testing

@testable import SocraticCore

/// A reflection's depth and fairness by what it gives back: a feeling named in a word of its
/// own goes under their words, their story told back does not; "mostly" ranks, it does not
/// overstate; a fear named with its "if" is the fear, not a condition of the speaker's own.
@Suite("Depth and fairness of reflections that name a feeling, rank, or name a fear")
struct FeltAndFearedDepthTests {
  let critic = QuestionCritic()

  @Test(
    "a feeling of theirs named in a word they did not use is complex; their story back is simple",
    arguments: [
      (
        "honestly i feel like my family just talk over me at christmas", "you feel shut out.",
        ReflectionDepth.complex
      ),
      (
        "my sister never listens to me when i bring up the money",
        "your sister never listens to you about the money.", ReflectionDepth.simple
      ),
    ])
  func depth(heard: String, line: String, depth: ReflectionDepth) throws {
    let critique = try critic.critique(line, after: heard)
    #expect(critique.form == .reflection)
    #expect(critique.depth == depth)
  }

  @Test("'mostly' ranks what they put first: no overstatement")
  func mostlyRanks() throws {
    let critique = try critic.critique(
      "so it's mostly the price for you", after: "i kept coming back to the price tbh")
    #expect(critique.form == .reflection)
    #expect(critique.problems.isEmpty, "\(critique.problems)")
  }

  @Test("a fear named with its 'if' is the fear under their words, not a condition of yours")
  func fearWithItsIf() throws {
    let critique = try critic.critique(
      "you're worried that if you let it go again it'll get worse again",
      after: "last time we let it slide it got way worse")
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
    #expect(critique.problems.isEmpty, "\(critique.problems)")
  }
}
