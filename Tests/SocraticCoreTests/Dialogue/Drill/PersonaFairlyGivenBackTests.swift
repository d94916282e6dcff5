import Testing

@testable import SocraticCore

/// A pack of these tests' own: children in the kitchen.
private let kitchenPack = TopicPack(
  id: "kitchen", title: "Kids cooking", version: 1, keywords: ["kitchen", "cooking", "kids"],
  beliefs: [
    PackBelief(
      text: "Kids should help cook the family dinner.", side: .for,
      reasons: [
        "Little ones pick up habits by copying what grown-ups do at the stove.",
        "A child who has cracked the eggs will eat the omelette.",
      ],
      replies: ["My niece peels every carrot in the house now."]),
    PackBelief(
      text: "Kitchens are no place for small children.", side: .against,
      reasons: [
        "Hot pans and sharp knives hurt small hands in a second.",
        "Dinner takes twice as long with a helper who is four.",
      ]),
  ],
  questions: [])

@Suite("The drill persona hears a grant made of grants, and a hold before what it said")
struct PersonaFairlyGivenBackTests {
  @Test(
    "grants one after another are taken as a point granted, unmoved",
    arguments: ["fair enough, that makes sense", "true. ok that kinda makes sense"])
  func grantsInARow(line: String) throws {
    let steps = drillSteps(
      typing: ["what makes you say that?", line], holdingFirstBeliefOf: kitchenPack)
    let answer = try personaReply(in: steps[1])
    #expect(answer.text == "Thanks, that's fair of you. Ask me what you were going to.")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
    #expect(drillNotices(steps[1]).contains(DrillDialogue.grantNote))
  }

  @Test(
    "a hold before what it said is an opener, never a thing it is told it never spoke of",
    arguments: [
      "hang on you said little ones copy the grown-ups, which grown-ups?",
      "wait a sec you said little ones copy the grown-ups, which grown-ups?",
    ])
  func holdIsNoThing(line: String) throws {
    let replies = try personaReplies(
      typing: ["what makes you say that?", line], holdingFirstBeliefOf: kitchenPack)
    let reply = replies[1]
    #expect(!reply.text.hasPrefix("I didn't say anything about"), "\(reply.text)")
    #expect(reply.text.contains("My niece peels every carrot"), "\(reply.text)")
  }
}
