import Testing

@testable import SocraticCore

/// A question that asks about what was just said without naming it ("how sure are you about
/// that, out of ten?", "what makes you see it that way?") builds on it: the scorecard counts it
/// so, and never reports it as built on nothing.
@Suite("The listening scorecard: a question pointing back at what was said")
struct ScorecardPointingBackTests {
  private func builtOnLine(_ typed: [String]) -> String? {
    var script = partnerScript()
    script.type(typed)
    let summary = SessionSummary(
      DialogueScript<PartnerDialogue>.transcript(script.events, mode: .partner))
    return ListeningScorecard(summary).lines(lastWordsOf: "what they said last")
      .first { $0.hasPrefix("Built on") }
  }

  @Test(
    "how sure they are of it, or why they see it that way, builds on their line",
    arguments: [
      "how sure are you about that, out of ten?",
      "what makes you see it that way now?",
    ])
  func pointsBack(_ question: String) {
    let line = builtOnLine([
      "i think grans old piano should go, nobody plays it", "/me " + question,
    ])
    #expect(line == "Built on what they said last: 1 of 1 line said right after it (100%)")
  }

  @Test("a question about something else builds on nothing")
  func asksAboutSomethingElse() {
    let line = builtOnLine([
      "i think grans old piano should go, nobody plays it", "/me how was your weekend?",
    ])
    #expect(line == "Built on what they said last: 0 of 1 line said right after it (0%)")
  }

  @Test("'this' before a thing of its own names that thing, not their line")
  func thisBeforeAThing() {
    let line = builtOnLine([
      "i think grans old piano should go, nobody plays it",
      "/me are you sure about this weekend away?",
    ])
    #expect(line == "Built on what they said last: 0 of 1 line said right after it (0%)")
  }
}
