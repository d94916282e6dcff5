import Testing

@testable import SocraticCore

/// A rewrite asks what the question asked, the right way round: a "how come you never …"
/// asks what stands in the way, never the question again without its "never"; and agreeing on
/// an arrangement is a proposal, not a view pressed on the person.
@Suite("Rewrites that keep the question's polarity")
struct KeptPolarityTests {
  let critic = QuestionCritic()

  @Test(
    "a habit taken for granted after 'how come' asks what gets in the way of the act",
    arguments: [
      (
        "how come you never ring your gran back?",
        "What makes it hard for you to ring your gran back?"
      ),
      (
        "how come you never help me with the shopping",
        "What makes it hard for you to help me with the shopping?"
      ),
      (
        "how come you always forget the milk",
        "What happens for you when you forget the milk?"
      ),
    ])
  func howComeHabit(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "the question asked again without its negation is refused as a rewrite",
    arguments: [
      ("How come you listen to me", "how come you never listen to me?", true),
      ("Why do you put the lid back", "why dont you ever put the lid back on", true),
      ("Do you check your phone at dinner", "do you ever not check your phone at dinner", true),
      ("What makes it hard for you to listen to me", "how come you never listen to me?", false),
      ("How do you see the phone", "do you ever not check your phone", false),
      ("Why do you walk to work", "why do you walk to work", false),
    ])
  func flippedRewrite(rewrite: String, question: String, flips: Bool) {
    let body = Tokenizer.tokenize(rewrite)
    #expect(KeptPolarity.flips(body, source: Tokenizer.tokenize(question)) == flips)
  }

  @Test(
    "agreeing on an arrangement is no view pressed on the person",
    arguments: [
      "can we agree on a time to go over the budget?",
      "could we agree where to meet saturday lol",
      "shall we agree on who brings the cake",
      "can we all agree when to do the big shop?",
    ])
  func arrangementIsNotLeading(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form != .leading)
  }

  @Test(
    "agreement with a view is still pressed",
    arguments: [
      "can we just agree that the film was rubbish?",
      "cant we all just admit the new menu is worse",
    ])
  func viewIsStillLeading(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
  }
}
