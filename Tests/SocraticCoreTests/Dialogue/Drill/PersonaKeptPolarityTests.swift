import Testing

@testable import SocraticCore

/// A belief of these tests' own that denies: the corner shop cannot keep up.
private let denyingPack = TopicPack(
  id: "cornershop", title: "corner shops", version: 1, keywords: ["shop", "corner"],
  beliefs: [
    PackBelief(
      text: "The corner shop can't compete with the retail park.",
      reasons: [
        "The retail park sells milk for half what the corner shop charges.",
        "Families drive out there on Saturdays for the whole week.",
      ],
      replies: ["I used to buy my paper there every morning."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's reply to one line.
private func reply(to line: String) throws -> PersonaAnswer {
  try #require(try personaReplies(typing: [line], holdingFirstBeliefOf: denyingPack).first)
}

@Suite("A reflection that keeps a denial's polarity in words of its own is not turned round")
struct PersonaKeptPolarityTests {
  @Test("a denial given back in other words, with no negation, is welcomed")
  func keptInOtherWords() throws {
    let answer = try reply(to: "so you feel like the way folk shop has left the corner shop behind")
    #expect(!answer.text.contains("putting words in my mouth"), "\(answer.text)")
    #expect(PersonaVoice.agreements.contains { answer.text.hasPrefix($0) }, "\(answer.text)")
  }

  @Test(
    "saying what it denies, or the opposite of it in other words, turns it round",
    arguments: [
      "so you reckon the corner shop can compete with the retail park?",
      "so the corner shop is thriving?",
      "so you think the little shop on the corner is doing great these days",
    ])
  func deniedSaid(line: String) throws {
    let answer = try reply(to: line)
    #expect(answer.text.hasPrefix("You're putting words in my mouth."), "\(answer.text)")
  }
}
