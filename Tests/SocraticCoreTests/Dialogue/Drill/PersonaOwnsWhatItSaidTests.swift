import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief whose reason calls something obvious and whose change
/// of mind names councillors, one more on its side, and one on the other side.
private let allotmentPack = TopicPack(
  id: "allotments", title: "Allotments", version: 1, keywords: ["allotment", "allotments"],
  beliefs: [
    PackBelief(
      text: "Every town should give spare land to allotments.", side: .for,
      reasons: [
        "Obviously fresh vegetables beat anything from a supermarket shelf.",
        "Plot holders end up knowing half the street.",
      ],
      replies: [
        "I'd change my mind if councillors showed the land would feed more people as housing."
      ]),
    PackBelief(
      text: "Allotments keep older people fit.", side: .for,
      reasons: ["Digging twice a week beats any gym class."]),
    PackBelief(
      text: "Allotments waste land that could hold homes.", side: .against,
      reasons: ["Waiting lists run for years while plots sit half used."]),
  ],
  questions: [])

@Suite("The drill persona owns what it said, and says goodbye to a goodbye")
struct PersonaOwnsWhatItSaidTests {
  @Test("a word it used in another form is its own word, never handed back as the asker's")
  func ownWordInAnotherForm() throws {
    var script = drill(holdingFirstBeliefOf: allotmentPack)
    let reply = try personaReply(in: script.type("come on, isn't that a bit obvious?"))
    #expect(
      PersonaVoice.shortDefences.contains { reply.text.hasPrefix($0) }, "\(reply.text)")
  }

  @Test("a thing it brought up itself is one it knows about: it answers from its reasons")
  func thingItRaisedIsKnown() throws {
    var script = drill(holdingFirstBeliefOf: allotmentPack)
    let raised = try personaReply(in: script.type("what would change your mind?"))
    #expect(raised.text.contains("councillors"), "\(raised.text)")
    let reply = try personaReply(in: script.type("the councillors? what about them"))
    #expect(
      reply.text.hasPrefix("The councillors? " + PersonaVoice.followedStory), "\(reply.text)")
    #expect(reply.confidenceAfter == reply.confidenceBefore)
  }

  @Test("a goodbye ends the drill with the persona's goodbye and the scorecard")
  func goodbyeEndsTheDrill() throws {
    var script = drill(holdingFirstBeliefOf: allotmentPack)
    script.type("what got you into allotments?")
    let step = script.type("ok ta, nice chat")
    let reply = try personaReply(in: step)
    #expect(reply.text == DrillDialogue.unshakenFarewell)
    #expect(step.outputs.last == .closingSummary)
    #expect(script.dialogue.isFinished)
  }

  @Test("a goodbye that still asks is answered as the question it is")
  func goodbyeWithAQuestionIsAsked() throws {
    var script = drill(holdingFirstBeliefOf: allotmentPack)
    script.type("what got you into allotments?")
    let step = script.type("nice chat, but what would change your mind")
    #expect(try personaReply(in: step).text != DrillDialogue.unshakenFarewell)
    #expect(!script.dialogue.isFinished)
  }

  @Test("thanks that lead into a reflection are coached as the reflection, the drill goes on")
  func thanksThenReflection() throws {
    var script = drill(holdingFirstBeliefOf: allotmentPack)
    script.type("what got you into allotments?")
    let (reply, critique) = try replyAndCritique(
      in: script.type("that was really helpful, so you think a plot gets you to know the street"))
    #expect(critique.form == "reflection", "\(critique)")
    #expect(reply.text != DrillDialogue.unshakenFarewell)
    #expect(!script.dialogue.isFinished)
  }

  @Test("a goodbye said last, after thanks, ends the drill with the persona's goodbye")
  func goodbyeSaidLast() throws {
    var script = drill(holdingFirstBeliefOf: allotmentPack)
    script.type("what got you into allotments?")
    let reply = try personaReply(in: script.type("cheers, that helped. gotta run"))
    #expect(reply.text == DrillDialogue.unshakenFarewell)
    #expect(script.dialogue.isFinished)
  }

  @Test(
    "a question about how others see it is coached as a viewpoints question",
    arguments: [
      "how do you think the other side sees it?",
      "how do you reckon people who disagree see allotments?",
    ])
  func viewpointQuestion(line: String) throws {
    var script = drill(holdingFirstBeliefOf: allotmentPack)
    let (_, critique) = try replyAndCritique(in: script.type(line))
    #expect(critique.kind == .viewpoints, "\(critique)")
  }

  @Test(
    "a question about its own experience invites a story, never asks a single fact",
    arguments: ["when did you first notice it?", "has that ever happened to you?"])
  func experienceQuestion(line: String) throws {
    var script = drill(holdingFirstBeliefOf: allotmentPack)
    let (_, critique) = try replyAndCritique(in: script.type(line))
    #expect(!critique.problems.contains(QuestionProblem.singleFact.explanation), "\(critique)")
    #expect(critique.kind == .evidence, "\(critique)")
  }

  @Test("a mistyped word it cannot name cleanly is not said back")
  func mistypedThingIsNotNamed() throws {
    var script = drill(holdingFirstBeliefOf: allotmentPack)
    let reply = try personaReply(in: script.type("what about the compst regulashuns?"))
    #expect(!reply.text.contains("regulashuns"), "\(reply.text)")
  }

  @Test("a hint's example never pastes the engine's opposite of a belief of two joined parts")
  func hintReadsPlainly() throws {
    var script = drill(holdingFirstBeliefOf: plotPack)
    let step = script.type("/hint")
    let hint = try #require(
      step.outputs.lazy.compactMap { output -> String? in
        if case .notice(let text, _) = output { return text }
        return nil
      }.first)
    #expect(
      hint.hasPrefix("You have not asked a question about what would change their mind yet."),
      "\(hint)")
    #expect(hint.contains("For example, ask: "), "\(hint)")
    let inverted = try #require(script.dialogue.state.persona?.inverted)
    #expect(!hint.contains(inverted), "\(hint)")
  }
}

/// A belief of two joined parts, which the engine's opposite can word badly.
private let plotPack = TopicPack(
  id: "plots", title: "Plots", version: 1, keywords: ["plot", "plots"],
  beliefs: [
    PackBelief(
      text: "Allotments feed families and bring neighbours together.", side: .for,
      reasons: ["A good plot keeps a family in potatoes all winter."])
  ],
  questions: [])
