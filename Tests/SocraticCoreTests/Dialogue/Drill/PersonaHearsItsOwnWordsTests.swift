import Testing

@testable import SocraticCore

/// A pack of these tests' own: a family matter, whether an older dad should stop driving, with
/// the other side's reason in a belief of its own.
private let keysBelief = PackBelief(
  text: "Dad should hand in his car keys this year.", side: .for,
  reasons: [
    "He clipped two wing mirrors on the high street in one month.",
    "The bus stops right outside his door.",
  ],
  replies: ["He gets flustered at roundabouts now."])

private let keysPack = TopicPack(
  id: "keys", title: "Dad's car", version: 1, keywords: ["car", "driving", "keys"],
  beliefs: [
    keysBelief,
    PackBelief(
      text: "Dad should keep driving for now.", side: .against,
      reasons: ["Giving up the car would cut him off from his bowls club on Thursdays."]),
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// A pack of no one's family, with no line on what would change its mind.
private let laneBelief = PackBelief(
  text: "Bus lanes make the town centre quieter.", side: .for,
  reasons: ["Fewer cars idle outside the shops at rush hour."])

private let lanePack = TopicPack(
  id: "lanes", title: "Bus lanes", version: 1, keywords: ["bus", "lane", "traffic"],
  beliefs: [laneBelief],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's answers to some lines, in order.
private func answers(to lines: [String], pack: TopicPack = keysPack) throws -> [PersonaAnswer] {
  try personaReplies(typing: lines, holdingFirstBeliefOf: pack)
}

/// An exclamation, a point granted first, a word that compares or grades: none is the thing a
/// question asks about, so none is said back as something the persona knows little of.
@Suite struct PersonaHearsPastStrayWordsTests {
  @Test(
    "a question after an exclamation or a grant is answered from its lines, unshaken",
    arguments: [
      "gosh. what's the hardest part of it?",
      "fair enough, you know him better than me. what's been hardest?",
      "crikey, what's got you so worried about it?",
    ])
  func answeredFromItsLines(line: String) throws {
    let answer = try #require(try answers(to: [line]).first)
    #expect(answer.confidenceAfter == answer.confidenceBefore, "\(answer.text)")
    let spoken = answer.text.lowercased()
    #expect(
      keysBelief.reasons.contains { spoken.contains($0.lowercased().dropLast()) },
      "\(answer.text)")
    #expect(!answer.text.contains("know much about"), "\(answer.text)")
  }

  @Test("asked what has it worried, it says how it feels and why")
  func worryIsAFeeling() throws {
    let answer = try #require(try answers(to: ["what's got you worried about it?"]).first)
    #expect(
      answer.text
        == "I feel strongly about it, honestly, because he clipped two wing mirrors on the high "
        + "street in one month.")
  }
}

/// What the persona said in the drill is its own, whatever the pack holds: the other side's
/// point it gave is owned as theirs, and a word of a line it made up ("the figures") is never
/// disowned.
@Suite struct PersonaOwnsWhatItSaidInTheDrillTests {
  @Test("the other side's point, put back to it as its own, is owned as theirs")
  func othersPointOwned() throws {
    let replies = try answers(to: [
      "who would see it differently?", "how would someone on the other side put it?",
      "you mentioned the bowls club, how often does he go?",
    ])
    #expect(replies[1].text.contains("bowls club"), "\(replies[1].text)")
    #expect(
      replies[2].text.hasPrefix("That's what people who see it differently point to."),
      "\(replies[2].text)")
  }

  @Test("a word of a line it made up, asked about, is taken up, never denied")
  func madeUpLineOwned() throws {
    let replies = try answers(to: [
      "how much is the car costing him?",
      "you said you'd have to look at the figures, which figures?",
    ])
    #expect(replies[0].text.contains("the figures"), "\(replies[0].text)")
    #expect(replies[1].text.hasPrefix("The figures?"), "\(replies[1].text)")
  }
}

/// What would change its mind on a matter of its own family is that person's own word, not
/// figures from strangers.
@Suite struct PersonaFamilyChangeOfMindTests {
  @Test("a family belief: what would change its mind is what he says himself")
  func familyWord() throws {
    let answer = try #require(try answers(to: ["what would change your mind?"]).first)
    #expect(
      answer.text
        == "If he told me himself he'd hate it, maybe I'd think again. Figures wouldn't do it; "
        + "it's his life.")
  }

  @Test("a belief of no one's family still asks for evidence")
  func noFamily() throws {
    let answer = try #require(
      try answers(to: ["what would make you think again?"], pack: lanePack).first)
    #expect(answer.text.hasPrefix("I'd think again if people with no stake"), "\(answer.text)")
  }
}

/// A point of the persona's own said back, with no "so" before it, is a reflection: coached
/// as one and welcomed, never "telling me" and a dig-in.
@Suite struct DrillOwnPointGivenBackTests {
  @Test("its reason said back plainly is a reflection it welcomes")
  func ownPointWelcomed() throws {
    let steps = drillSteps(
      typing: [
        "what's the main reason?", "anything else?", "the bus stops right by his front door",
      ],
      holdingFirstBeliefOf: keysPack)
    let (answer, critique) = try replyAndCritique(in: steps[2])
    #expect(critique.form == "reflection", "\(critique)")
    #expect(answer.confidenceAfter == answer.confidenceBefore, "\(answer.text)")
    #expect(!answer.text.contains("telling me"), "\(answer.text)")
  }
}
