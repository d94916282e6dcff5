import Testing

@testable import SocraticCore

/// A belief of these tests' own, about paying in cash, with a reply that names what a word of
/// it means.
private let cashPack = TopicPack(
  id: "cash", title: "Cash", version: 1, keywords: ["cash", "card"],
  beliefs: [
    PackBelief(
      text: "Paying with cash is the only way to keep your spending private.",
      reasons: [
        "With cash, no bank or app keeps a record of what you buy.",
        "Card companies sell what they learn about your shopping.",
      ],
      replies: [
        "Privacy means control over who knows your business, and with a card you give that up.",
        "Yes, you have to keep cash safe, the way you keep your keys safe.",
      ])
  ],
  questions: [QuestionTemplate(kind: .evidence, text: "What makes you sure?")])

/// The persona's replies to some lines typed in a drill on the cash belief.
private func replies(to lines: [String]) throws -> [String] {
  var script = drill(holdingFirstBeliefOf: cashPack)
  return try lines.map { try personaReply(in: script.type($0)).text }
}

@Suite("The drill persona takes a question as it is meant")
struct PersonaTakesTheQuestionAsMeantTests {
  @Test(
    "a 'you' that only says which one is meant puts no words in its mouth",
    arguments: [
      "has a shop ever actually turned your cash away, or someone you know?",
      "did anyone you trust really get their card details sold?",
      "has the bank you use ever actually sold what you buy?",
    ])
  func relativeYou(question: String) throws {
    let reply = try #require(try replies(to: [question]).last)
    #expect(!reply.contains("putting words in my mouth"), "\(reply)")
  }

  @Test("a motive put on it is still refused as words put in its mouth")
  func motivePut() throws {
    let reply = try #require(
      try replies(to: ["you're only saying that because you don't trust banks, aren't you?"]).last)
    #expect(reply.contains("putting words in my mouth"), "\(reply)")
  }

  @Test(
    "what a question says it said is only the clause that says so, and a verb is no thing",
    arguments: [
      "you mentioned banks - how does that fit with the loyalty apps everyone uses?",
      "you said card companies sell what they learn. so what about the receipts a shop prints?",
      "you mentioned the bank, but what is it that a bank can't touch?",
    ])
  func attributedClause(question: String) throws {
    let reply = try #require(try replies(to: [question]).last)
    #expect(!reply.hasPrefix("I didn't say"), "\(reply)")
  }

  @Test("something it never said, put in its mouth, it still sets right")
  func neverSaid() throws {
    let reply = try #require(
      try replies(to: ["what about the crypto wallets you mentioned?"]).last)
    #expect(reply.hasPrefix("I didn't say anything about"), "\(reply)")
  }

  @Test(
    "asked what a word means, it gives an example it has not just said, never its last words again")
  func meaningWithoutRepeat() throws {
    let said = try replies(to: [
      "what makes you think cards give away your privacy?",
      "ok and what do you mean by control there?",
    ])
    let meaning = try #require(said.last)
    #expect(meaning.hasPrefix("By \u{201C}control\u{201D} I mean"), "\(meaning)")
    #expect(!meaning.contains("Take what I said"), "\(meaning)")
    for earlier in said.dropLast() {
      let body = earlier.split(separator: ".").first.map(String.init) ?? earlier
      #expect(!meaning.lowercased().contains(body.lowercased()), "\(meaning) repeats \(earlier)")
    }
  }

  @Test(
    "a case it is asked to suppose gets its honest guess, never a line about being right",
    arguments: [
      "if you lost your purse with a week's cash in it, what would that mean for you?",
      "suppose the corner shop stopped taking notes, how would you manage?",
      "imagine your wallet got nicked on the bus, what would you do then?",
      "what would it look like if a shop lost your card details and said nothing?",
    ])
  func supposedCase(question: String) throws {
    let reply = try #require(try replies(to: [question]).last)
    #expect(!reply.contains("If I'm right"), "\(reply)")
  }
}
