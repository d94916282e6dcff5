import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief about the working week, with reasons that name cases.
private let weekPack = TopicPack(
  id: "week", title: "The working week", version: 1,
  keywords: ["week", "hours", "office", "shift"],
  beliefs: [
    PackBelief(
      text: "A four-day week would make most firms more productive.", side: .for,
      reasons: [
        "Trials in Iceland kept output steady with a day less at work.",
        "Tired staff make more mistakes late in the week.",
      ],
      replies: [
        "A printing firm near Bristol went to four days and lost no orders.",
        "Most people only do a few hours of real work a day anyway.",
      ])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// A second pack, so two personas can be heard side by side.
private let gardenPack = TopicPack(
  id: "gardens", title: "Front gardens", version: 1,
  keywords: ["garden", "gardens", "lawn", "paving"],
  beliefs: [
    PackBelief(
      text: "Paving over front gardens should be banned.", side: .for,
      reasons: ["Paved gardens send rain straight into the drains and the streets flood."],
      replies: ["Our road flooded twice after the neighbours paved theirs."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's answers to each line typed, in turn.
private func answers(to lines: [String], pack: TopicPack = weekPack) throws -> [PersonaAnswer] {
  try personaReplies(typing: lines, holdingFirstBeliefOf: pack)
}

/// A canned reply must fit the line it answers: a bare "like who?" asks for a case, not about
/// someone called "who"; a remark on what the persona is like names no topic it knows little
/// of; a question supposing it wrong is not answered as if it were right; and what hangs on its
/// belief is its own, never one stock sentence in every persona's mouth.
@Suite struct PersonaRepliesFitTheLineTests {
  @Test(
    "a bare ask for a case is answered with one, or an honest none, never as puzzlement",
    arguments: ["like what?", "such as?", "like who exactly?", "for instance?"])
  func bareAskForACase(line: String) throws {
    let said = try answers(to: ["what makes you say that?", line])
    let reply = said[1].text
    #expect(!reply.contains("wasn't clear"), "\(reply)")
    #expect(!reply.contains("wandered off"), "\(reply)")
    #expect(!reply.contains("I mean it plainly"), "\(reply)")
  }

  @Test(
    "a question word where a name would go is no one it can't speak for",
    arguments: [
      "how would people like who see it?", "how might folks from where see this?",
      "what would someone such as who say about it?",
    ])
  func questionWordIsNoViewer(question: String) throws {
    let reply = try answers(to: [question])[0].text
    #expect(!reply.contains("I can't speak for"), "\(reply)")
    #expect(!reply.lowercased().contains(" who;"), "\(reply)")
  }

  @Test("someone named with a clause of who they are is still spoken for")
  func relativeWhoStillNamesSomeone() throws {
    let reply = try answers(to: [
      "how would a nurse who works nights see it?"
    ])[0].text
    #expect(reply.hasPrefix("I can't speak for a nurse who works nights"), "\(reply)")
  }

  @Test(
    "a remark on what the persona is like names no topic it knows little of, and shakes nothing",
    arguments: [
      "you're all heart?", "you sound like such a worrier, don't you?",
      "you are a bit of an optimist?",
    ])
  func remarkOnThePersonaIsNoTopic(line: String) throws {
    let said = try answers(to: ["why do you think so?", line])
    let reply = said[1].text
    #expect(!reply.contains("not something I know much about"), "\(reply)")
    #expect(said[1].confidenceAfter >= said[1].confidenceBefore, "\(reply)")
  }

  @Test(
    "a word for the kind of answer asked is no topic it knows little of",
    arguments: ["what are the implications?", "what would the upshot be?"])
  func answerNounIsNoTopic(question: String) throws {
    let said = try answers(to: [question])
    #expect(!said[0].text.contains("not something I know much about"), "\(said[0].text)")
    #expect(said[0].confidenceAfter == said[0].confidenceBefore, "\(said[0].text)")
  }

  @Test(
    "a question that supposes it wrong is never answered as if it were right",
    arguments: [
      "what if you were wrong?", "suppose you were wrong about all of it, what then?",
      "what if it turned out the other way?",
    ])
  func supposedWrongIsNotAnsweredAsRight(question: String) throws {
    let said = try answers(to: [
      "what would change your mind?", "what else would change it?", "and what follows from it?",
      question,
    ])
    #expect(!said[3].text.hasPrefix("If I'm right"), "\(said.map(\.text))")
  }

  @Test("what hangs on the belief and why it matters are the persona's own, not stock lines")
  func stakesAreItsOwn() throws {
    let lines = [
      "why does it matter to you?", "why do you care about it?",
      "what makes it important to you personally?", "why is it worth caring about?",
      "what follows if you're right?", "what would happen then?",
    ]
    let week = try answers(to: lines).map(\.text)
    let gardens = try answers(to: lines, pack: gardenPack).map(\.text)
    let stakes = (week + gardens).filter {
      $0.hasPrefix("It matters to me because") || $0.hasPrefix("If I'm right")
    }
    #expect(stakes.count >= 3, "\(week)\n\(gardens)")
    for stake in stakes {
      #expect(
        stake.contains("four-day week") || stake.contains("front gardens"), "\(stake)")
    }
  }
}
