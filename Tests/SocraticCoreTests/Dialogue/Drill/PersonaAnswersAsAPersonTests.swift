import Testing

@testable import SocraticCore

/// A belief of these tests' own: night buses, with a line of the persona's own life.
private let nightBusBelief = PackBelief(
  text: "Cities should run buses all night.", side: .for,
  reasons: [
    "Shift workers have no other way home after midnight.",
    "A late bus keeps drunk drivers off the road.",
  ],
  replies: [
    "My cousin walks forty minutes home after every late shift at the hospital.",
    "The last bus in our city leaves at half eleven.",
  ])

private let nightBusPack = TopicPack(
  id: "night-buses", title: "Night buses", version: 1, keywords: ["bus", "buses", "transport"],
  beliefs: [nightBusBelief], questions: [])

/// What the persona says to each line, in turn.
private func answers(_ lines: [String]) throws -> [PersonaAnswer] {
  try personaReplies(typing: lines, holdingFirstBeliefOf: nightBusPack)
}

/// Stock lines that could follow any question: never the answer to one.
private let stockLines = [
  PersonaVoice.nothingToAdd[0], PersonaVoice.noDetails, "know much about", "wasn't clear",
  "didn't answer that", "I keep coming back to",
]

@Suite("A reaction is heard as a reaction, not as a topic or a complaint")
struct LearnerReactionTests {
  @Test(
    "an exclamation alone invites the persona on, unmoved, with no fault owned",
    arguments: ["wow", "blimey", "huh", "oh my god", "crikey"])
  func exclamationAlone(line: String) throws {
    let said = try answers(["what got you into this?", line])
    for stock in stockLines { #expect(!said[1].text.contains(stock), "\(said[1].text)") }
    #expect(said[1].confidenceAfter == said[1].confidenceBefore, "\(said[1].text)")
  }

  @Test(
    "an exclamation before a thing speaks of the thing, never of the exclamation",
    arguments: ["oh god the last bus", "good lord, the last bus", "gosh the last bus"])
  func exclamationBeforeAThing(line: String) throws {
    let said = try answers(["what got you into this?", line])
    #expect(said[1].text.contains("half eleven"), "\(said[1].text)")
    #expect(!said[1].text.lowercased().contains("god"), "\(said[1].text)")
    #expect(!said[1].text.lowercased().contains("lord"), "\(said[1].text)")
    #expect(said[1].confidenceAfter == said[1].confidenceBefore, "\(said[1].text)")
  }

  @Test("an exclamation before a clause of its own is no bare reaction")
  func exclamationBeforeAClause() {
    #expect(LearnerReaction("wow, that's a stretch") == nil)
    #expect(LearnerReaction("gosh they really did it") == nil)
    #expect(LearnerReaction("blimey, what happened next?") == nil)
    #expect(LearnerReaction("oh god the rota")?.thing == "the rota")
  }
}

@Suite("A question about what the persona itself does is answered as a person would")
struct PersonaOwnDoingTests {
  @Test(
    "no stock line, no thing it knows little of, and its belief unshaken",
    arguments: [
      "would you put your name down to drive one?",
      "how do you get home after a night out yourself?",
      "would you give up your car for it?",
    ])
  func ownDoing(line: String) throws {
    let said = try answers(["what got you into this?", line])
    for stock in stockLines { #expect(!said[1].text.contains(stock), "\(said[1].text)") }
    #expect(!said[1].text.contains("Short answer"), "\(said[1].text)")
    #expect(said[1].confidenceAfter == said[1].confidenceBefore, "\(said[1].text)")
  }

  @Test("asked of its own doings again, it never says the same sentence twice")
  func neverTheSameTwice() throws {
    let said = try answers([
      "would you put your name down to drive one?", "would you sit on the transport board?",
      "how would you handle a rowdy passenger?", "would you campaign door to door for it?",
    ])
    let sentences = said.flatMap { PersonaVoice.sentenceKeys(of: $0.text) }
    #expect(Set(sentences).count == sentences.count, "\(said.map(\.text))")
  }

  @Test(
    "what a question asks of its doing reads as its doing, not its view",
    arguments: [
      ("would you volunteer at the depot?", true), ("how do you manage it with the kids?", true),
      ("do you think the council will listen?", false), ("would you say it's worth it?", false),
    ])
  func readsItsDoing(line: String, doing: Bool) {
    let question = PersonaQuestion(
      line, form: .open, kind: .clarification, belief: nightBusBelief.text,
      beliefWords: TopicWords(nightBusBelief.text).lemmas, lastReply: nil)
    #expect(question.asksWhatItDoes == doing)
  }
}

@Suite("Nothing new on what was asked is said plainly, and nothing is said twice")
struct PersonaPlainGapTests {
  @Test("asked its view again, it gives a reason, not its belief a second time")
  func viewTwice() throws {
    let said = try answers([
      "what keeps you going on this?", "what was the hardest part of it for you?",
    ])
    let claim = "cities should run buses all night"
    let restated = said.filter { $0.text.lowercased().contains(claim) }
    #expect(restated.count <= 1, "\(said.map(\.text))")
  }

  @Test("with its lines on a thing said, it says plainly it hasn't thought further")
  func plainGap() throws {
    let said = try answers([
      "tell me about your cousin", "what does a decent late shift look like to you?",
      "what happened exactly, with your cousin?", "and how exactly does the walk go?",
    ])
    for answer in said.dropFirst() {
      for stock in stockLines { #expect(!answer.text.contains(stock), "\(answer.text)") }
    }
    let sentences = said.flatMap { PersonaVoice.sentenceKeys(of: $0.text) }
    #expect(Set(sentences).count == sentences.count, "\(said.map(\.text))")
  }
}
