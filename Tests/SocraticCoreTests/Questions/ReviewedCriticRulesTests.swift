import Testing

@testable import SocraticCore

/// Rules a review found too wide: mistreatment needs the person as its object; a speaker's
/// tagged act gets a rewrite; "honestly" is warm only beside asking how someone is faring; "who's
/// right here" stays plain English; a two-letter slip is "how" only before a quantity.
@Suite("Mistreatment, speaker tags, faring questions, 'who's right here' and short slips")
struct ReviewedCriticRulesTests {
  let critic = QuestionCritic()

  @Test(
    "a thing let happen that does nothing to the person is a plain yes/no question",
    arguments: [
      "Did you let the kids walk over to the park?", "Did you let the dog walk over to the gate?",
    ])
  func literalLetting(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed)
    #expect(critique.problems == [QuestionProblem.yesNo.explanation])
  }

  @Test("mistreatment of the person still leads, and the rewrite names who does it")
  func mistreatment() throws {
    let critique = try critic.critique("why do you let your landlord take advantage of you?")
    #expect(critique.form == .leading)
    #expect(critique.suggestion == "How do things stand between you and your landlord?")
  }

  @Test(
    "a speaker's own act with 'didn't i' is asked about from the hearer's side",
    arguments: ["paid you back last week didnt i", "let you down didnt i"])
  func speakersAct(text: String) throws {
    let critique = try critic.critique(text)
    // A confirmation of the speaker's own act is closed (`SpeakerActTagTests`).
    #expect(critique.form == .closed)
    #expect(critique.suggestion == "How did that come across to you?")
  }

  @Test(
    "'honestly' before a question that is no faring question keeps its scorn",
    arguments: [
      "Honestly, how are you getting away with this?",
      "Honestly, how are you finding the time for this?",
    ])
  func scornfulHonestly(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .leading)
    #expect(critique.problems.first?.hasPrefix("'Honestly' sounds like disbelief") == true)
  }

  @Test(
    "'honestly' beside asking how they fare with something, or lately, is open",
    arguments: [
      "honestly how are you getting on with the new job?",
      "honestly, how are you keeping these days",
    ])
  func warmHonestly(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "'right' before a place or time word is still what is said of who",
    arguments: [
      ("Who's right here, you or your brother?", "How would you decide who's right here?"),
      ("who's right then, you or your brother?", "How would you decide who's right then?"),
    ])
  func whoIsRightHere(text: String, rewrite: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.suggestion == rewrite)
  }

  @Test(
    "two letters before a helper verb are no question word",
    arguments: ["ow did that hurt", "wo is coming"])
  func shortSlip(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form != .open)
    #expect(critique.problems != [QuestionProblem.singleFact.explanation])
  }
}
