import Testing

@testable import SocraticCore

/// A belief of these tests' own, whose topic names a city and whose replies speak of
/// alternatives.
private let lanes = TopicPack(
  id: "lanes", title: "Cycle lanes", version: 1,
  keywords: ["cycle lane", "bike", "Copenhagen", "helmet"],
  beliefs: [
    PackBelief(
      text: "Cycle lanes make cities better places to live.",
      reasons: [
        "They take cars off the road without banning anyone.",
        "Shops on calmer streets get more people walking past.",
      ],
      replies: [
        "The alternatives are more traffic or more car parks.",
        "Cities that built them rarely tear them out again.",
      ])
  ], questions: [])

/// What the persona says, and how sure it is after, to one question put first.
private func answer(_ question: String) throws -> PersonaAnswer {
  var script = drill(holdingFirstBeliefOf: lanes)
  return try personaReply(in: script.type(question))
}

@Suite("The drill persona answers about its own topic's words")
struct PersonaPackWordsTests {
  @Test(
    "a place or thing its topic names is one it follows, answered from its reasons, unshaken",
    arguments: [
      "have the lanes in copenhagen actually worked tho?",
      "what happened in Copenhagen when they put them in",
    ])
  func followsItsTopic(question: String) throws {
    let reply = try answer(question)
    #expect(!reply.text.contains("know much about"), "\(reply.text)")
    #expect(!reply.text.contains("outside what I've followed"), "\(reply.text)")
    #expect(reply.confidenceAfter >= reply.confidenceBefore, "\(reply.text)")
  }

  @Test(
    "a word for something it did say is never put in its mouth",
    arguments: [
      "you said its more traffic or car parks, what other options are there?",
      "you mentioned the alternatives - what choices did you leave out?",
    ])
  func synonymIsItsOwn(question: String) throws {
    let reply = try answer(question)
    #expect(!reply.text.contains("I didn't say anything about"), "\(reply.text)")
  }
}
