import Testing

@testable import SocraticCore

/// A reason pasted into "How do you know that …?" or "What makes you confident that …?" must
/// read as a whole clause of theirs: a tag that only asks for a nod is left off, and words with
/// no verb of their own are never pasted in.
@Suite("The partner dialogue: reasons quoted in a question")
struct PartnerQuotedReasonTests {
  /// The questions of a step that quote a reason.
  private func quotingQuestions(_ step: DialogueStep) -> [String] {
    step.suggestedQuestions.map(\.text).filter {
      $0.hasPrefix("How do you know that ") || $0.hasPrefix("What makes you confident that ")
    }
  }

  @Test(
    "a tag closing the reason is left out of the question",
    arguments: [
      ("the library should open on sundays", "the queue on saturday is massive innit"),
      ("the cinema should lower its prices", "a ticket costs twelve quid now eh"),
      ("the bakery should stay open late", "the night shift is starving, right"),
    ])
  func tagLeftOut(claim: String, reason: String) {
    var script = partnerScript()
    script.type(claim)
    let step = script.type(reason)
    let asked = quotingQuestions(step)
    #expect(!asked.isEmpty, "\(step.suggestedQuestions.map(\.text))")
    for tag in ["innit", "eh", "right"] {
      #expect(!asked.contains { $0.contains(" \(tag)?") }, "\(asked)")
    }
  }

  @Test(
    "a reason with no verb of its own is not pasted in",
    arguments: [
      ("a fiver a week on the lottery is worth it", "because a fiver loads of times"),
      ("the gym is worth the money", "a tenner lots of visits"),
    ])
  func verblessReasonNotPasted(claim: String, reason: String) {
    var script = partnerScript()
    script.type(claim)
    let step = script.type(reason)
    #expect(quotingQuestions(step).isEmpty, "\(step.suggestedQuestions.map(\.text))")
  }

  @Test("a tag is taken off a reason as it is quoted")
  func quotableWithoutTag() {
    #expect(
      SuggestionPlanner.quotable("because the queue on saturday is massive innit")
        == "because the queue on saturday is massive")
    #expect(SuggestionPlanner.quotable("a tenner loads of times") == nil)
    #expect(SuggestionPlanner.quotable("because of the weather") != nil)
  }
}
