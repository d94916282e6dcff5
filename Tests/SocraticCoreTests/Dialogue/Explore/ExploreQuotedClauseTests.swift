import Testing

@testable import SocraticCore

/// Clauses put into questions: whole and clean, or not put in at all; a feeling is never asked
/// to be proved.
@Suite("Explore quotes whole clauses and never asks to prove a feeling")
struct ExploreQuotedClauseTests {
  @Test(
    "their words quoted in a question are a whole clause without a connective left in front",
    arguments: [
      ("cos the big stuff still feels fixed", "the big stuff still feels fixed"),
      ("but the council actually listened", "the council actually listened"),
      ("and the rents keep going up", "the rents keep going up"),
      ("so the parking is the real problem", "the parking is the real problem"),
      ("because the buses never come on time", "the buses never come on time"),
      ("i know a teacher who quit", "you know a teacher who quit"),
      ("plus the fees doubled in a year", "the fees doubled in a year"),
      // Chat spelling is written out before it is quoted.
      ("the clinics dont have enough staff", "the clinics don't have enough staff"),
      ("u cant trust them", "you can't trust them"),
    ])
  func quoted(text: String, clause: String) {
    #expect(QuestionSlot.quotedClause(text) == clause, "\(text)")
  }

  @Test(
    "a fragment or a list is never quoted",
    arguments: [
      "my mum, my aunt, everyone", "like when it rains", "it is what it is", "cos",
      "the whole thing with the fees and the rent and the parking and the staff",
    ])
  func notQuoted(text: String) {
    #expect(QuestionSlot.quotedClause(text) == nil, "\(text)")
  }

  @Test(
    "an impression of theirs is asked what makes it so, never how they know it",
    arguments: [
      ("cos the big stuff still feels fixed", "What makes it feel that way?"),
      ("it just feels rigged", "What makes it feel that way?"),
      ("the whole thing seems pointless", "What makes it seem that way?"),
      ("i feel like nobody listens to us", "What makes you feel that way?"),
      ("but it looks like a scam to me", "What makes it look that way?"),
      ("the system sounds broken", "What makes it sound that way?"),
      ("it seemed unfair at the time", "What makes it seem that way?"),
      ("the rules feel made up", "What makes it feel that way?"),
      ("we feel ignored", "What makes you feel that way?"),
      ("honestly it feels like they dont care", "What makes it feel that way?"),
    ])
  func impression(reason: String, question: String) {
    #expect(QuestionSlot.impressionQuestion(of: reason) == question, "\(reason)")
  }

  @Test(
    "a fact, or someone else's feeling, is no impression of theirs",
    arguments: [
      "the rent went up", "i know how it feels", "my dad feels strongly about it",
      "they seem nice", "prices rose fast", "everyone says it", "i think it works",
      "she looks tired", "we voted twice", "the feel of the place",
    ])
  func noImpression(reason: String) {
    #expect(QuestionSlot.impressionQuestion(of: reason) == nil, "\(reason)")
  }
}
