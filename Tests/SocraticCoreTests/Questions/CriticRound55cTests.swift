import Testing

@testable import SocraticCore

/// Stop 55's third round: a reviewer's regressions of round one (a lowercase "i" beside an
/// added "is", a new practice asked how it is getting on, a preference between days called a
/// plain fact, chat abbreviations called noise), and real listeners' lines coded: empathy and
/// a steer back to them, a reflection with a check after it, "whose", an either-or about
/// feelings or about which answer they gave, and the kind of a question of consequences.
@Suite("Critic round 55c: reviewed regressions, listeners' lines coded")
struct CriticRound55cTests {
  let critic = QuestionCritic()

  @Test(
    "an 'is' the rewrite adds beside the asker's lowercase 'i' is a verb, not one made of 'i'",
    arguments: [
      ("do you think it's odd that i miss it?", "How odd is it that I miss it?"),
      ("do you think it's mad that i kept them?", "How mad is it that I kept them?"),
      ("do you think it's odd that she misses it?", "How odd is it that she misses it?"),
    ])
  func lowercaseI(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "a new practice named by an -ing word is judged, never asked how it is getting on",
    arguments: [
      ("Is flatsharing ok?", "How do you see flatsharing?"),
      ("is upcycling fine?", "How do you see upcycling?"),
      ("Is the new puppy ok?", "How is the new puppy?"),
    ])
  func practiceNotWellbeing(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "two days to prefer or rank are a choice of view; two times, shortened or not, a plan",
    arguments: [
      ("do you prefer tuesday or thursday?", QuestionProblem.eitherOr),
      ("is monday or wednesday better for you?", .eitherOr),
      ("is the gig on thurs or fri?", .plainChoice),
      ("is the barbecue this weekend or next?", .plainChoice),
      ("is the quiz on tuesday or wednesday?", .plainChoice),
    ])
  func timeChoice(question: String, problem: QuestionProblem) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems.first == problem.explanation)
  }

  @Test(
    "a chat abbreviation beside a word of chat is chat, not keys struck",
    arguments: ["nah ffs", "nope fml"])
  func chatAbbreviation(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.opinion.explanation])
  }

  @Test(
    "a guess at a hurt, how it sounds, or a steer back to what they were saying gives back",
    arguments: [
      ("i slipped on the ice and landed on my wrist", "that must have hurt"),
      ("the car failed its mot again", "bet that stung"),
      ("the boiler packed in again and the kids are freezing", "sounds grim to be fair"),
      (
        "my neighbour's a pain, anyway my mum's had a fall",
        "we can come back to the neighbour later though, you were saying about your mum"
      ),
    ])
  func empathyGivesBack(after: String, line: String) throws {
    let critique = try critic.critique(line, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
  }

  @Test(
    "a reflection with a check after it is judged as the reflection; advice with one is not",
    arguments: [
      (
        "she cancelled on me three times this month",
        "so you felt she doesn't value your time, is that fair?", QuestionForm.reflection
      ),
      (
        "work is fine but the commute is wrecking me",
        "so it's the commute that's wrecking you. have I got that right?", .reflection
      ),
      (
        "the gym's fine, it's the changing rooms i can't stand",
        "so it's the changing rooms, not the gym. is that what you mean?", .reflection
      ),
      (
        "work is fine but the commute is wrecking me", "you should just move closer, is that fair?",
        .closed
      ),
    ])
  func checkedReflection(after: String, line: String, form: QuestionForm) throws {
    let critique = try critic.critique(line, after: after)
    #expect(critique.form == form)
  }

  @Test(
    "'whose' asks an owner's name, a single fact; 'whose fault' asks a verdict",
    arguments: [
      ("whose coat is this?", QuestionForm.closed), ("whose scarf did you borrow?", .closed),
      ("whose fault was the crash?", .open),
    ])
  func whoseAsks(question: String, form: QuestionForm) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == form)
    if form == .closed {
      #expect(critique.problems == [QuestionProblem.singleFact.explanation])
    }
  }

  @Test(
    "an either-or about what is worrying them keeps its fault; which answer they gave is fine",
    arguments: [
      ("is it the cost or the time that's worrying you?", QuestionProblem.eitherOr),
      ("was that a yes or a no haha", .plainChoice),
      ("are you getting the bus or the train?", .plainChoice),
    ])
  func feelingEitherOr(question: String, problem: QuestionProblem) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems.first == problem.explanation)
  }

  @Test(
    "how a step would land, or what would make a thing easier, asks about implications",
    arguments: [
      "if you moved out and they sold the house, how would that sit with you?",
      "what would make the drive easier for you?",
    ])
  func implicationsKind(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open)
    #expect(critique.kind == .implications)
  }

  @Test(
    "'honestly' after asking what it has been like invites candour; after a jab it scorns",
    arguments: [
      ("what's it been like since the move, honestly?", QuestionForm.open),
      ("how are you finding it, honestly?", .open),
      ("why would you buy that, honestly?", .leading),
    ])
  func candidHonestly(question: String, form: QuestionForm) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == form)
  }
}
