import Testing

@testable import SocraticCore

/// A how-question typed short of a letter still asks; a gloat with its tag pushes for
/// agreement; a "why would you let …" that names mistreatment leads; "honestly" beside asking
/// how someone is holding up is warmth, not disbelief; a who-is-right choice is rewritten in
/// plain English.
@Suite("Typed slips ask, gloats lead, warm 'honestly' is open, 'who's right' reads plainly")
struct SlipsGloatsAndCandourTests {
  let critic = QuestionCritic()

  @Test(
    "'hw' before a quantity asks as 'how' does",
    arguments: ["hw many tickets did you get for the gig", "hw long did the drive take you"])
  func shortHow(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed)
    #expect(critique.problems == [QuestionProblem.singleFact.explanation])
  }

  @Test(
    "a gloat with its tag is leading; the rewrite asks what they make of how it went",
    arguments: [
      "said it would rain didnt i", "warned you about that car didn't I",
      "told you the ferry would be late didnt i",
    ])
  func gloat(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .leading)
    #expect(critique.problems == [QuestionProblem.tagQuestion.explanation])
    #expect(critique.suggestion == "What do you make of how it turned out?")
  }

  @Test(
    "letting someone mistreat them, put as a why-question, leads; the rewrite asks how things stand",
    arguments: [
      (
        "Why would you let your boss walk all over you?",
        "How do things stand between you and your boss?"
      ),
      (
        "why do you let your sister push you around?",
        "How do things stand between you and your sister?"
      ),
    ])
  func mistreatmentAllowed(text: String, rewrite: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == rewrite)
  }

  @Test(
    "'honestly' beside asking how they are faring is open",
    arguments: [
      "honestly how are you coping with the new baby?", "Honestly, how have you been?",
      "so honestly how's it going",
    ])
  func warmHonestly(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }

  @Test("'honestly' beside a reproach keeps its disbelief")
  func scornfulHonestly() throws {
    let critique = try critic.critique("Honestly, how are you okay with this?")
    #expect(critique.form == .leading)
  }

  @Test(
    "who is right between two people is asked as how they would decide it",
    arguments: [
      ("who's right, you or your sister?", "How would you decide who's right?"),
      (
        "who's right, you or your flatmate?",
        "How would you decide who's right, you or your flatmate?"
      ),
    ])
  func whoIsRight(text: String, rewrite: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.suggestion == rewrite)
  }
}
