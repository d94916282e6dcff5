import Testing

@testable import SocraticCore

/// A belief of these tests' own, about a village post office.
private let postOffice = TopicPack(
  id: "postoffice", title: "Village post offices", version: 1,
  keywords: ["post office", "village", "pension"],
  beliefs: [
    PackBelief(
      text: "Every village needs its own post office.",
      reasons: [
        "Older people collect their pensions at the counter.",
        "It is often the only place left where neighbours bump into each other.",
      ],
      replies: [
        "A van that calls twice a week is no substitute for a counter you can walk to.",
        "Online banking suits people who already have broadband.",
      ])
  ], questions: [])

/// What the persona says to each line in turn.
private func answers(_ lines: [String]) throws -> [PersonaAnswer] {
  var script = drill(holdingFirstBeliefOf: postOffice)
  return try lines.map { try personaReply(in: script.type($0)) }
}

@Suite("The drill persona knows its everyday world, and keeps its stock lines fresh")
struct PersonaEverydayWorldTests {
  @Test(
    "a figure of speech or the people of anyone's life are no terms it knows little of",
    arguments: [
      "what happens to the pensioners once the place closes its doors for good?",
      "how would a grandparent get by without it then",
    ])
  func everydayWorldKnown(line: String) throws {
    let reply = try #require(try answers([line]).first)
    #expect(
      reply.text.hasSuffix("older people collect their pensions at the counter."),
      "\(reply.text)")
    #expect(reply.confidenceAfter >= reply.confidenceBefore, "\(reply.text)")
  }

  @Test("a point half granted is welcomed before its own line, never disowned")
  func halfGrantWelcomed() throws {
    let reply = try #require(try answers(["maybe my nan was right about it after all"]).first)
    #expect(reply.text.hasPrefix(PersonaVoice.grantWelcomed + " "), "\(reply.text)")
  }

  @Test("a second word pushed on it is handed back in other words than the first")
  func disownedOnce() throws {
    let replies = try answers([
      "isnt it just nostalgic to keep them?", "isnt it sentimental to fight for them?",
    ])
    let first = try #require(replies.first).text
    let second = try #require(replies.last).text
    #expect(first.hasPrefix("\u{201C}Nostalgic\u{201D} is your word, not mine."), "\(first)")
    #expect(second.hasPrefix("I wouldn't call it \u{201C}sentimental\u{201D} myself."), "\(second)")
  }

  @Test("another side given back twice is granted in other words the second time")
  func sideGrantedOnce() throws {
    let replies = try answers([
      "so it's about pensions for you, but you can see parcels go elsewhere now?",
      "so you see the counter as the heart of it, though some folk manage online",
    ])
    let texts = replies.map(\.text)
    #expect(texts.first?.hasPrefix("Partly. I'll grant you that side of it isn't simple.") == true)
    #expect(
      texts.last?.hasPrefix("Fair, there's another side to it, I know. But") == true, "\(texts)")
  }
}
