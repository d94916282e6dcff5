import Testing

@testable import SocraticCore

/// A belief of these tests' own.
private let allotmentPack = TopicPack(
  id: "allotments", title: "allotments", version: 1, keywords: ["allotment", "vegetables"],
  beliefs: [
    PackBelief(
      text: "Growing your own vegetables is cheaper than buying them.",
      reasons: [
        "A packet of seeds costs less than one bag of salad.",
        "The rent on a plot is a few pounds a month.",
      ],
      replies: ["Supermarket prices went up again this spring."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's replies and the coach's notes to some lines, in order.
private func steps(_ lines: [String]) -> [DialogueStep] {
  drillSteps(typing: lines, holdingFirstBeliefOf: allotmentPack)
}

@Suite("The drill hears a point granted, keys struck, and a question about its own people")
struct PersonaGrantsNoiseAndCloseOnesTests {
  @Test(
    "keys struck with a lone letter say what critique says, and cost nothing",
    arguments: ["hhhhhhh;;;j", "sdfg k"])
  func noise(line: String) throws {
    let step = try #require(steps([line]).first)
    #expect(drillNotices(step) == [DrillDialogue.noiseNote])
    #expect(
      DrillDialogue.noiseNote.hasPrefix("No words they would know: type what you mean to ask"))
    let answer = try personaReply(in: step)
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test(
    "a point granted is taken in character, unmoved, and never coached as an opinion",
    arguments: ["ok i'll give you that", "fair enough, that's true"])
  func pointGranted(line: String) throws {
    let step = steps(["why do you think that?", line])[1]
    let answer = try personaReply(in: step)
    #expect(answer.text == "Thanks, that's fair of you. Ask me what you were going to.")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
    #expect(drillNotices(step).contains(DrillDialogue.grantNote))
  }

  @Test(
    "a question about someone of its life is answered for itself, unshaken",
    arguments: [
      ("does your other half agree?", "My other half? I won't speak for them."),
      ("what does ur mum think of it", "My mum? I won't speak for her."),
      ("what do your mates make of it?", "My mates? I won't speak for them."),
      ("does your sister agree with you on it", "My sister? I won't speak for her."),
    ])
  func closeOne(line: String, opening: String) throws {
    let answer = try personaReply(in: try #require(steps([line]).first))
    #expect(answer.text.hasPrefix(opening + " For me it comes down to this: "), "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test("a yes or no about its people that asks no view of theirs is answered for them")
  func closeOnesDoing() throws {
    let answer = try personaReply(in: try #require(steps(["do your parents grow any veg?"]).first))
    #expect(answer.text.hasPrefix("Not that I know of."), "\(answer.text)")
  }

  @Test(
    "a question naming its people for anything but their view keeps what it asks",
    arguments: [
      ("do you trust your dad's eye for a good plot?", PersonaVoice.trustAnswer),
      ("how would you explain it to your nan?", "I mean it plainly: growing your own"),
      ("is this allotment your baby?", "Short answer: I still think growing your own"),
    ])
  func closeOnesNamedOnly(line: String, opening: String) throws {
    let answer = try personaReply(in: try #require(steps([line]).first))
    #expect(answer.text.hasPrefix(opening), "\(answer.text)")
  }
}
