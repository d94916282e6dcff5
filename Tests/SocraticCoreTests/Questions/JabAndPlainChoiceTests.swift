import Testing

@testable import SocraticCore

/// Jabs put as questions lead and say so; an either-or about a plain fact of the person's own
/// is closed and fine; loaded phrases and disbelief are named; a gloss or a lead-in is not a
/// second question.
@Suite("Jabs, plain choices and how many questions")
struct JabAndPlainChoiceTests {
  let critic = QuestionCritic()

  @Test(
    "sarcasm, a complaint or a mocking tag leads, and the problem names the jab",
    arguments: [
      ("Where did you hear that, YouTube?", "'YouTube' is sarcasm"),
      ("Who says so, some influencer?", "'some influencer' is sarcasm"),
      ("Would it hurt you to ring your gran?", "'Would it hurt you' is sarcasm"),
      ("Is it so hard to put the lid back on?", "'Is it so hard to' is sarcasm"),
      ("Who do you think you are?", "'Who do you think you are' is sarcasm"),
      ("Why am I always the one who books the table?", "'Why am I always' is a complaint"),
      (
        "How come I'm the only one who feeds the cat?", "'How come I'm the only one' is a complaint"
      ),
      ("Why does nobody ever refill the printer?", "'Why does nobody ever' is a complaint"),
      ("Is it so hard for you to knock first?", "'Is it so hard for you to' is sarcasm"),
    ])
  func jab(question: String, problem: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.first?.hasPrefix(problem) == true, "\(critique.problems)")
  }

  @Test(
    "a jab's suggestion asks without it",
    arguments: [
      ("Who sold you that idea, TikTok?", "Who sold you that idea?"),
      ("And who pays for the new roads, genius?", "Who pays for the new roads?"),
      ("What do you think happens next, smart guy?", "What do you think happens next?"),
      (
        "Would it kill you to water the plants for once?",
        "What would make it easier for you to water the plants?"
      ),
    ])
  func jabSuggestion(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "a complaint's suggestion is never in the asker's voice",
    arguments: ["why do i always end up driving lol", "Why am I always the one who phones first?"])
  func complaintSuggestion(question: String) throws {
    let suggestion = try #require(try critic.critique(question).suggestion)
    let words = Tokenizer.tokenize(suggestion).map(\.lowercased)
    #expect(!words.contains("i") && !words.contains("me"), "\(suggestion)")
  }

  @Test(
    "questions that only look like jabs stay open",
    arguments: [
      "What do you think, Priya?", "How hard was it to give up sugar?",
      "Why is it so hard to find a flat?", "What do you think you'll need to change?",
    ])
  func notJabs(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "an either-or about a plain fact of the person's own is closed, fine, and not rewritten",
    arguments: [
      "Do you follow Celtic or Rangers?", "Is it oat or soy milk that you take?",
      "Are you cycling or walking in tomorrow?",
    ])
  func plainChoice(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems.count == 1)
    #expect(critique.problems.first?.hasPrefix("closed, and fine as it is") == true)
    #expect(critique.suggestion == nil)
  }

  @Test(
    "an either-or about a view, a judgement or a thing keeps its fault",
    arguments: [
      "Do you think nuclear is a solution or a risk?", "Are you hopeful or worried?",
      "Is the euro a success or a failure?",
    ])
  func viewChoice(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.problems == ["either-or question that offers only the answers you thought of"])
  }

  @Test(
    "a second option that names nothing is no plain choice, so it is not passed as fine",
    arguments: ["Is your uncle still upset with me or what?", "Are you mad at me or something?"])
  func emptyOption(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.problems.contains { $0.hasPrefix("closed, and fine as it is") } == false)
  }

  @Test(
    "loaded phrases and disbelief are named",
    arguments: [
      ("Why do you back the union no matter what?", "loaded wording ('no matter what')"),
      ("Why would you buy that junk?", "loaded wording ('junk')"),
      ("How can you still vote for them?", "'still' sounds like disbelief"),
    ])
  func loaded(question: String, problem: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.hasPrefix(problem) }, "\(critique.problems)")
  }

  @Test("junk food is a plain name")
  func junkFood() throws {
    #expect(try critic.critique("What draws you to junk food after work?").form == .open)
  }

  @Test(
    "a gloss, or a lead-in said with a full stop, is not a second question",
    arguments: [
      "What did you mean by fair? Like equal, or just reasonable?",
      "I'm not taking sides. I just want to hear how you see it. What matters most to you here?",
      "Hm. Did your landlord say why?",
    ])
  func oneQuestion(text: String) throws {
    let critique = try critic.critique(text)
    #expect(
      !critique.problems.contains { $0.hasPrefix("asks 2 questions") }, "\(critique.problems)")
    #expect(!critique.problems.contains { $0.contains("repeat themselves") })
  }

  @Test("two questions with question marks are still two")
  func twoQuestions() throws {
    let critique = try critic.critique("Why did you move? Was it the rent?")
    #expect(critique.problems.contains { $0.hasPrefix("asks 2 questions") })
  }
}
