import Testing

@testable import SocraticCore

/// Stop 54's review of the critic: rewrites given to questions about people the asker has in
/// mind or to a private verdict, their own words recalled
/// called a brush-off, the asker's scare quotes excused, a retort missed, and a stock question
/// put after a shared feeling.
@Suite("Critic review 54: pointed subjects, typed words, retorts and shared feelings")
struct CriticReview54Tests {
  let critic = QuestionCritic()

  @Test(
    "a question about everyone, someone or a group of theirs asks a fact, and gets no view wording",
    arguments: [
      "Has everyone had a turn?", "Is something burning?", "Are all your cousins coming?",
      "Is that a little girl?",
    ])
  func pointedSubject(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == nil)
  }

  @Test(
    "a verdict on someone's own thing is theirs to tell; one on a public thing is a view",
    arguments: [
      ("Was your holiday a success?", nil),
      ("Was his speech a mistake?", nil),
      ("Was the ceasefire a mistake?", "What's your view on whether the ceasefire was a mistake?"),
    ] as [(String, String?)])
  func privateVerdict(question: String, suggestion: String?) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "their own words recalled, or a report that backs them, is no brush-off",
    arguments: [
      "and you said the diet was working too",
      "and your aunt said the same thing about the old car too",
    ])
  func noLikening(line: String) throws {
    let critique = try critic.critique(line, after: "I've started swimming every morning")
    #expect(critique.problems != [StatementKind.dismissal.explanation])
  }

  @Test(
    "a likening, a scoff at its chance or a stock retort is a brush-off, whatever opens it",
    arguments: [
      "and my grandad thought the moon was made of cheese as well", "sure, no chance",
      "Yeah, right.",
    ])
  func retorts(line: String) throws {
    let critique = try critic.critique(line, after: "I've started swimming every morning")
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.dismissal.explanation])
    #expect(critique.suggestion == "What about it matters most to you?")
  }

  @Test("the asker's own scare quotes do not excuse their loaded word")
  func scareQuotes() throws {
    let critique = try critic.critique(
      "the new rota is a bit \"ridiculous\" if you ask me. what's ridiculous about it for you?")
    #expect(critique.form == .leading)
    #expect(critique.problems == [QuestionProblem.loadedWording("ridiculous").explanation])
  }

  @Test(
    "a feeling shared with them gets no stock question about an 'it' it never named",
    arguments: ["i'd be gutted too", "i think i'd be nervous too"])
  func sharedFeeling(statement: String) throws {
    let critique = try critic.critique(statement)
    #expect(critique.form == .statement)
    #expect(critique.suggestion == nil)
  }

  @Test(
    "a pause or a word of still thinking before the question only holds the floor",
    arguments: [
      "bear with me. what would your mum make of it?",
      "let me think. what would your mum make of it?",
      "one sec. what would your mum make of it?",
    ])
  func floorHolders(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .open)
    #expect(critique.problems == [])
  }
}
