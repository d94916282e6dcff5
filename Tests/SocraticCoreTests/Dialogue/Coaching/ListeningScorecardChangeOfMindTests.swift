import Testing

@testable import SocraticCore

/// Asking what would change their mind counts as such in any wording: the summary never says it
/// is not asked yet after it was.
@Suite("The listening scorecard: what would change their mind, in any wording")
struct ListeningScorecardChangeOfMindTests {
  /// The scorecard's lines for a partner session in which these lines were typed.
  private func lines(_ typed: [String]) -> [String] {
    var script = partnerScript()
    script.type(typed)
    let summary = SessionSummary(
      DialogueScript<PartnerDialogue>.transcript(script.events, mode: .partner))
    return ListeningScorecard(summary).lines(lastWordsOf: "what they said last")
  }

  @Test(
    "asking it in other words is covered, not listed as not asked yet",
    arguments: [
      "hmm ok. is there anything that could ever make u think twice about it?",
      "fair. what would it take for you to budge on that?",
      "and anything that might shift it for you?",
    ])
  func otherWords(_ question: String) {
    let kinds = lines([
      "self checkouts are the worst thing to happen to supermarkets",
      "/me " + question,
    ]).first { $0.hasPrefix("Kinds covered:") }
    #expect(
      kinds?.contains("what would change their mind (") == true
        || kinds?.contains("what would change their mind,") == true, "\(kinds ?? "")")
    #expect(
      kinds?.contains("not asked yet: what would change their mind") == false, "\(kinds ?? "")")
  }

  @Test("a question about something else does not count")
  func otherQuestion() {
    #expect(!ListeningScorecard.asksWhatWouldChangeMind("what would make the tills quicker?"))
    #expect(!ListeningScorecard.asksWhatWouldChangeMind("it would change your mind."))
  }
}
