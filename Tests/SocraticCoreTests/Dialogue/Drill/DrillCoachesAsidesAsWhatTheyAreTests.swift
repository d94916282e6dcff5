import Testing

@testable import SocraticCore

/// A belief of these tests' own, about cycling on pavements.
private let pavementPack = TopicPack(
  id: "pavements", title: "Pavement cycling", version: 1,
  keywords: ["pavement", "cycling", "bike", "cyclist"],
  beliefs: [
    PackBelief(
      text: "Cycling on the pavement should be fined.",
      reasons: [
        "Older people are frightened off walking by bikes coming up behind them.",
        "There is nowhere to step aside on a narrow pavement.",
      ],
      replies: ["My neighbour was knocked over outside the chemist last spring."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// A line said about the learner or the session, not to the persona, is coached as what it is:
/// never graded as a question, never given a "Better:", and the persona waits unmoved.
@Suite struct DrillCoachesAsidesAsWhatTheyAreTests {
  @Test(
    "an aside is named for what it is, gets no rewrite, and moves nothing",
    arguments: [
      ("hmm let me think", LearnerAside.thinkingAloud),
      ("one sec", .thinkingAloud),
      ("honestly I'm a bit nervous about this", .feeling),
      ("i feel so stupid", .feeling),
      ("the feedback keeps nagging me", .aboutCoaching),
      ("that wasn't even a real question", .aboutCoaching),
      ("scratch that", .aboutCoaching),
    ])
  func asideNamedNotGraded(line: String, kind: LearnerAside) throws {
    let steps = drillSteps(
      typing: ["why do you think so?", line], holdingFirstBeliefOf: pavementPack)
    let (answer, critique) = try replyAndCritique(in: steps[1])
    #expect(drillNotices(steps[1]).contains(kind.note), "\(drillNotices(steps[1]))")
    #expect(critique.problems.isEmpty && critique.suggestion == nil, "\(critique)")
    #expect(kind.replies.contains(answer.text), "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore, "\(answer.text)")
  }

  @Test(
    "a view or a question that only opens like an aside is still read as itself",
    arguments: [
      "let me think, why do you trust the police to fine anyone?",
      "honestly I'm stressed about cyclists too, they should all be fined",
    ])
  func questionOrViewStaysItself(line: String) throws {
    #expect(LearnerAside(line) == nil)
  }
}
