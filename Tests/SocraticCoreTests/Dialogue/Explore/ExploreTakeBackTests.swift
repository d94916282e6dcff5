import Testing

@testable import SocraticCore

/// "no actually i take that back": what their last answer granted is theirs no longer, and the
/// end of the session shows what they hold, not the point they took back.
@Suite("Explore drops a grant taken back")
struct ExploreTakeBackTests {
  @Test(
    "a point granted, then taken back, leaves what they granted before it",
    arguments: [
      "no actually scratch that, they get days off in the week",
      // An aside after the take-back is no place the point is taken to.
      "ok i take it back, to be fair the fees aren't that high",
      "i take that back, to be honest they get days off in the week",
      "hmm i take it back - home is where staff should be on a sunday",
    ])
  func grantTakenBack(line: String) {
    let granted = grantedAfter([
      ("What might someone who disagrees say?", "ok fair, hardly anyone uses it on sundays"),
      ("What else might they say?", "i guess the staff deserve a weekend too"),
      ("How does that sit with you?", line),
    ])
    #expect(granted == ["hardly anyone uses it on sundays"])
  }

  @Test(
    "holding to a point, or taking a thing back to a shop, takes nothing back",
    arguments: [
      "no, i won't take that back, they get days off in the week",
      "i had to take that back to the library twice last month",
    ])
  func notTakenBack(line: String) {
    let granted = grantedAfter([
      ("What might someone who disagrees say?", "ok fair, hardly anyone uses it on sundays"),
      ("How does that sit with you?", line),
    ])
    #expect(granted == ["hardly anyone uses it on sundays"])
  }

  /// What the end of the session lists as granted after these questions and answers.
  private func grantedAfter(_ turns: [(String, String)]) -> [String]? {
    var fold = BeliefMapFold()
    let claim = "the library should stay open on sundays"
    fold.apply(.belief(SessionEvent.Belief(text: claim, claim: claim)))
    for (index, turn) in turns.enumerated() {
      fold.apply(
        .question(
          SessionEvent.QuestionAsked(
            number: index + 1, kind: .viewpoints, text: turn.0, source: .followUp,
            arc: ExploreArcStep.outsider.rawValue)))
      fold.apply(.answer(SessionEvent.Answer(question: index + 1, text: turn.1)))
    }
    return fold.map.digest.first { $0.heading == "What you granted" }?.items
  }
}
