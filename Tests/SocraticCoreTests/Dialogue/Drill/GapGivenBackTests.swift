import Testing

@testable import SocraticCore

/// A belief of these tests' own: allotments.
private let allotmentPack = TopicPack(
  id: "allotments", title: "Allotments", version: 1, keywords: ["allotment", "plot"],
  beliefs: [
    PackBelief(
      text: "Councils should double the number of allotments.",
      reasons: [
        "Waiting lists for a plot run to ten years in most towns.",
        "Growing your own food keeps older people active.",
      ])
  ],
  questions: [])

@Suite("A gap the persona admitted, given straight back, is heard as a reflection")
struct GapGivenBackTests {
  @Test(
    "coached as a complex reflection, with no word of a gap left, and the persona not pushed",
    arguments: [
      "so you're sure about the waiting lists but less sure about the water supply?",
      "you don't really know how the water supply works then",
    ])
  func gapGivenBack(line: String) throws {
    var script = drill(holdingFirstBeliefOf: allotmentPack)
    let first = try personaReply(in: script.type("how is the water supply paid for?"))
    try #require(first.confidenceAfter < first.confidenceBefore, "\(first.text)")
    let step = script.type(line)
    let (answer, critique) = try replyAndCritique(in: step)
    #expect(critique.form == QuestionForm.reflection.rawValue)
    #expect(critique.depth == .complex)
    #expect(!DialogueScript<DrillDialogue>.notices(step).contains(DrillDialogue.waverLeftNote))
    #expect(answer.confidenceAfter <= answer.confidenceBefore, "\(answer.text)")
  }

  @Test("a push after the gap is still told it left the gap")
  func pushLeavesGap() throws {
    var script = drill(holdingFirstBeliefOf: allotmentPack)
    _ = script.type("how is the water supply paid for?")
    let step = script.type("surely the council can just pay for it")
    #expect(DialogueScript<DrillDialogue>.notices(step).contains(DrillDialogue.waverLeftNote))
  }
}
