import Testing

@testable import SocraticCore

/// A pack of these tests' own: an everyday belief about a repair café.
private let fixBelief = PackBelief(
  text: "Every town should have a repair café.", side: .for,
  reasons: [
    "A kettle mended for nothing is one less kettle in the skip.",
    "Retired engineers get to pass on what they know to teenagers.",
  ],
  replies: [
    "Half the toasters people bring in only need a new fuse.",
    "I'd change my mind if nobody turned up for a year.",
  ])

private let fixPack = TopicPack(
  id: "fixers", title: "Repair cafés", version: 1, keywords: ["repair", "kettle", "toaster"],
  beliefs: [fixBelief],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// A sound of listening before a question ("oh interesting, …", "ah ok, …") is not what it
/// asks about: the persona answers the question from its lines, unshaken, and never says the
/// sound back as a thing it knows little of.
@Suite struct PersonaHearsPastTheSoundTests {
  @Test(
    "a listening sound before a question is no topic of it",
    arguments: [
      "oh interesting, what do you like about it?",
      "ah ok, so what's the best bit for you?",
    ])
  func soundIsNoTopic(line: String) throws {
    let answer = try #require(
      try personaReplies(typing: [line], holdingFirstBeliefOf: fixPack).first)
    #expect(answer.confidenceAfter == answer.confidenceBefore, "\(answer.text)")
    let spoken = answer.text.lowercased()
    #expect(
      (fixBelief.reasons + fixBelief.replies + [fixBelief.text]).contains {
        spoken.contains($0.lowercased().dropLast())
      }, "\(answer.text)")
  }

  @Test(
    "what it values in what it holds is answered from its reasons, unshaken",
    arguments: [
      "what matters most to you about the volunteers?",
      "whats really important to you about the saturday sessions",
    ])
  func valuesAnsweredFromReasons(line: String) throws {
    let answer = try #require(
      try personaReplies(typing: [line], holdingFirstBeliefOf: fixPack).first)
    #expect(answer.confidenceAfter == answer.confidenceBefore, "\(answer.text)")
    #expect(
      fixBelief.reasons.contains { answer.text.lowercased().contains($0.lowercased().dropLast()) },
      "\(answer.text)")
  }
}
