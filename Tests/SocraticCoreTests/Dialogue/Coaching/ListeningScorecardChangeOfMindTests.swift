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
      "how would you know if the new tills were saving anyone time?",
      "so what would make them worth having, for you?",
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

  @Test("asking it counts; a question about something else, or it said flat, does not")
  func onlyWhenAsked() {
    let opening = "self checkouts are the worst thing to happen to supermarkets"
    for other in [
      "/me what would make the tills quicker?", "/me it would change your mind.",
      "/me when will you know if you got the flat?", "/me how do you tell if the cake is done?",
      "/me what would make it worth the bus fare?",
    ] {
      #expect(!covered(lines([opening, other])).contains("what would change their mind"))
    }
    let asked = covered(lines([opening, "/me would anything ever get you to rethink it tho?"]))
    #expect(asked.contains("what would change their mind"), "\(asked)")
  }

  /// The kinds the scorecard lists as covered, without those not asked yet.
  private func covered(_ lines: [String]) -> String {
    let kinds = lines.first { $0.hasPrefix("Kinds covered:") } ?? ""
    return kinds.components(separatedBy: "; not asked yet").first ?? ""
  }
}
