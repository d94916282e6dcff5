import Testing

@testable import SocraticCore

/// Lines read after what the other side last said, as partner's `/me` and the drill pass it:
/// what the line does to their words decides its form and a reflection's depth.
@Suite("Utterances in context")
struct UtteranceContextTests {
  let critic = QuestionCritic()

  @Test(
    "a line that contradicts or corrects them, or brings counter-evidence, is an opinion",
    arguments: [
      (
        "My uncle says the new bridge cost more than the hospital.",
        "come on, the bridge isn't even finished yet. and the council put the real figures online"
      ),
      ("Vaccines gave my cousin that rash.", "That's not true, the rash started before the jab."),
      ("Maria lied to the court about the money.", "No, she wasn't even in the country that week."),
    ])
  func contradiction(after: String, text: String) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .statement)
    #expect(critique.depth == nil)
    #expect(critique.problems == [StatementKind.opinion.explanation])
  }

  @Test("counter-evidence in the speaker's own words, about their topic, is an opinion")
  func counterEvidence() throws {
    let after = "The senator did nothing about drug prices."
    let critique = try critic.critique(
      "Drug prices fell the year he capped insulin for pensioners.", after: after)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.opinion.explanation])
    let echo = try critic.critique("Nothing about drug prices.", after: after)
    #expect(echo.form == .reflection)
  }

  @Test(
    "naming the feeling under what they went through is a complex reflection",
    arguments: [
      (
        "My landlord gave me two weeks to move out.",
        "I had no idea. That sounds frightening, being told to leave like that."
      ),
      (
        "I was in the room when the doctor told my mum.",
        "So you heard it first. That must have been hard."
      ),
      (
        "The shop I ran for twenty years closed in March.",
        "Twenty years, and then it was gone. That's gotta be rough."
      ),
    ])
  func feelingAdded(after: String, text: String) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
  }

  @Test("giving their words back without a feeling stays simple")
  func wordsGivenBack() throws {
    let critique = try critic.critique(
      "You heard it first.",
      after: "I was in the room when the doctor told my mum, I heard it first.")
    #expect(critique.form == .reflection)
    #expect(critique.depth == .simple)
  }

  @Test(
    "agreeing to a plan is small talk that steers, not an argument",
    arguments: [
      ("Fancy the late film tonight?", "yeah sounds good, the late one"),
      ("want to grab pizza after work?", "sure lets do it, pepperoni"),
    ])
  func agreeingToAPlan(after: String, text: String) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.structuring.explanation])
  }

  @Test("giving your view when they asked for it is an answer, not a leading question")
  func viewWhenAsked() throws {
    let text = "Honestly? I reckon the plan costs too much."
    let asked = try critic.critique(text, after: "Fine, so what's your take on it then?")
    #expect(asked.form == .statement)
    #expect(asked.problems == [StatementKind.answer.explanation])
    #expect(asked.suggestion == StatementKind.answer.suggestion)
    let unasked = try critic.critique(text, after: "The plan goes to the council next week.")
    #expect(unasked.problems == [StatementKind.opinion.explanation])
    #expect(try critic.critique(text).form == .statement)
  }

  @Test(
    "what they say you think of them asks for your answer, as a question does",
    arguments: [
      (
        "you reckon i'm useless with money, don't lie",
        "I don't think you're useless, I think it's been a hard year."
      ),
      (
        "you blame me for the move, i can tell",
        "honestly I don't, I just miss being near your sister"
      ),
    ])
  func answerToWhatTheyThinkYouThink(after: String, text: String) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.problems == [StatementKind.answer.explanation])
    let unasked = try critic.critique(text, after: "the move was the worst thing we did")
    #expect(unasked.problems != [StatementKind.answer.explanation])
  }

  @Test("a lone 'Honestly?' that is all the line asks is still disbelief")
  func leadInThatAsks() throws {
    #expect(try critic.critique("Honestly? You trust them?").form == .leading)
    #expect(try critic.critique("Honestly?").form == .leading)
  }
}
