import Testing

@testable import SocraticCore

/// Leading questions whose rewrites used to keep the presumption, the asker's stake, a tag or
/// a cut subject: each rewrite is plain English without them, and passes the critic itself.
@Suite("Leading rewrites")
struct LeadingRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "a refusal taken for granted ('Why won't you admit …') leads, and the claim's subject is asked about",
    arguments: [
      ("Why won't you concede the referendum was lost?", "How do you see the referendum?"),
      ("Why can't you just accept that the diet works?", "How do you see the diet?"),
      ("Why cannot you acknowledge the bridge was a waste?", "How do you see the bridge?"),
    ])
  func refusal(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == suggestion)
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "a statement with '…, or not?' or '…, yes or no?' is a tag question, and the tag goes",
    arguments: [
      (
        "The bypass cuts traffic, or not?",
        "What effect do you think the bypass has on traffic?"
      ),
      ("The new mayor is a crook, yes or no?", "How do you see the new mayor?"),
    ])
  func tag(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.hasPrefix("tag question") })
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "a leading claim about the asker's own stake asks about ones like theirs, never 'my'",
    arguments: [
      (
        "Won't the new motorway ruin my village?",
        "What would it take for the new motorway to ruin a village like mine?"
      ),
      (
        "Shouldn't my parents get the heating allowance?",
        "What would change if parents like mine got the heating allowance?"
      ),
      (
        "Doesn't my pension shrink every year?",
        "What's your view on whether a pension like mine shrinks every year?"
      ),
    ])
  func askerStake(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "a plain question about the asker's own affairs keeps 'my'",
    arguments: [
      ("Should I sell my car?", "What would change if I sold my car?")
    ])
  func askerOwnAffairs(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "a subject with a relative clause is kept whole",
    arguments: [
      (
        "Should the firms that dump sewage pay the fines?",
        "What would change if the firms that dump sewage paid the fines?"
      ),
      (
        "Are the fans who booed the anthem really that dumb?",
        "How would you describe the fans who booed the anthem?"
      ),
      (
        "Shouldn't the gas companies cut their prices?",
        "What would change if the gas companies cut their prices?"
      ),
    ])
  func relativeClause(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "a charge or a complaint about the person's own doings is asked about without it",
    arguments: [
      ("You fed the cat this morning, didn't you?", "What happened with the cat this morning?"),
      ("Is it my turn to hoover again?", "How do you see whose turn it is to hoover?"),
      ("Aren't you embarrassed by your old tweets?", "How do you feel about your old tweets?"),
      ("Why do you always side with your sister?", "How do you see your sister's side of it?"),
      (
        "Wouldn't you rather cycle than be stuck in traffic?",
        "How do you weigh cycling against being stuck in traffic?"
      ),
      ("So you'd rather walk than drive?", "How do you weigh walking against driving?"),
    ])
  func personalCharge(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
    #expect(critic.isOpen(suggestion))
  }

  @Test("reversal keeps a relative clause in the subject of a 'be' question")
  func reversalRelativeClause() {
    let question = Tokenizer.tokenize("Are the people who voted for him happy")
    let statement = QuestionReversal.reversed(question).map(\.joinedText)
    #expect(statement == "the people who voted for him are happy")
  }
}
