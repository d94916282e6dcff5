import Testing

@testable import SocraticCore

/// A yes/no check on how someone else is getting on is rewritten as that open check, not as a
/// claim to weigh up; a guess at their feeling is said to check a guess; a reflection that
/// turns a mild feeling up to its strongest overshoots, while a sweep put after "not" weakens.
@Suite("Check-ins ask how, feeling guesses check, raised feelings overshoot")
struct ChecksAndRaisedFeelingsTests {
  let critic = QuestionCritic()

  @Test(
    "a yes/no check on someone else is rewritten as the open check",
    arguments: [
      ("did mum get on ok with the new phone?", "How did mum get on with the new phone?"),
      ("is grandad getting on alright at the home?", "How is grandad getting on at the home?"),
      (
        "are the twins ok with the new childminder?",
        "How do the twins feel about the new childminder?"
      ),
      (
        "does your sister get on ok with her flatmates?",
        "How does your sister get on with her flatmates?"
      ),
    ])
  func gettingOn(text: String, rewrite: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == rewrite)
  }

  @Test("a guess at their feeling is said to check the guess")
  func feelingGuess() throws {
    let critique = try critic.critique("is it the noise from next door that's bothering you then")
    #expect(critique.form == .closed)
    #expect(critique.problems == [QuestionProblem.feelingGuess.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "a mild feeling given back at its strongest overshoots",
    arguments: [
      ("i'm a little nervous about the interview tbh", "So you're petrified of the interview."),
      ("bit annoyed he didn't text back", "You're livid he didn't text."),
      ("feeling a bit down since the cat went", "You're devastated since the cat went."),
    ])
  func raisedFeeling(after: String, text: String) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .reflection)
    #expect(
      critique.problems.contains { $0.contains("makes their view stronger than they put it") })
  }

  @Test("their own strong feeling given back overshoots nothing")
  func theirStrongFeeling() throws {
    let critique = try critic.critique(
      "You're terrified of the interview.", after: "honestly i'm petrified about the interview")
    #expect(critique.form == .reflection)
    #expect(critique.problems.isEmpty)
  }

  @Test("a sweep after 'not' weakens their view and is no overstatement")
  func negatedSweep() throws {
    let critique = try critic.critique(
      "so you're not completely sold on the new flat", after: "i dunno about the new flat really")
    #expect(critique.form == .reflection)
    #expect(critique.depth == .simple)
    #expect(critique.problems.isEmpty)
  }
}
