import Testing

@testable import SocraticCore

/// Everyday social lines — offers, invitations, backing off, a door left open — are coached as
/// fine as they are, not as leading questions or opinions, and get no rewrite.
@Suite("Offers, invitations and backing off are fine as they are")
struct SocialLineTests {
  let critic = QuestionCritic()

  @Test(
    "an offer or an invitation put as a question is fine, with no kind and no rewrite",
    arguments: [
      "milk and one sugar?",
      "tea or coffee?",
      "want a cuppa?",
      "d'you fancy a curry friday night?",
      "fancy coming for a walk later?",
      "would you like to come round for tea sunday?",
      "can i get you a drink?",
      "shall i put the kettle on?",
      "need a lift to the station tmrw?",
      "wanna join us at the pub after?",
    ])
  func offer(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .closed)
    #expect(critique.problems == [QuestionProblem.offer.explanation])
    #expect(critique.kind == nil)
    #expect(critique.suggestion == nil)
  }

  @Test(
    "a question that names nothing offered, or asks a taste, is no offer",
    arguments: [
      "do you like coffee?",
      "do you want a divorce?",
      "can i put it another way?",
      "do you fancy him?",
      "want a medal for that?",
    ])
  func notAnOffer(line: String) throws {
    let critique = try critic.critique(line)
    #expect(!critique.problems.contains(QuestionProblem.offer.explanation))
  }

  @Test(
    "backing off, or leaving the door open, is warmth: fine as it is",
    arguments: [
      "i'll leave it there for now then",
      "ok i'll drop it, not gonna push",
      "if you ever want to talk about it you can always ring me",
      "no worries, if it gets bad again you can tell me",
    ])
  func backingOff(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.warmth.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "a verdict on how the person behaves is the speaker's opinion, never a reflection",
    arguments: [
      "I think you're being a bit dramatic about the neighbours tbh",
      "honestly you're overreacting lol",
      "ngl you are being really stubborn about this",
      "you're making a big deal out of nothing imo",
    ])
  func judgementIsOpinion(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.opinion.explanation])
  }
}
