import Testing

@testable import SocraticCore

/// Rewrites the critic withholds rather than offer one no reader could answer or one that
/// keeps what the question presumed of the person; and lines it now reads for what they do.
@Suite("Rewrites withheld, and forms read plainly")
struct WithheldRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "a question about the line just said gets no 'whether that is …' rewrite",
    arguments: [
      ("is that a maybe?", nil),
      ("isn't that what you told me before?", nil),
      ("is this exactly the point?", nil),
    ] as [(String, String?)])
  func weighsTheLastLine(question: String, rewrite: String?) throws {
    let critique = try critic.critique(question)
    #expect(critique.form != .open)
    #expect(critique.suggestion == rewrite)
  }

  @Test(
    "a leading question's reading of the person is not handed back as theirs to justify",
    arguments: [
      "dont you think youre just saying that cos youre nervous",
      "don't you think you're just hoping the shop reopens?",
    ])
  func readingOfThePerson(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == nil)
  }

  @Test("chat spelling is read as its spelled-out twin, and never pasted into a rewrite")
  func chatSpelling() throws {
    // "wat" reads as "what": the line is an open question, with nothing to mend.
    let open = try critic.critique("wat do u meen u nvr sed u wer cumin to the gig?")
    #expect(open.form == .open, "\(open.form)")
    #expect(open.problems.isEmpty, "\(open.problems)")
    #expect(open.suggestion == nil)
    // "dont u think" leads; its rewrite is spelled out: "ur" and "wud" are not pasted in.
    let leading = try critic.critique("dont u think ur nan wud mind?")
    #expect(leading.form == .leading, "\(leading.form)")
    #expect(leading.problems.first == "negative question that presumes the answer")
    #expect(leading.suggestion == "What's your view on whether your nan would mind?")
  }

  @Test(
    "a statement on 'that' with a 'didn't it' tag asks for agreement, whatever hedge it has",
    arguments: [
      ("that sort of went wrong didnt it", nil),
      ("that kind of fell apart didn't it?", "What's your view on whether that fell apart?"),
    ] as [(String, String?)])
  func demonstrativeTag(line: String, rewrite: String?) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.hasPrefix("tag question") })
    // No rewrite that puts the clause where a thing goes: "about that sort of went wrong".
    #expect(critique.suggestion == rewrite)
  }

  @Test(
    "a step put to them softly is advice, not a reflection",
    arguments: [
      "maybe try leaving the bike in the hall",
      "you could always just phone once",
      "you can always ask the council again",
    ])
  func softAdvice(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(critique.problems.first?.hasPrefix("advice") == true)
  }

  @Test(
    "what anyone can tell, see or count on is no step put to them",
    arguments: [
      "you can always tell when the bus is running late",
      "you could always hear the trains from the old flat",
      "you can always count on him to bring the cake",
    ])
  func perceivedNotAdvice(line: String) throws {
    let critique = try critic.critique(
      line, after: "The new flat is fine but I miss the old street.")
    #expect(critique.form == .reflection)
    #expect(critique.problems.allSatisfy { !$0.hasPrefix("advice") })
  }

  @Test("a door left open to the speaker is still warmth")
  func doorLeftOpen() throws {
    let critique = try critic.critique("you can always ring me after your shift")
    #expect(critique.form == .statement)
    #expect(critique.problems.first?.hasPrefix("warmth") == true)
  }

  @Test(
    "a line that ends on the word it asks about is a question, not a reflection",
    arguments: ["finished early how", "scared of what tho"])
  func closingQuestionWord(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .open)
    #expect(critique.kind == .clarification)
    #expect(critique.suggestion == nil)
  }

}
