import Testing

@testable import SocraticCore

/// Rewrites chosen by what the question does: a jab at a decision, a motive put on the person,
/// a shared chore, a doubted step, how something went, a verdict on an amount, an event judged.
@Suite("Rewrites by what the question does")
struct QuestionTypeFrameTests {
  let critic = QuestionCritic()

  @Test(
    "each type of question gets its own frame, with the jab, motive or verdict left out",
    arguments: [
      (
        "Why on earth did you paint the hallway black?",
        "What made you decide to paint the hallway black?"
      ),
      ("You only joined the gym because your sister did, right?", "What made you join the gym?"),
      ("You're just saying that cos you're tired, aren't you?", "What makes you say that?"),
      ("Have you even checked the tyres before driving?", "What did you check before driving?"),
      ("Did the new timetable work out in the end?", "How did the new timetable work out?"),
      ("Did the school trip go as badly as they said?", "How did the school trip go?"),
      (
        "Is three cups of coffee a day too much for a teenager?",
        "How much coffee do you think is right for a teenager?"
      ),
      ("Don't you think the umpire spoiled the match?", "What did you make of the match?"),
      ("Don't you think Chelsea blew it again?", "What did you make of how Chelsea did?"),
      ("So the rent increase doesn't worry you?", "How do you feel about the rent increase?"),
      (
        "Is a night shift realistic for a new parent?",
        "How realistic is a night shift for a new parent?"
      ),
    ])
  func typedFrame(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "a clause is asked about without an afterthought, a charge on the person or a checked summary",
    arguments: [
      ("is that really allowed tho, like in a rented flat?", nil)
    ] as [(String, String?)])
  func cleanClause(question: String, suggestion: String?) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }
}
