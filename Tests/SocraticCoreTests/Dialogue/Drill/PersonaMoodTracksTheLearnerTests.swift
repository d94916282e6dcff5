import Testing

@testable import SocraticCore

/// A belief of these tests' own, about the bins on a street.
private let binPack = TopicPack(
  id: "bins", title: "Bin collections", version: 1, keywords: ["bin", "bins", "collection"],
  beliefs: [
    PackBelief(
      text: "Weekly bin collections are worth the extra council tax.",
      reasons: [
        "Food waste left for a fortnight brings rats into the back lanes.",
        "Flats with no room for a second bin overflow by the second week.",
      ],
      replies: ["Our close had rats within a month of fortnightly collections."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's mood and confidence follow what the learner does: warmth is met warmly and
/// moves nothing, a verdict crowed over it ("gotcha") is denied and dug in against, never
/// granted, and a warm open question is answered, never taken for a topic it knows little of.
@Suite struct PersonaMoodTracksTheLearnerTests {
  @Test(
    "thanks or praise for what it said is met warmly, and its confidence stays",
    arguments: [
      "that's a really fair point", "I appreciate you explaining that.", "thanks for sharing",
      "well put",
    ])
  func warmthMetWarmly(line: String) throws {
    let steps = drillSteps(typing: ["why do you think so?", line], holdingFirstBeliefOf: binPack)
    let answer = try personaReply(in: steps[1])
    #expect(LearnerSympathy.appreciation.replies.contains(answer.text), "\(answer.text)")
    #expect(!answer.text.contains("your view, not mine"), "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore, "\(answer.text)")
    #expect(drillNotices(steps[1]).contains(LearnerSympathy.appreciation.note))
  }

  @Test(
    "a verdict crowed over it is coached as leading, denied, and dug in against",
    arguments: [
      "gotcha! so you were wrong", "ha, caught you out there", "so you're wrong then",
      "checkmate",
    ])
  func verdictDeniedNotGranted(line: String) throws {
    let steps = drillSteps(typing: ["why do you think so?", line], holdingFirstBeliefOf: binPack)
    let (answer, critique) = try replyAndCritique(in: steps[1])
    #expect(critique.form == "leading", "\(critique)")
    #expect(critique.problems == [Caricature.verdictProblem], "\(critique)")
    #expect(
      PersonaVoice.caricatureDenials.contains { answer.text.hasPrefix($0) }, "\(answer.text)")
    #expect(answer.confidenceAfter > answer.confidenceBefore, "\(answer.text)")
  }

  @Test(
    "a question that supposes it wrong is no verdict",
    arguments: ["what if you were wrong?", "how would you know if you were wrong?"])
  func supposingIsNoVerdict(line: String) throws {
    let steps = drillSteps(typing: ["why do you think so?", line], holdingFirstBeliefOf: binPack)
    let (answer, critique) = try replyAndCritique(in: steps[1])
    #expect(critique.form != "leading", "\(critique)")
    #expect(answer.confidenceAfter == answer.confidenceBefore, "\(answer.text)")
  }

  @Test(
    "a warm open question is answered, never its verb taken for a topic it knows little of",
    arguments: [
      "I'd love to hear more about how you came to this",
      "I'd really love to know what first got you into it",
    ])
  func warmQuestionAnswered(line: String) throws {
    let answer = try personaReplies(typing: [line], holdingFirstBeliefOf: binPack)[0]
    #expect(!answer.text.contains("not something I know much about"), "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore, "\(answer.text)")
  }
}
