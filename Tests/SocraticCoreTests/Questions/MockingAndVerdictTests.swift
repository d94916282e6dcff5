import Testing

@testable import SocraticCore

/// Questions that mock one option, judge someone's character, grant their own premise, or whose
/// rewrite needs a verb's -ing form: each leads, and its rewrite asks about the topic without
/// the jab or the verdict.
@Suite("Mocking options and verdicts")
struct MockingAndVerdictTests {
  let critic = QuestionCritic()

  @Test(
    "an either-or whose second option mocks leads, and the rewrite asks about the first only",
    arguments: [
      (
        "Do you want to fix the garden, or do you just want to look busy?",
        "What matters most to you about fixing the garden?"
      ),
      (
        "Are you going to call your sister, or are you too proud to pick up the phone?",
        "What matters most to you about calling your sister?"
      ),
      (
        "Are you going to mow the lawn or just moan about it again?",
        "What matters most to you about mowing the lawn?"
      ),
      (
        "Are you going to paint the shed or just talk about it forever?",
        "What matters most to you about painting the shed?"
      ),
    ])
  func mockingAlternative(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == suggestion)
  }

  @Test("a mocking option that is no act of the person's is left out of the rewrite")
  func mockingOptionLeftOut() throws {
    let critique = try critic.critique(
      "Is the new stadium a gift to the city, or just another tax sink?")
    #expect(critique.form == .leading)
    let suggestion = try #require(critique.suggestion)
    #expect(!suggestion.contains("tax sink"))
    #expect(suggestion.contains("stadium"))
  }

  @Test("a plain either-or stays closed")
  func plainEitherOr() throws {
    #expect(try critic.critique("Do you want the train or the bus?").form == .closed)
  }

  @Test(
    "being 'so' something that judges character, or 'so against' a thing, leads",
    arguments: [
      ("Why are vegans so preachy?", "How would you describe vegans?"),
      ("Why do cyclists have to be so smug?", "How would you describe cyclists?"),
      ("Why are you so against the bike lanes?", "How do you see the bike lanes?"),
      ("Why are you so against tolls?", "How do you see tolls?"),
    ])
  func characterVerdict(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == suggestion)
  }

  @Test("being 'so' something plain still asks")
  func plainSo() throws {
    #expect(try critic.critique("Why are train tickets so expensive?").form == .open)
    #expect(try critic.critique("Why are you so sure?").form == .open)
  }

  @Test("a premise granted with 'clearly' leads, and the rewrite drops the verdict")
  func grantedPremise() throws {
    let critique = try critic.critique(
      "Since the new diet obviously failed, why should I try the next one?")
    #expect(critique.form == .leading)
    #expect(critique.suggestion == "How do you see the new diet?")
  }

  @Test(
    "short verbs double their last letter before -ing",
    arguments: [("put", "putting"), ("set", "setting"), ("shut", "shutting"), ("get", "getting")])
  func doubledGerund(verb: String, gerund: String) {
    #expect(QuestionRewriter.gerund(of: verb) == gerund)
  }
}
