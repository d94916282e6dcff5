import Testing

@testable import SocraticCore

/// A pack of these tests' own: hire scooters on the pavement.
private let scooterPack = TopicPack(
  id: "scooters", title: "Hire scooters", version: 1, keywords: ["scooter", "scooters"],
  beliefs: [
    PackBelief(
      text: "Hire scooters should be banned from pavements.", side: .for,
      reasons: [
        "A scooter clipped my neighbour's guide dog outside the chemist.",
        "Riders leave them lying across the kerb at night.",
      ],
      replies: ["The hire firm never answers its complaints line."])
  ],
  questions: [])

/// The scorecard's lines after a drill of these lines.
private func cardLines(_ lines: [String]) -> [String] {
  var script = drill(holdingFirstBeliefOf: scooterPack)
  script.type(lines)
  let summary = SessionSummary(
    DialogueScript<DrillDialogue>.transcript(script.events, mode: .drill))
  return ListeningScorecard(summary).lines(lastWordsOf: "the persona's last answer")
}

@Suite("The persona's confidence moves by one rule, and the card counts what it says it counts")
struct DrillConfidenceStepTests {
  @Test(
    "an open question after a change of subject owned is coached open and never makes it dig in",
    arguments: [
      "ok a bit of a tangent but what's your street like at night?",
      "random one but how does the chemist feel about them?",
    ])
  func tangentIsOpen(line: String) throws {
    var script = drill(holdingFirstBeliefOf: scooterPack)
    let (answer, critique) = try replyAndCritique(in: script.type(line))
    #expect(critique.form == QuestionForm.open.rawValue, "\(answer.text)")
    #expect(answer.confidenceAfter <= answer.confidenceBefore, "\(answer.text)")
  }

  @Test("every line after the first is a line said right after the persona's answer")
  func builtOnCountsEveryLine() throws {
    let lines = [
      "why do you think that?", "they're handy for getting to the station though",
      "what happened with the guide dog?",
    ]
    let builtOn = try #require(cardLines(lines).first { $0.hasPrefix("Built on") })
    #expect(builtOn.contains(" of 2 lines said right after it"), "\(builtOn)")
  }

  @Test("a word that the persona misread the question is never a waver the learner missed")
  func complaintAfterWaverIsNotMissed() throws {
    let lines = ["what's the situation in paris?", "that's not what i asked"]
    let wavers = try #require(cardLines(lines).first { $0.hasPrefix("Wavers") })
    #expect(wavers == "Wavers taken up: 1 of 1", "\(wavers)")
  }

  @Test(
    "asked for more, it gives its next reason, then says those are its reasons",
    arguments: ["what else?", "anything else?", "and then what?"])
  func moreGetsNextReason(ask: String) throws {
    let replies = try personaReplies(
      typing: ["why do you believe it?", ask, ask, ask], holdingFirstBeliefOf: scooterPack)
    let spoken = scooterPack.beliefs[0].reasons + scooterPack.beliefs[0].replies
    #expect(spoken.contains(replies[1].text), "\(replies[1].text)")
    #expect(replies[1].text != replies[0].text)
    #expect(
      replies[3].text == "Those are my reasons; I don't have better ones to give you.",
      "\(replies.map(\.text))")
  }
}
