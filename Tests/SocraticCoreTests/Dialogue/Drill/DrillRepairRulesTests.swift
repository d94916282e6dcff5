import Testing

@testable import SocraticCore

/// A belief of these tests' own, on allotments, with reasons and no replies.
private let allotmentPack = TopicPack(
  id: "allotments", title: "Allotments", version: 1,
  keywords: ["allotment", "allotments", "plot"],
  beliefs: [
    PackBelief(
      text: "Every new housing estate should set land aside for allotments.",
      reasons: [
        "Growing vegetables side by side gets neighbours talking.",
        "Waiting lists for a plot run to ten years in most towns.",
      ])
  ],
  questions: [])

/// The steps of a drill on the allotment belief, one for each line typed.
private func typed(_ lines: [String]) -> [DialogueStep] {
  var script = drill(holdingFirstBeliefOf: allotmentPack)
  return lines.map { script.type($0) }
}

/// What the coach says in a step, its notices in order.
private func notices(_ step: DialogueStep) -> [String] {
  DialogueScript<DrillDialogue>.notices(step)
}

@Suite("A drill tells a repair from sympathy, a reflection and a question")
struct DrillRepairRulesTests {
  @Test(
    "a sorry with more said after it in its sentence is no apology: no acceptance, no credit",
    arguments: [
      (
        "sorry to hear about the wait. what did it teach you?",
        "Waiting lists for a plot run to ten years in most towns."
      ),
      (
        "sorry, i dont quite follow. what do you mean by plot?",
        "By \u{201C}plot\u{201D} I mean something you can point to."
      ),
    ])
  func sorryWithMoreIsNoRepair(line: String, reply: String) throws {
    let steps = typed(["what got you into this view?", line])
    let answer = try personaReply(in: steps[1])
    #expect(LearnerApology(line) == nil)
    #expect(answer.text.hasPrefix(reply))
    #expect(notices(steps[1]) == [])
  }

  @Test("a bare sorry before a question is still taken in good part")
  func bareSorryRepairs() throws {
    let steps = typed(["what got you into this view?", "ok sorry. who looks after the plots?"])
    let answer = try personaReply(in: steps[1])
    #expect(answer.text.hasPrefix("No offence taken. "))
  }

  @Test("'you keep saying the same thing' before a question owns the repeat")
  func sameThingIsComplaint() throws {
    let steps = typed([
      "what got you into this view?",
      "you keep saying the same thing. what would make you doubt it?",
    ])
    let answer = try personaReply(in: steps[1])
    #expect(answer.text.hasPrefix("Fair, I'd said that already."))
  }

  @Test("'you keep coming back to that' before a question gives back what weighs with it")
  func comingBackIsReflection() throws {
    let steps = typed([
      "what got you into this view?",
      "you keep coming back to that. why does it matter so much to you?",
    ])
    #expect(notices(steps[1]) == [DrillDialogue.reflectionCredit])
  }

  @Test("offered two things, one said with a degree word, it has both in mind")
  func degreeInOneOptionOnly() throws {
    let steps = typed([
      "what do you mean by allotments, like partly the sheds, or the compost heaps?"
    ])
    #expect(try personaReply(in: steps[0]).text.hasPrefix("I have both in mind."))
  }

  @Test("'little' and 'bit' say how far only after 'a'")
  func smallAmountsAfterA() {
    #expect(!PersonaQuestion.isDegree(["little", "greenhouses"]))
    #expect(PersonaQuestion.isDegree(["trimmed", "a", "bit"]))
  }
}
