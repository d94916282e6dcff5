import Testing

@testable import SocraticCore

/// A belief of these tests' own, with reasons and no replies.
private let libraryPack = TopicPack(
  id: "libraries", title: "Libraries", version: 1, keywords: ["library", "libraries", "books"],
  beliefs: [
    PackBelief(
      text: "Town libraries should stay open every evening.",
      reasons: [
        "People on late shifts have nowhere else to read or study.",
        "A warm quiet room keeps teenagers off the streets.",
      ])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The steps of a drill on the library belief, one for each line typed.
private func typed(_ lines: [String]) -> [DialogueStep] {
  var script = drill(holdingFirstBeliefOf: libraryPack)
  return lines.map { script.type($0) }
}

private let push = "come on, anyone can see the council can't afford that"

@Suite(
  "The drill persona hears a repair said alone, its own condition pointed back at, and a noun of its own"
)
struct PersonaHearsRepairTests {
  @Test(
    "an apology with no question after it is taken, credited and leaves the persona's confidence",
    arguments: ["ok fair i pushed", "i went a bit hard there", "right, i was too blunt then"])
  func loneRepairTaken(_ repair: String) throws {
    let steps = typed([push, repair])
    let (answer, critique) = try replyAndCritique(in: steps[1])
    #expect(answer.text.hasPrefix("No offence taken."), "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
    #expect(critique.form == "statement")
    #expect(
      DialogueScript<DrillDialogue>.notices(steps[1]).contains { $0.hasPrefix("A repair") })
  }

  @Test("a story of pushing someone else is no apology")
  func pushingStoryIsNoRepair() throws {
    let steps = typed([push, "i pushed my niece into joining the chess club"])
    let answer = try personaReply(in: steps[1])
    #expect(!answer.text.hasPrefix("No offence taken."), "\(answer.text)")
    #expect(
      !DialogueScript<DrillDialogue>.notices(steps[1]).contains { $0.hasPrefix("A repair") })
  }

  @Test(
    "its own condition pointed back at, it says yes, that would move it",
    arguments: [
      "so if that turned out true youd drop it?", "if that happened would you change your view?",
    ])
  func conditionPointedBack(_ question: String) throws {
    let steps = typed(["what would change your mind?", question])
    let said = try personaReply(in: steps[0])
    #expect(said.text.hasPrefix("I'd think again if"), "\(said.text)")
    let answer = try personaReply(in: steps[1])
    #expect(answer.text.contains("then yes"), "\(answer.text)")
    #expect(answer.confidenceAfter < answer.confidenceBefore)
  }

  @Test("a case of the learner's own after its condition is not taken for that condition")
  func caseOfItsOwn() throws {
    let steps = typed(["what would change your mind?", "so if the roof leaked youd drop it?"])
    let answer = try personaReply(in: steps[1])
    #expect(!answer.text.contains("that's what I said would move me"), "\(answer.text)")
  }

  @Test("a noun with a clause of its own after it is asked of the persona, not a term it lacks")
  func nounOfItsOwn() throws {
    let steps = typed(["what's the article you remember best about this?"])
    let answer = try personaReply(in: steps[0])
    #expect(!answer.text.contains("not something I know much about"), "\(answer.text)")
    #expect(!answer.text.hasPrefix("Article?"), "\(answer.text)")
  }
}
