import Testing

@testable import SocraticCore

/// The shapes a closed or leading question is rewritten into when no rule of the claim's own
/// fits: none wraps the question in "To what extent", each reads as plain English, and each
/// passes the critic itself.
@Suite("Rewrite shapes")
struct RewriteShapeTests {
  let critic = QuestionCritic()

  @Test(
    "a yes/no claim is asked about by what would settle it, or about the person by its verb",
    arguments: [
      (
        "Does the new bypass cut traffic?",
        "What effect do you think the new bypass has on traffic?"
      ),
      (
        "Is it his turn to cook tonight?",
        "How do you see whose turn it is to cook tonight?"
      ),
      ("Do you like your new manager?", "How do you feel about your new manager?"),
      ("Do you remember the first flat?", "What do you remember about the first flat?"),
      ("Have you stopped smoking yet?", "How do you feel about stopping smoking?"),
      ("You drove there, didn't you?", "How do you feel about driving there?"),
      (
        "You've given up on the course, haven't you?",
        "How do you feel about giving up on the course?"
      ),
      (
        "Would you mind if we looked at the bills?", "How would you feel if we looked at the bills?"
      ),
      ("Did you know that?", "What do you know about that?"),
      (
        "Have you been to the gym this week?",
        "How do you feel about going to the gym this week?"
      ),
      ("Are you cooking at home much?", "How do you feel about cooking at home much?"),
      (
        "I'm curious, have you tried the night bus?",
        "How do you feel about trying the night bus?"
      ),
    ])
  func plainClaim(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "a presumed act that takes a clause keeps the clause's subject, never a broken clause",
    arguments: [
      ("When will you finally admit the budget works?", "How do you see the budget?"),
      ("Why do you keep pretending the diet helps?", "How do you see the diet?"),
      ("Why do you keep defending the exam results?", "How do you see the exam results?"),
      // The asker's verdict on the thing is left out of what is asked about.
      ("Why do you keep defending that useless referee?", "How do you see that referee?"),
    ])
  func presumedClause(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "the -ing form follows English spelling",
    arguments: [
      ("vote", "voting"), ("stop", "stopping"), ("quit", "quitting"), ("lie", "lying"),
      ("see", "seeing"), ("visit", "visiting"), ("open", "opening"), ("show", "showing"),
    ])
  func gerund(base: String, form: String) {
    #expect(QuestionRewriter.gerund(of: base) == form)
  }
}
