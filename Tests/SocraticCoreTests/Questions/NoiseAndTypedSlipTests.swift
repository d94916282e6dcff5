import Testing

@testable import SocraticCore

/// Faults graders read in transcripts: a plan told to them read as an open question, noise read
/// as a reflection, a misspelt question read as a reflection, a cause put in their mouth passed
/// as well heard.
@Suite("Noise, slips and causes put in their mouth")
struct NoiseAndTypedSlipTests {
  let critic = QuestionCritic()

  @Test(
    "a step told to them with a verb of talk that does not reach the asker is advice",
    arguments: [
      "just take the dog round the block first, job done.",
      "take your sister to the match on saturday, simple.",
      "run the hoover round before they get here, sorted.",
      "Just take grandad on a saturday, sorted.",
      "take over the rota yourself, done.",
    ])
  func stepToldIsAdvice(_ line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.advice.explanation])
  }

  @Test("a request for them to talk the asker through still asks openly")
  func talkThroughStillOpen() throws {
    let critique = try critic.critique("take me through how the move went")
    #expect(critique.form == .open)
  }

  @Test(
    "keys struck at random are noise, not a reflection",
    arguments: ["asdf", "qwop zxcvb", "hjkl;"])
  func keysAreNoise(_ line: String) throws {
    let critique = try critic.critique(line, after: "the bus was late again this morning")
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.noise.explanation])
    #expect(
      critique.problems.first == "no words they would know: type what you mean to ask or say back")
  }

  @Test(
    "keys struck and owned up to as a slip in the same line are noise; an apology with words is not",
    arguments: [
      ("hhhhhh ;;;; sorry the cat sat on the keybord", StatementKind.noise),
      ("soz toddler got my phone lkjhgf", .noise),
      ("oops qwertyu", .noise),
      ("sorry i'm late, the bus was rammed", .warmth),
      ("sorry, hmm", .warmth),
      ("sorry hmmmm i think the council lied", .warmth),
    ])
  func ownedSlip(_ line: String, _ kind: StatementKind) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(critique.problems.first == kind.explanation)
  }

  @Test(
    "a lone letter beside keys struck is one more key; alone or after a word, a curt reply",
    arguments: [
      ("jjjj;;;l", StatementKind.noise), ("k", .dismissal), ("ok k", .dismissal),
    ])
  func loneLetter(_ line: String, _ kind: StatementKind) throws {
    let critique = try critic.critique(line, after: "the bus was late again this morning")
    #expect(critique.form == .statement)
    #expect(critique.problems == [kind.explanation])
  }

  @Test(
    "a question word typed with a slip is read as the question it misspells",
    arguments: [
      ("waht do you make of the new rota", "what do you make of the new rota"),
      ("hiw was the first week", "how was the first week"),
      ("whta did your dad say about it", "what did your dad say about it"),
    ])
  func slipStillAsks(_ line: String, _ meant: String) throws {
    let heard = "i got the job offer yesterday"
    let critique = try critic.critique(line, after: heard)
    #expect(critique.form == .open)
    #expect(critique.form == (try critic.critique(meant, after: heard)).form)
    #expect(critique.question == line)
  }

  @Test(
    "a reason of the listener's own for how they feel puts a cause in their mouth",
    arguments: [
      (
        "my sister hasn't rung me since the wedding",
        "you're hurt because she blames you for the seating plan",
        "'because she blames you for the seating plan'"
      ),
      (
        "the neighbours had another party till 3am",
        "you're fuming because they think you're a pushover",
        "'because they think you're a pushover'"
      ),
    ])
  func causePutInTheirMouth(_ heard: String, _ line: String, _ quoted: String) throws {
    let critique = try critic.critique(line, after: heard)
    #expect(critique.form == .reflection)
    #expect(critique.problems.first?.hasPrefix(quoted + " gives a reason of your own") == true)
  }

  @Test("a reason they gave themselves, given back, is heard")
  func theirOwnReasonPasses() throws {
    let critique = try critic.critique(
      "so you're cross because the landlord ignored the leak",
      after: "the landlord ignored the leak for a month and now the ceiling's down")
    #expect(critique.form == .reflection)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "a why alone after a name for the listener is bare, coached with curiosity",
    arguments: ["mate why", "hun why"])
  func bareWhyAfterChat(_ line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .open)
    #expect(critique.problems == [QuestionProblem.bareWhy.explanation])
    #expect(critique.suggestion == "What leads you to that?")
  }
}
