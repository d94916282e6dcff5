import Testing

@testable import SocraticCore

/// A belief of these tests' own, with reasons and no replies: both reasons are soon said.
private let ferryPack = TopicPack(
  id: "ferries", title: "Ferries", version: 1, keywords: ["ferry", "ferries", "island"],
  beliefs: [
    PackBelief(
      text: "Island ferries should be run by the council.",
      reasons: [
        "Private operators cancel sailings whenever the route stops paying.",
        "Islanders need the boat to reach the hospital.",
      ])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The steps of a drill on the ferry belief, one for each line typed.
private func typed(_ lines: [String]) -> [DialogueStep] {
  var script = drill(holdingFirstBeliefOf: ferryPack)
  return lines.map { script.type($0) }
}

/// A push, an apology and a question, a polite "sorry" before a question, and a question the
/// persona has no answer to: it admits the gap.
private let pushThenRepair = [
  "surely you can see the council would make a mess of it",
  "ok sorry, that came out a bit pushy. how would a fisherman see it?",
  "sorry what do you mean by council?",
  "what do the seagulls make of the timetable?",
]

@Suite("The drill persona takes an apology, and the coach points at the gaps it admits")
struct PersonaTakesRepairTests {
  @Test("an apology before a question is taken in good part and credited; a polite sorry is not")
  func apologyTaken() throws {
    let steps = typed(pushThenRepair)
    let repaired = try replyAndCritique(in: steps[1])
    #expect(repaired.answer.text.hasPrefix("No offence taken. "))
    #expect(repaired.critique.form == "open")
    #expect(
      DialogueScript<DrillDialogue>.notices(steps[1]).contains { $0.contains("a fair repair") })
    let polite = try personaReply(in: steps[2])
    #expect(!LearnerApology.accepted.contains { polite.text.hasPrefix($0) })
  }

  @Test(
    "a line that leaves the gap the persona just admitted is told so; a reflection of it is not")
  func waverPointedAt() throws {
    let admitted = typed(pushThenRepair)
    let answer = try personaReply(in: admitted[3])
    #expect(answer.confidenceAfter < answer.confidenceBefore)
    let pressed = typed(pushThenRepair + ["dont you think the fares would go up"])
    #expect(
      DialogueScript<DrillDialogue>.notices(pressed[4]).contains {
        $0.hasPrefix("The persona had just admitted a gap")
      })
    let heard = typed(
      pushThenRepair + ["so the birds are something you haven't thought much about"])
    #expect(
      !DialogueScript<DrillDialogue>.notices(heard[4]).contains {
        $0.hasPrefix("The persona had just admitted a gap")
      })
  }

  @Test("asked for its view with its reasons all given, it says what the view comes down to")
  func ownViewWithAllSaid() throws {
    let steps = typed([
      "what do the seagulls make of the timetable?",
      "so the birds are something you haven't given much thought to",
      "what got you into this view?",
      "how does it look from where you stand?",
    ])
    let answer = try personaReply(in: steps[3])
    #expect(!answer.text.contains("My reasons are the ones I've given"))
    #expect(answer.text.contains("comes down to this: private operators cancel sailings"))
  }

  @Test("offered two degrees of a word, it places itself between them rather than claim both")
  func degreesOffered() throws {
    let steps = typed([
      "what do you mean by run, like scrapped altogether or just trimmed a bit?"
    ])
    let answer = try personaReply(in: steps[0])
    #expect(answer.text.hasPrefix("Somewhere between the two"))
  }

  @Test(
    "a line that gives back a word and then asks yes or no is coached as the question it ends with",
    arguments: [
      (
        "cancel sailings eh? is that every winter", "closed",
        "Pretty much, and islanders need the boat"
      ),
      (
        "right. the hospital like how often tho, did u actually count the crossings or just reckon so",
        "leading", "I can see why you'd put it that way"
      ),
    ])
  func endsAskingYesOrNo(line: String, form: String, reply: String) throws {
    let steps = typed(["what got you into this view?", line])
    let (answer, critique) = try replyAndCritique(in: steps[1])
    #expect(critique.form == form)
    #expect(answer.text.hasPrefix(reply))
  }

  @Test("a check on what it gave back ('is that right') is still no yes-or-no question of its own")
  func checkTagIsNoQuestion() {
    #expect(DrillDialogue.yesNoClause(of: "so it's the hospital trips, is that right") == nil)
    #expect(
      DrillDialogue.yesNoClause(of: "so the cancellations get to you, does that sound fair") == nil)
    #expect(
      DrillDialogue.yesNoClause(of: "sailings eh? is that every winter") == "Is that every winter")
  }

  @Test(
    "'you keep saying that' before a question is a word about its answer, owned, not a reflection")
  func keepSayingOwned() throws {
    let steps = typed([
      "what got you into this view?", "ok you keep saying that. what would make you doubt it?",
    ])
    let answer = try personaReply(in: steps[1])
    #expect(answer.text.hasPrefix("Fair, I'd said that already."))
    #expect(
      !DialogueScript<DrillDialogue>.notices(steps[1]).contains { $0.contains("counted as one") })
  }
}
