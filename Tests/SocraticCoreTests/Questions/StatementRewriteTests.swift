import Testing

@testable import SocraticCore

/// Advice, an opinion and information get what to say instead, made of their own words: the
/// idea handed back as a question, the claim asked about, or what they said given back.
@Suite("What to say instead of a statement")
struct StatementRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "advice asks what they have thought of, about what it was about when it says",
    arguments: [
      (
        "u should prob just talk to ur landlord about the mould",
        "What have you thought of doing about the mould?"
      ),
      ("try cooking at home more", "What have you thought of trying so far?"),
      ("just tell her how you feel", "What have you thought of trying so far?"),
    ])
  func advice(statement: String, suggestion: String) throws {
    let critique = try critic.critique(statement)
    #expect(critique.form == .statement)
    #expect(critique.suggestion == suggestion)
    #expect(critique.suggestion?.hasPrefix("How would you feel about") == false)
  }

  @Test(
    "an opinion asks what they make of its claim, without the speaker's lead",
    arguments: [
      (
        "honestly i think your brother owes you an apology",
        "What do you make of the idea that your brother owes you an apology?"
      ),
      (
        "idk, i feel like the gym is a waste of money",
        "What do you make of the idea that the gym is a waste of money?"
      ),
    ])
  func opinion(statement: String, suggestion: String) throws {
    let critique = try critic.critique(statement)
    #expect(critique.form == .statement)
    #expect(critique.suggestion == suggestion)
    #expect(critique.suggestion?.hasPrefix("How would you feel about") == false)
  }

  @Test(
    "with their line known, what they said is given back instead",
    arguments: [
      (
        "my sister keeps borrowing money and never pays it back",
        "you should stop lending her money",
        "So your sister keeps borrowing money and never pays it back."
      ),
      (
        "work has been mental, im barely sleeping", "i think you need a holiday",
        "So work has been mental."
      ),
    ])
  func reflectionAfter(said: String, statement: String, suggestion: String) throws {
    let critique = try critic.critique(statement, after: said)
    #expect(critique.form == .statement)
    #expect(critique.suggestion == suggestion)
    #expect(critique.suggestion?.hasPrefix("How would you feel about") == false)
  }

  @Test(
    "advice whose act stops short, or an opinion with no claim, gets its kind's stock question",
    arguments: [
      ("you should say", "What ideas of your own do you have about it?"),
      ("you should sort it out with them", "What ideas of your own do you have about it?"),
      (
        "its not something you need to stress about, honestly",
        "What ideas of your own do you have about it?"
      ),
    ])
  func stockQuestion(statement: String, suggestion: String) throws {
    let critique = try critic.critique(statement)
    #expect(critique.form == .statement)
    #expect(critique.suggestion == suggestion)
    #expect(critique.suggestion?.hasPrefix("How would you feel about") == false)
  }

  @Test("every suggestion for a statement is open by the critic's own rules")
  func suggestionsAreOpen() throws {
    for statement in [
      "u should prob just talk to ur landlord about the mould",
      "honestly i think your brother owes you an apology",
    ] {
      let suggestion = try #require(try critic.critique(statement).suggestion)
      #expect(critic.isOpen(suggestion))
    }
  }
}

/// Who reports a claim is not its topic, and a "that" pointing at a noun stays in the claim.
@Suite("Claims that statements report or point at")
struct StatementClaimShapeTests {
  let critic = QuestionCritic()

  @Test(
    "a claim reported by studies or research is asked about, not its source",
    arguments: [
      (
        "research says most teens sleep less than 7 hours lol",
        "What do you make of the idea that most teens sleep less than 7 hours?"
      ),
      (
        "tbh studies show ppl who walk daily live longer",
        "What do you make of the idea that people who walk daily live longer?"
      ),
    ])
  func reported(statement: String, suggestion: String) throws {
    #expect(try critic.critique(statement).suggestion == suggestion)
  }

  @Test(
    "an opinion about 'that' thing keeps the 'that' after 'the idea that'",
    arguments: [
      (
        "i think that diet is kinda pointless",
        "What do you make of the idea that that diet is kinda pointless?"
      ),
      (
        "i reckon that car isn't worth fixing",
        "What do you make of the idea that that car isn't worth fixing?"
      ),
    ])
  func pointedAt(statement: String, suggestion: String) throws {
    #expect(try critic.critique(statement).suggestion == suggestion)
  }
}
