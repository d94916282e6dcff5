import Testing

@testable import SocraticCore

/// "i just said lol", "i literally just told u": what they said a moment ago asked for again.
/// It is owned and the talk moves on to something else; never an apology for a miss, an easier
/// question, or silence.
@Suite("Explore owns a question they had answered already")
struct ExploreToldAlreadyTests {
  @Test(
    "told you already is owned, and the next question is of another family",
    arguments: [
      "i just said lol", "i literally just told u", "i said already", "i just said that mate",
      "i literally just said it", "i said it already tbh",
    ])
  func owned(reply: String) {
    var script = ExploreScript.questioning(
      "the bus company doesnt care about the villages",
      answers: ["they cut the 42 to twice a day and my nan cant get to the doctors now"])
    let asked = script.questions.last?.text ?? ""
    let step = script.type(reply)
    let notices = ExploreScript.notices(step)
    #expect(notices.first == TurnRequest.answeredAlready.notice, "\(notices)")
    #expect(!notices.contains { $0.hasPrefix("Sorry, I got that wrong") }, "\(notices)")
    #expect(!notices.contains(ExploreDialogue.noRushNotice), "\(notices)")
    let next = ExploreScript.question(step)?.text ?? ""
    let plan = script.dialogue.state.plan
    let families = { (text: String) in plan.map { $0.families(of: text) } ?? [] }
    #expect(!next.isEmpty && families(next).isDisjoint(with: families(asked)), "\(asked) → \(next)")
  }

  @Test("what they said they said is a correction when they say it again in other words")
  func saidOtherWords() {
    #expect(TurnRequest.read("i just said the trams not the buses") != .answeredAlready)
  }
}

/// A story about someone else is asked about as theirs: never "what happened to you" when it
/// befell a person who worked for them or sat beside them.
@Suite("Who a story is about decides the question")
struct ExploreStoryPersonTests {
  @Test(
    "a story of someone beside them is no event of theirs",
    arguments: [
      "this lad who worked for me got laid off in the first round",
      "a girl who sat with us in year 11 got kicked out for vaping",
    ])
  func besideThem(told: String) {
    let question = AnswerFollowUp.typicalQuestion(of: told)
    #expect(question?.contains("happened to you,") != true, "\(question ?? "nil")")
  }

  @Test(
    "what befell them is still theirs",
    arguments: [
      ("they laid me off in march", "How typical is what happened to you, do you think?"),
      ("the council fined us for the bins", "How typical is what happened to you, do you think?"),
    ])
  func befellThem(told: String, question: String) {
    #expect(AnswerFollowUp.typicalQuestion(of: told) == question, "\(told)")
  }
}
