import Testing

@testable import SocraticCore

/// A warm line of the listener's to someone close (affection, pride, missing them, an offer of
/// a hand) is praised as it is: never coached as advice or an opinion with a "Better:".
@Suite("The partner dialogue: warm lines of the listener's")
struct PartnerWarmthTests {
  private func review(of line: String) -> SessionEvent.Critique? {
    var script = partnerScript()
    script.type("my brother says the allotments should be sold for flats")
    let step = script.type("/me " + line)
    return step.outputs.lazy.compactMap { output -> SessionEvent.Critique? in
      if case .review(let review) = output { return review.critique }
      return nil
    }.first
  }

  @Test(
    "affection, pride, missing them or an offer of a hand gets a short note and no rewrite",
    arguments: [
      "aw love you lots nan",
      "really proud of you mum",
      "missed you loads this week",
      "I'll cook tonight so you can put your feet up",
      "want me to drive you to the clinic tomorrow?",
      "sis, you mean the world to me",
      "glad you rang. you doing ok?",
    ])
  func warm(line: String) {
    let critique = review(of: line)
    #expect(critique?.form == QuestionForm.statement.rawValue)
    #expect(critique?.problems == [ListenerCourtesy.Kind.warmth.verdict])
    #expect(critique?.suggestion == nil)
    #expect(critique?.kind == nil)
  }

  @Test(
    "a warm opening that turns to argue, advise or ask about the view is coached as usual",
    arguments: [
      "love you, but the flats would ruin the street",
      "I can see why he thinks that",
      "proud of you. why do you think he wants them sold?",
      "you should tell him to drop it",
    ])
  func notWarm(line: String) {
    #expect(ListenerCourtesy.kind(of: line) != .warmth)
  }
}
