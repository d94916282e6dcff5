import Testing

@testable import SocraticCore

/// Taking on a step of what was just agreed ("saturday then. ill bring the van round") settles
/// it: no question asks how they picture it going or what they look forward to, as of a plan
/// of their own.
@Suite("Partner: settling an arrangement is no plan to picture")
struct PartnerArrangementTests {
  /// What they said, read as partner reads a turn.
  private func read(_ line: String) -> TheirWords {
    let setting = CoachingSetting(library: DialogueFixtures.library, seed: 7)
    return TheirWords(line, isDiscussingAClaim: true, setting: setting)
  }

  @Test(
    "the errand of a plan agreed does not fit the plan questions",
    arguments: [
      ("How do you picture it going?", "saturday then. ill bring the van round"),
      ("What are you looking forward to most?", "sunday. ill pick you up from the station"),
    ])
  func errand(_ question: String, _ line: String) {
    #expect(!StockQuestionFit.fits(question, after: read(line), isTender: false))
  }

  @Test("a plan of their own still fits them")
  func ownPlan() {
    #expect(
      StockQuestionFit.fits(
        "What are you looking forward to most?",
        after: read("im moving to cardiff next spring, cant wait"), isTender: false))
  }
}
