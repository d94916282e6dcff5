import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief about bargain trainers, with a reason about how they are
/// made and one with a number in it.
private let trainersPack = TopicPack(
  id: "trainers", title: "Trainers", version: 1, keywords: ["trainers", "shoes", "bargain"],
  beliefs: [
    PackBelief(
      text: "Bargain trainers are a false economy.", side: .against,
      reasons: [
        "Bargain trainers are stitched to split within a season.",
        "My good pair has lasted six years of daily running.",
      ],
      replies: ["A cobbler wants twenty quid just to glue a sole back on."])
  ],
  questions: [])

@Suite("The drill hears the learner fairly: faithful reflections, numbers, slips and sources")
struct DrillHearsFairlyTests {
  @Test("a reflection that denies a stance beside the view, not the view, is well heard")
  func deniedStanceIsNoTurn() throws {
    let steps = drillSteps(
      typing: ["why do you think that?", "sounds like you dont really trust the cheap pairs"],
      holdingFirstBeliefOf: trainersPack)
    let (answer, critique) = try replyAndCritique(in: steps[1])
    #expect(critique.form == "reflection")
    #expect(critique.problems.isEmpty, "\(critique.problems)")
    #expect(
      answer.text.hasSuffix("my good pair has lasted six years of daily running.")
        || answer.text.hasSuffix("a cobbler wants twenty quid just to glue a sole back on."),
      "\(answer.text)")
  }

  @Test("a reflection that denies what the belief says still turns it round")
  func deniedViewTurns() throws {
    let steps = drillSteps(
      typing: ["why do you think that?", "so bargain trainers arent a false economy"],
      holdingFirstBeliefOf: trainersPack)
    let answer = try personaReply(in: steps[1])
    #expect(answer.text.hasPrefix("You're putting words in my mouth."), "\(answer.text)")
  }

  @Test("a number it said in words, asked back in digits and short ('6 yrs'), is its own")
  func numberInDigitsIsItsOwn() throws {
    let steps = drillSteps(
      typing: [
        "why do you think that?", "why else?", "what was it about the 6 yrs that mattered?",
      ],
      holdingFirstBeliefOf: trainersPack)
    let answer = try personaReply(in: steps[2])
    #expect(!answer.text.hasPrefix("The 6 yrs?"), "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore, "\(answer.text)")
  }

  @Test("keys struck and said sorry for are an aside: waited for, no question used")
  func slipOwnedIsAside() throws {
    let steps = drillSteps(
      typing: ["kjhgfd;;' sorry my nephew grabbed the keyboard", "why do you think that?"],
      holdingFirstBeliefOf: trainersPack)
    let answer = try personaReply(in: steps[0])
    #expect(answer.text == DrillDialogue.waiting)
    #expect(drillNotices(steps[0]).contains(DrillDialogue.asideNote), "\(drillNotices(steps[0]))")
    let review = try firstReview(in: steps[1])
    #expect(review.number == 1)
  }

  @Test(
    "asking where they heard or picked up a view asks its source: open, no fault",
    arguments: [
      "where did you hear that?", "where'd you read that", "Where did you pick that up?",
    ])
  func sourceQuestionIsOpen(question: String) throws {
    let critique = try QuestionCritic().critique(question)
    #expect(critique.form == .open, "\(question): \(critique.problems)")
    #expect(critique.problems.isEmpty, "\(critique.problems)")
  }
}
