import Testing

@testable import SocraticCore

/// Lines that ask nothing, told apart by how their clauses are built rather than by the words
/// they use: who the clause is about, and whether its verb advises, predicts or gives back.
@Suite("Utterance structure")
struct UtteranceStructureTests {
  let critic = QuestionCritic()

  @Test(
    "a general fact about a thing, people in general or evidence informs, with no cue word",
    arguments: [
      "Heavy drinking damages the liver over time.",
      "Withdrawal can last several days.",
      "Anyone who drinks daily builds up tolerance.",
      "Researchers have linked heavy gambling with depression.",
      "You'll sleep better within a week or two.",
      "You're not allowed to drive for six months after a seizure.",
      "You're entitled to two weeks of paid leave.",
    ])
  func information(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.information.explanation])
  }

  @Test(
    "a command, a suggestion put as a subject, options, and advice to 'you' by its modal advise",
    arguments: [
      "Write down each craving as it comes.",
      "One thing that works for many is swapping the evening beer for sparkling water.",
      "Some people quit at once, others taper off over a month.",
      "You ought to tell your sister.",
      "I think you ought to tell your sister.",
      "You don't need a second opinion.",
      "You need more sleep than you're getting.",
      "A couple of ideas come to mind, like walking at lunch.",
      "Maybe you can ask your brother for a lift.",
      "You gotta get more sleep than that.",
    ])
  func advice(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.advice.explanation])
  }

  @Test(
    "a want in the first person with no 'you' voices the other person: a reflection",
    arguments: [
      "I want to get my evenings back.",
      "I don't want the late nights, but I want the friends.",
      "Part of me wants to sell the bike.",
      "I wish I'd never started on the slots.",
    ])
  func voicedForThem(text: String) throws {
    #expect(try critic.critique(text).form == .reflection)
  }

  @Test(
    "the speaker's own want or view stays a statement: framed, or aimed at 'you'",
    arguments: [
      "I want you to keep a diary of each drink.",
      "I think I want to move on to your sleep.",
      "I wanted to ask about the weekend.",
    ])
  func speakersOwnWant(text: String) throws {
    #expect(try critic.critique(text).form == .statement)
  }

  @Test("'you' with a verb that gives back is a reflection; with a modal that advises, advice")
  func verbDecidesAddressee() throws {
    #expect(try critic.critique("You want to tell your sister.").form == .reflection)
    #expect(try critic.critique("You'd rather keep the car than move.").form == .reflection)
    #expect(try critic.critique("You ought to tell your sister.").form == .statement)
  }

  @Test(
    "what dates their story, a transcript's note and words that only hold the floor inform nobody",
    arguments: [
      "It was different 20 years ago.",
      "The cravings get worse at night [inaudible 00:03:10].",
      "Hang on.",
      "Okay, so the evenings are the worst.",
    ])
  func notStatements(text: String) throws {
    #expect(try critic.critique(text).form == .reflection)
  }

  @Test(
    "agreeing that they are right gives nothing of theirs back; asking what brought them there does",
    arguments: ["You're right.", "You're absolutely right, that was unfair."])
  func agreement(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.agreement.explanation])
    #expect(critique.suggestion == "What brought you to that view?")
  }

  @Test("a frame of what was heard gives back, however it is worded, whatever else the line says")
  func hearingFrame() throws {
    let text = "We can look at that later, but it does sound like people have been unkind to you."
    #expect(try critic.critique(text).form == .reflection)
  }

  @Test(
    "'you can' inside a clause about their life, and 'a good job' as work, advise and praise nobody",
    arguments: [
      "The weekend is the one time when you can switch off.",
      "The gym is somewhere that you can go without the kids.",
      "He's never had a good job.",
    ])
  func embeddedCues(text: String) throws {
    #expect(try critic.critique(text).form == .reflection)
  }

  @Test("the speaker's view framed by 'I think' is an opinion unless what it frames advises")
  func viewFrame() throws {
    let critique = try critic.critique("I think it's a lot to take on.")
    #expect(critique.problems == [StatementKind.opinion.explanation])
  }
}
