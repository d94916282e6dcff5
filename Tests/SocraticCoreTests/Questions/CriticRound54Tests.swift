import Testing

@testable import SocraticCore

/// Stop 54's graded faults: a filler before the question, rewrites that do not read as
/// English, the other person's words quoted back, statements with nothing to ask instead, digs
/// and news read as reflections, and fact or view told by the subject and what is said of it.
@Suite("Critic round 54: fillers, forms, quotes, statements and subjects")
struct CriticRound54Tests {
  let critic = QuestionCritic()

  @Test(
    "a sentence that only holds the floor is passed over, and the question after it judged",
    arguments: [
      "ok, where was i. what would your sister say about it?",
      "hmm how do i put this. what matters most to you about the move?",
      "where do i start. what do you want from the move?",
    ])
  func floorHolder(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .open)
    #expect(critique.problems == [])
  }

  @Test(
    "a rewrite that would carry a made or misspelt form, or decide what is done, is not shown",
    arguments: [
      ("is he comming tonight or tomorrow?", nil)
    ] as [(String, String?)])
  func badForms(question: String, suggestion: String?) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "a rewrite that names one of several things the question was about is not shown",
    arguments: [
      "did she pick the blue tiles or the grey ones?",
      "did they pick the cheap quote or the dear one?",
    ])
  func oneOfSeveral(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form != .open)
    #expect(critique.suggestion == nil)
  }

  @Test("a copula moved into the subject is no rewrite")
  func strandedComplement() throws {
    let critique = try critic.critique("Is everyone in politics corrupt?")
    #expect(critique.form == .closed)
    #expect(critique.suggestion == nil)
  }

  @Test("a word quoted as theirs before the question is theirs when the question asks about it")
  func quotedEarlier() throws {
    let critique = try critic.critique(
      "you called the new rota \"ridiculous\". what is ridiculous about it for you?")
    #expect(critique.form == .open)
    #expect(critique.problems == [])
  }

  @Test(
    "a statement whose own words make no question still gets one to ask instead",
    arguments: [
      ("You need the ladder back.", "What ideas of your own do you have about it?"),
      ("honestly that's a mistake", "How do you see it yourself?"),
    ])
  func fallback(statement: String, suggestion: String) throws {
    let critique = try critic.critique(statement)
    #expect(critique.form == .statement)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "news marked as such is information, and its marker no part of the claim asked about",
    arguments: [
      (
        "the chemist shuts at five, just so you know",
        "What do you make of the idea that the chemist shuts at five?"
      ),
      ("fyi the gym put its prices up", "What do you make of the gym?"),
    ])
  func markedNews(statement: String, suggestion: String) throws {
    let critique = try critic.critique(statement)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.information.explanation])
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "a dig that likens their view to one nobody holds, or a scoff, is a brush-off",
    arguments: [
      "and your uncle said the moon landing was faked too",
      "oh sure, pigs might fly",
    ])
  func digs(line: String) throws {
    let critique = try critic.critique(line, after: "I think the new diet is actually working")
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.dismissal.explanation])
  }

  @Test("a report that backs them is no dig")
  func backing() throws {
    let critique = try critic.critique("and my mum said that too")
    #expect(critique.problems == [StatementKind.opinion.explanation])
  }

  @Test(
    "a verdict on a named public thing is asked as a view",
    arguments: [
      (
        "Was the hosepipe ban a mistake?",
        "What's your view on whether the hosepipe ban was a mistake?"
      ),
      (
        "Was the rail strike justified?",
        "What's your view on whether the rail strike was justified?"
      ),
    ])
  func verdictOnIssue(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "a fact about someone's own people or things gets no view wording",
    arguments: ["Is your uncle a plumber?", "Is her car red?"])
  func ownFact(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == nil)
  }

  @Test("a claim about most of a kind is a view, not one particular thing")
  func quantifiedSubject() throws {
    let critique = try critic.critique("Do most teenagers like school?")
    #expect(critique.suggestion == "What's your view on whether most teenagers like school?")
  }
}
