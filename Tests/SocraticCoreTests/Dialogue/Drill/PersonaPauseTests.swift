import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief about night buses, with reasons about shifts and safety.
private let busPack = TopicPack(
  id: "buses", title: "Night buses", version: 1, keywords: ["bus", "night", "route"],
  beliefs: [
    PackBelief(
      text: "Night buses should run every hour.", side: .for,
      reasons: [
        "Cleaners and nurses finish their shifts long after midnight.",
        "A bus home is safer than a long walk in the dark.",
      ],
      replies: ["Taxis cost more than a late shift pays."]),
    PackBelief(
      text: "Night buses cost too much for how few ride them.", side: .against,
      reasons: ["Most night routes carry a handful of people."]),
  ],
  questions: [])

@Suite("A pause is not an argument: runs of minimal encouragers in a drill")
struct PersonaPauseTests {
  @Test(
    "a run of encouragers gets a little more, no push back, its confidence still",
    arguments: ["hm ok", "right, i see", "mm yeah", "ok fair enough"])
  func encouragerRun(nudge: String) throws {
    var script = drill(holdingFirstBeliefOf: busPack)
    script.type("why do you think night buses should run every hour?")
    let reply = try personaReply(in: script.type(nudge))
    #expect(reply.text.hasPrefix("Well, "), "\(reply.text)")
    #expect(!reply.text.contains("not asking me"), "\(reply.text)")
    #expect(reply.confidenceAfter == reply.confidenceBefore)
  }

  @Test("an encourager is coached as a pause: no view argued, a word that it takes a turn")
  func encouragerCoaching() throws {
    var script = drill(holdingFirstBeliefOf: busPack)
    script.type("why do you think night buses should run every hour?")
    let step = script.type("hm")
    let critique = try #require(
      step.outputs.lazy.compactMap { output -> SessionEvent.Critique? in
        if case .review(let review) = output { return review.critique }
        return nil
      }.first)
    #expect(critique.problems.isEmpty, "\(critique.problems)")
    let notices = step.outputs.compactMap { output -> String? in
      if case .notice(let text, _) = output { return text }
      return nil
    }
    #expect(notices.contains(DrillDialogue.encouragerNote), "\(notices)")
  }

  @Test(
    "asked whether anything would change it, the persona says what would, coached as such",
    arguments: ["would anything change that for you?", "could something ever shift your view"])
  func anythingWouldChange(line: String) throws {
    var script = drill(holdingFirstBeliefOf: busPack)
    script.type("why do you think night buses should run every hour?")
    let (reply, critique) = try replyAndCritique(in: script.type(line))
    #expect(reply.text.hasPrefix("I'd think again if "), "\(reply.text)")
    #expect(critique.kind == .inversion)
    #expect(reply.confidenceAfter == reply.confidenceBefore)
  }
}
