import Testing

@testable import SocraticCore

/// Short answers and words about the questions themselves, in shapes graders met this stop: a
/// question the tool asked again is owned in the right voice, and a brief answer that names
/// something is an answer, never met with "Let me try another way in.".
@Suite("Explore owns a question asked again and hears brief answers")
struct ExploreBriefAnswersTests {
  static let belief = "Self checkout machines are ruining supermarkets."

  @Test(
    "told it asked a question before, the tool says it did, never that they did",
    arguments: ["u asked me that", "you already asked that one lol", "you asked that before"])
  func askedAgainOwnedByUs(answer: String) {
    var script = ExploreScript.questioning(Self.belief, answers: ["the queues are worse now"])
    let step = script.type(answer)
    let notices = ExploreScript.notices(step)
    #expect(notices.first == "I did. Sorry \u{2014} let me ask about something else.", "\(notices)")
    #expect(!notices.contains { $0.hasPrefix("You did") }, "\(notices)")
    #expect(ExploreScript.question(step) != nil)
  }

  @Test(
    "told they answered already, the tool owns asking again in their voice",
    arguments: ["i already answered that tbh", "i literally just gave you one"])
  func answeredAgainOwned(answer: String) {
    var script = ExploreScript.questioning(Self.belief, answers: ["the queues are worse now"])
    let step = script.type(answer)
    let notices = ExploreScript.notices(step)
    #expect(
      notices.first
        == "Sorry \u{2014} you'd answered that already. Let me ask about something else.",
      "\(notices)")
    #expect(ExploreScript.question(step) != nil)
  }

  @Test(
    "two words that name something are an answer, given back, never a failed question",
    arguments: [("aldi probably", "aldi"), ("tesco maybe", "tesco")])
  func briefNamedAnswer(answer: String, named: String) {
    var script = ExploreScript.questioning(Self.belief, answers: ["the queues are worse now"])
    let step = script.type(answer)
    let notices = ExploreScript.notices(step)
    #expect(!notices.contains(ExploreDialogue.anotherWayNotice), "\(notices)")
    let said = ExploreScript.reflections(step) + [ExploreScript.question(step)?.text ?? ""]
    #expect(said.contains { $0.contains(named) }, "\(said)")
  }

  @Test(
    "how much, said as the whole answer, is given back and the talk moves on",
    arguments: [("not much tbh", "So not much, tbh."), ("a fair bit", "So a fair bit.")])
  func amountAnswer(answer: String, reflection: String) throws {
    var script = ExploreScript.questioning(Self.belief, answers: ["the queues are worse now"])
    let step = script.type(answer)
    #expect(ExploreScript.reflections(step) == [reflection], "\(ExploreScript.reflections(step))")
    #expect(!ExploreScript.notices(step).contains(ExploreDialogue.anotherWayNotice))
    let question = try #require(ExploreScript.question(step)).text
    #expect(!question.contains("stands out for you"), "\(question)")
  }

  @Test(
    "a point on a scale is given back and the talk moves on, never asked about as a topic",
    arguments: [("medium tbh", "So medium, tbh."), ("about average", "So about average.")])
  func scaleAnswer(answer: String, reflection: String) throws {
    var script = ExploreScript.questioning(Self.belief, answers: ["the queues are worse now"])
    let step = script.type(answer)
    #expect(ExploreScript.reflections(step) == [reflection])
    let question = try #require(ExploreScript.question(step)).text
    #expect(!question.contains("stands out for you"), "\(question)")
  }

  @Test(
    "a shrug with a maybe is a wavering, never a failed question",
    arguments: ["idk. maybe", "dunno, maybe", "idk maybe?"])
  func shrugWithMaybe(answer: String) {
    var script = ExploreScript.questioning(Self.belief, answers: ["the queues are worse now"])
    let step = script.type(answer)
    #expect(!ExploreScript.notices(step).contains(ExploreDialogue.anotherWayNotice))
    #expect(ExploreScript.question(step) != nil)
  }

  @Test(
    "noise or a greeting alone is met with another way in, never given back",
    arguments: ["lol", "yeah", "hello?", "hiya", "hi there"])
  func noiseStillEasier(answer: String) {
    var script = ExploreScript.questioning(Self.belief, answers: ["the queues are worse now"])
    let step = script.type(answer)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.anotherWayNotice))
    #expect(ExploreScript.reflections(step).isEmpty, "\(ExploreScript.reflections(step))")
  }

  @Test(
    "asked whether it means to change their mind, the tool says what it is for first",
    arguments: [
      "the self scan ones are always broken. r u trying to talk me out of this",
      "is this meant to change my mind or what",
    ])
  func askedWhatItIsFor(answer: String) {
    var script = ExploreScript.questioning(Self.belief, answers: ["the queues are worse now"])
    let step = script.type(answer)
    #expect(ExploreScript.notices(step).first == ExploreDialogue.purposeNotice)
    #expect(ExploreScript.question(step) != nil)
  }

  @Test(
    "asked how long is left, the tool offers to wrap up before going on",
    arguments: [
      "nobody helps you when it beeps. are we almost done",
      "how many more questions are there lol",
    ])
  func askedHowLong(answer: String) {
    var script = ExploreScript.questioning(Self.belief, answers: ["the queues are worse now"])
    let step = script.type(answer)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.nearlyDoneNotice))
  }

  @Test(
    "a flat no is given back as the question not fitting, then an easier question",
    arguments: ["nope", "no.", "nah"])
  func flatNoTakenUp(answer: String) {
    var script = ExploreScript.questioning(Self.belief, answers: ["the queues are worse now"])
    let step = script.type(answer)
    #expect(ExploreScript.reflections(step) == ["So that one doesn't fit for you."])
    #expect(!ExploreScript.notices(step).contains(ExploreDialogue.anotherWayNotice))
    #expect(ExploreScript.question(step) != nil)
  }

  @Test(
    "a flat no to a question asked for a yes or a no answers it, and the questions go on",
    arguments: [
      ("Was there something that happened that first made you think so?", "no"),
      ("Fair enough. Did anyone you know change your mind on it?", "nope"),
    ])
  func flatNoAnswersYesNo(question: String, answer: String) {
    var script = ExploreScript.asked(
      question, belief: Self.belief, after: ["the queues are worse now"])
    let step = script.type(answer)
    #expect(!ExploreScript.reflections(step).contains(ExploreDialogue.flatNoReflection))
    #expect(!ExploreScript.notices(step).contains(ExploreDialogue.anotherWayNotice))
    let next = ExploreScript.question(step)?.text
    #expect(next != nil && next != question, "\(step.events)")
  }

  @Test("a first answer that compares with before repeats nothing: it is heard, not owned as said")
  func firstAnswerRepeatsNothing() {
    var script = ExploreScript.questioning("the new boiler is a waste of money")
    let step = script.type("bills same as before")
    #expect(
      !ExploreScript.reflections(step).contains { $0.hasPrefix(ExploreDialogue.repeatOwned) },
      "\(step.outputs)")
    #expect(ExploreScript.question(step)?.kind == .evidence, "\(step.events)")
  }
}
