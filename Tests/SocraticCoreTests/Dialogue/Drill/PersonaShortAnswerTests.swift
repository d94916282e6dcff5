import Testing

@testable import SocraticCore

/// A pack of these tests' own, whose reasons open with a common word given a capital.
private let gatesPack = TopicPack(
  id: "gates", title: "Gates", version: 1, keywords: ["park", "parks", "gates"],
  beliefs: [
    PackBelief(
      text: "Parks should close their gates at sunset.", side: .for,
      reasons: [
        "The damage to parks is mostly done after dark.",
        "The lights cost more than they are worth.",
      ])
  ],
  questions: [])

@Suite("A short answer runs on from its opening")
struct PersonaShortAnswerTests {
  @Test("a line after 'Short answer:' keeps no capital of its own for a common word")
  func shortAnswerRunsOn() throws {
    var script = drill(holdingFirstBeliefOf: gatesPack)
    let reply = try personaReply(in: script.type("do the lights at night cost a lot?")).text
    #expect(reply.hasPrefix("Short answer: "), "\(reply)")
    #expect(!reply.contains(": The "), "\(reply)")
  }
}
