import Testing

@testable import SocraticCore

/// A belief as a learner writes one with `packs new`: one reason, no replies.
private let cyclingPack = TopicPack(
  id: "cycling", title: "Cycling", version: 1,
  keywords: ["bike", "bikes", "cycling", "cycle"],
  beliefs: [
    PackBelief(
      text: "Cycling to work beats driving.",
      reasons: ["You arrive awake instead of stuck in traffic."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The steps of a drill on the cycling belief, one for each line typed.
private func typed(_ lines: [String]) -> [DialogueStep] {
  var script = drill(holdingFirstBeliefOf: cyclingPack)
  return lines.map { script.type($0) }
}

@Suite("The persona greets back, answers what it is asked about itself, and digs in only so far")
struct PersonaRoundTwoTests {
  @Test(
    "a greeting alone is greeted back: no question used, no confidence moved",
    arguments: ["hiya", "hey there mate!", "hello?"])
  func greetingIsGreetedBack(greeting: String) throws {
    let steps = typed([greeting, "what got you into this view?"])
    let greeted = try personaReply(in: steps[0])
    #expect(greeted.text == "Hi there. Ask me whatever you like about it.")
    #expect(greeted.confidenceAfter == greeted.confidenceBefore)
    #expect(DialogueScript<DrillDialogue>.notices(steps[0]) == [DrillDialogue.greetingNote])
    let (_, critique) = try replyAndCritique(in: steps[1])
    #expect(critique.form == "open")
  }

  @Test(
    "what it gets from its view and what is at stake for it: its view and reason",
    arguments: [
      "what do you like about cycling in yourself?",
      "what happens for you if you don't cycle in?",
    ])
  func ownViewAsked(question: String) throws {
    let answer = try personaReply(in: typed([question])[0])
    #expect(
      answer.text
        == "From where I stand, cycling to work beats driving, because you arrive awake instead "
        + "of stuck in traffic.")
  }

  @Test("pushed again and again, it digs in two steps above where it began, then no further")
  func digsInOnlySoFar() throws {
    let steps = typed([
      "isnt it obvious that driving is just lazy?",
      "surely everyone should cycle then?",
      "dont you think drivers are ruining the roads?",
    ])
    let first = try personaReply(in: steps[0])
    let last = try personaReply(in: steps[2])
    #expect(
      last.confidenceAfter
        == min(first.confidenceBefore + 2 * DrillDialogue.confidenceStep, 95))
  }

  @Test("'sorry, didn't mean to put words in your mouth' is a repair, credited as one")
  func repairOfWordsPut() throws {
    let steps = typed([
      "so you think drivers are selfish?",
      "sorry, didn't mean to put words in your mouth",
    ])
    let answer = try personaReply(in: steps[1])
    #expect(answer.text == "No offence taken. " + LearnerApology.invitation)
    #expect(DialogueScript<DrillDialogue>.notices(steps[1]) == [LearnerApology.wholeNote])
  }
}
