import Testing

@testable import SocraticCore

/// A belief of these tests' own, with a question of its pack's own.
private let scooterPack = TopicPack(
  id: "scooters", title: "scooters", version: 1, keywords: ["scooter", "pavement"],
  beliefs: [
    PackBelief(
      text: "Hire scooters make pavements unsafe.",
      reasons: [
        "Riders leave them lying across the pavement at night.",
        "Nobody on a hire scooter wears a helmet.",
      ],
      replies: ["A blind man on my road tripped over one parked across the pavement."])
  ],
  questions: [QuestionTemplate(kind: .assumptions, text: "Who do you picture riding them?")])

/// The persona's replies and the coach's notes to some lines, in order.
private func steps(_ lines: [String]) -> [DialogueStep] {
  drillSteps(typing: lines, holdingFirstBeliefOf: scooterPack)
}

@Suite("The drill tells its story, its reading, its own life and weighs each case told")
struct PersonaRoundThreeTests {
  @Test("how long it has held the view is told as a story, never the belief said plainly")
  func howLong() throws {
    let answer = try personaReply(
      in: try #require(steps(["how long have u been thinking this?"]).first))
    #expect(
      PersonaVoice.originStories.contains { story in
        answer.text.hasPrefix(String(story.prefix(12)))
      }, "\(answer.text)")
    #expect(answer.text.hasSuffix(": riders leave them lying across the pavement at night."))
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test("what it has been reading is answered with the evidence behind a reason")
  func reading() throws {
    let answer = try personaReply(
      in: try #require(steps(["what have you been reading about it?"]).first))
    #expect(
      answer.text == PersonaVoice.readingOpening
        + "a blind man on my road tripped over one parked across the pavement.")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test("/hint offers the pack's own question of a kind not asked yet")
  func hint() throws {
    let notices = drillNotices(try #require(steps(["/hint"]).first))
    #expect(
      notices.contains { $0.hasSuffix("For example, ask: Who do you picture riding them?") },
      "\(notices)")
  }

  @Test("a neighbour's case is taken in as one case, unmoved, and never argued with")
  func neighbour() throws {
    let step = steps(["fair enough, but my neighbour rides one and parks it tidily"])[0]
    let answer = try personaReply(in: step)
    #expect(
      answer.text.hasPrefix(
        "Thanks for telling me about your neighbour. " + PersonaVoice.caseWeighings[0]),
      "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test("each case told after the first is weighed in new words, never 'nothing to add'")
  func casesTold() throws {
    let told = steps([
      "why do you think that?", "what else?", "my cousin rides one every day to college",
      "my flatmate got a fine for riding on the pavement", "my boss uses one and loves it",
    ])
    let answers = try told.suffix(3).map { try personaReply(in: $0).text }
    #expect(
      answers[1].hasPrefix(
        "Thanks for telling me about your flatmate. " + PersonaVoice.caseWeighings[1]))
    #expect(
      answers[2].hasPrefix(
        "Thanks for telling me about your boss. " + PersonaVoice.caseWeighings[2]))
    #expect(!answers.contains { $0.contains(PersonaVoice.nothingToAdd[0]) })
  }

  @Test("'what about your own …' asks of its life: answered, never a gap that shakes it")
  func ownLife() throws {
    let answer = try personaReply(
      in: try #require(steps(["and what about your own street?"]).first))
    #expect(answer.text.hasPrefix("It's close to home. A blind man on my road"), "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }
}
