import Testing

@testable import SocraticCore

/// A rewrite reads as plain English with its topic kept, or none is shown.
@Suite("Rewrites that would not read as English are not shown")
struct SenselessRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "no rewrite puts 'being' before an -ing verb",
    arguments: [
      "is it not a bit late to be starting a new course?",
      "is it not a bit late to be learning the drums?",
    ])
  func noDoubledProgressive(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    let words = (critique.suggestion ?? "").lowercased().split(separator: " ")
    #expect(!zip(words, words.dropFirst()).contains { $0 == "being" && $1.hasSuffix("ing") })
  }

  @Test(
    "no rewrite ends on 'the' and a word whose noun it dropped",
    arguments: [
      "how come you're always the last one to reply?",
      "how come ur always the first to moan?",
    ])
  func noHeadlessEnd(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    let suggestion = (critique.suggestion ?? "").lowercased()
    #expect(!["the last?", "the first?"].contains { suggestion.hasSuffix($0) })
  }

  @Test(
    "their own plan, demanded with 'or not', is never asked for evidence",
    arguments: [
      "are you coming to nan's for christmas or not?",
      "are you coming to gran's at easter or not?",
    ])
  func noEvidenceForOwnPlan(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion?.hasPrefix("What makes you think") != true)
    #expect(critique.problems.contains { $0.contains("say what you need to know") })
  }
}
