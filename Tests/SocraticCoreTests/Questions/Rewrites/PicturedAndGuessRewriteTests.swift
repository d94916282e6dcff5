import Testing

@testable import SocraticCore

/// Rewrites that keep the point and read as a person would ask: a case to picture asks how the
/// act would sit with them then, a guess at what "it" is gets no template pasted round it, and
/// "not until after" a time turns round to "before" that time.
@Suite("Pictured cases, guesses at what it is, and 'until after' are rewritten cleanly")
struct PicturedAndGuessRewriteTests {
  let critic = QuestionCritic()

  @Test("a case to picture asks how the act would sit with them in it, and the critic passes it")
  func picturedCase() throws {
    let critique = try critic.critique(
      "would you still back the plan if it meant higher council tax?")
    #expect(critique.form == .closed)
    #expect(
      critique.suggestion
        == "How would backing the plan sit with you if it meant higher council tax?")
    #expect(critique.suggestion.map(critic.isOpen) == true)
  }

  @Test("a guess at what 'it' is gets no 'weigh up whether it is' or 'think it is' pasted round it")
  func guessAtIt() throws {
    let critique = try critic.critique("is it the rent or is it more that you hate the area?")
    #expect(critique.form == .closed)
    #expect(critique.suggestion?.contains("whether it is") != true, "\(critique)")
    #expect(critique.suggestion?.contains("think it is") != true, "\(critique)")
  }

  @Test("'won't … until after' a time is contradicted by 'will … before' that time")
  func untilAfter() throws {
    let analysis = try InversionEngine().analyze(
      "the council won't fix the road until after the election")
    #expect(analysis.inverted == "the council will fix the road before the election")
  }
}
