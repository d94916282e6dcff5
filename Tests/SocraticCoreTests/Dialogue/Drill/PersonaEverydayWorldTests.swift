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

/// A belief of these tests' own whose reason tells of someone at work.
private let pensions = TopicPack(
  id: "pensions", title: "Pensions", version: 1, keywords: ["pension", "retirement"],
  beliefs: [
    PackBelief(
      text: "Nobody should trust a private pension fund with their savings.",
      reasons: [
        "The funds charge fees that eat a third of what you put in.",
        "My boss lost half his pension when the fund went under.",
      ],
      replies: ["The state pension at least cannot vanish overnight."])
  ], questions: [])

@Suite("The drill persona knows its everyday world, and keeps its stock lines fresh")
struct PersonaEverydayWorldTests {
  @Test(
    "a figure of speech or the people of anyone's life are no terms it knows little of",
    arguments: [
      "what happens to the pensioners once the place closes its doors for good?",
      "how would a grandparent get by without it then",
      "what happens to the pensioners when the post office is closing its doors?",
    ])
  func everydayWorldKnown(line: String) throws {
    let reply = try #require(
      try personaReplies(typing: [line], holdingFirstBeliefOf: postOffice).first)
    #expect(
      reply.text.hasSuffix("older people collect their pensions at the counter."),
      "\(reply.text)")
    #expect(reply.confidenceAfter >= reply.confidenceBefore, "\(reply.text)")
  }

  @Test("a point half granted is welcomed before its own line, never disowned")
  func halfGrantWelcomed() throws {
    let reply = try #require(
      try personaReplies(
        typing: ["maybe my nan was right about it after all"], holdingFirstBeliefOf: postOffice
      ).first)
    #expect(reply.text.hasPrefix(PersonaVoice.grantWelcomed + " "), "\(reply.text)")
  }

  @Test(
    "a line that opens on a word of a grant but grants nothing is met as the view it argues",
    arguments: [
      "point is, nobody actually pays with it", "probably nobody under sixty even uses it",
      "ok point is most folk bank on their phones now",
    ])
  func noGrant(line: String) throws {
    let reply = try #require(
      try personaReplies(typing: [line], holdingFirstBeliefOf: postOffice).first)
    #expect(reply.text.hasPrefix("That's your view, not mine. "), "\(reply.text)")
  }

  @Test("a pack line about the boss is a story of someone it knows")
  func bossIsKnown() throws {
    let reply = try #require(
      try personaReplies(
        typing: ["has anything like that happened to anyone you know?"],
        holdingFirstBeliefOf: pensions
      ).first)
    #expect(
      reply.text.hasPrefix(
        "Yes. One comes to mind: my boss lost half his pension when the fund went under."),
      "\(reply.text)")
  }

  @Test("a second word pushed on it is handed back in other words than the first")
  func disownedOnce() throws {
    let replies = try personaReplies(
      typing: [
        "isnt it just nostalgic to keep them?", "isnt it sentimental to fight for them?",
      ], holdingFirstBeliefOf: postOffice)
    let first = try #require(replies.first).text
    let second = try #require(replies.last).text
    #expect(first.hasPrefix("\u{201C}Nostalgic\u{201D} is your word, not mine."), "\(first)")
    #expect(second.hasPrefix("I wouldn't call it \u{201C}sentimental\u{201D} myself."), "\(second)")
  }

  @Test("another side given back twice is granted in other words the second time")
  func sideGrantedOnce() throws {
    let replies = try personaReplies(
      typing: [
        "so it's about pensions for you, but you can see parcels go elsewhere now?",
        "so you see the counter as the heart of it, though some folk manage online",
      ], holdingFirstBeliefOf: postOffice)
    let texts = replies.map(\.text)
    #expect(texts.first?.hasPrefix("Partly. I'll grant you that side of it isn't simple.") == true)
    #expect(
      texts.last?.hasPrefix("Fair, there's another side to it, I know. But") == true, "\(texts)")
  }
}
