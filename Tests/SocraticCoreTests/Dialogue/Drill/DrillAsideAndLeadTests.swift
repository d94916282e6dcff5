import Testing

@testable import SocraticCore

/// A belief as a learner writes one with `packs new`: one reason, no replies.
private let allotmentPack = TopicPack(
  id: "allotments", title: "Allotments", version: 1,
  keywords: ["allotment", "allotments", "garden"],
  beliefs: [
    PackBelief(
      text: "Allotments should be free for pensioners.",
      reasons: ["Growing food keeps older people active."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The steps of a drill on the allotment belief, one for each line typed.
private func typed(_ lines: [String]) -> [DialogueStep] {
  var script = drill(holdingFirstBeliefOf: allotmentPack)
  return lines.map { script.type($0) }
}

/// The numbers of the questions a step coaches.
private func reviewedNumbers(in step: DialogueStep) -> [Int] {
  step.outputs.compactMap { output in
    if case .review(let review) = output { return review.number }
    return nil
  }
}

@Suite("An aside is no move of the drill, and a greeting or a verb names nothing asked")
struct DrillAsideAndLeadTests {
  @Test(
    "an aside uses no question and leaves the persona as sure as it was; it waits",
    arguments: ["sorry the kettle is screaming", "sorry, my neighbour just knocked"])
  func asideWaits(aside: String) throws {
    let steps = typed(["what got you into this view?", aside, "why does it matter to you?"])
    let waited = try personaReply(in: steps[1])
    #expect(waited.text == DrillDialogue.waiting)
    #expect(waited.confidenceAfter == waited.confidenceBefore)
    #expect(DialogueScript<DrillDialogue>.notices(steps[1]) == [DrillDialogue.asideNote])
    #expect(reviewedNumbers(in: steps[1]).isEmpty)
    #expect(reviewedNumbers(in: steps[2]) == [2])
  }

  @Test("a greeting and a name for the persona before a question lead into it: it answers it")
  func greetingLeads() throws {
    let steps = typed(["howdy mate, what makes an allotment worth having?"])
    let (answer, critique) = try replyAndCritique(in: steps[0])
    #expect(critique.form == "open")
    #expect(
      answer.text
        == "I don't mean anything technical by \u{201C}allotment\u{201D}. What I have in mind is "
        + "that growing food keeps older people active.")
  }

  @Test("a verb after 'had to' is what is done: the persona says how sure it is, never of 'bet'")
  func verbAfterToIsNoThing() throws {
    let steps = typed(["if you had to bet on it, how sure are you"])
    let answer = try personaReply(in: steps[0])
    #expect(answer.text.hasPrefix("About "))
    #expect(answer.text.hasSuffix(" out of 100. Growing food keeps older people active."))
  }

  @Test(
    "a reflection whose negation is the other side's lack gives the view back, not its opposite")
  func contrastGivesBack() throws {
    let steps = typed([
      "what got you into this view?",
      "so for you an allotment gives pensioners something that a gym just doesnt",
    ])
    let (answer, critique) = try replyAndCritique(in: steps[1])
    #expect(critique.form == "reflection")
    #expect(critique.problems == [])
    #expect(answer.text == "Yes, that's it. That's how I see it.")
  }
}
