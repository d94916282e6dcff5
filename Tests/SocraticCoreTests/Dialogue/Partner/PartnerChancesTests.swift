import Testing

@testable import SocraticCore

/// "What are the chances of that happening?" is asked of something that may yet happen: never
/// of a chance already gone ("if i'd gone"), nor of one they just ruled out ("which she never
/// will").
@Suite("Partner: the chances are asked only of what may yet happen")
struct PartnerChancesTests {
  private let chances = "What are the chances of that happening, as you see it?"

  /// What they said, read as partner reads a turn.
  private func read(_ line: String) -> TheirWords {
    let setting = CoachingSetting(library: DialogueFixtures.library, seed: 7)
    return TheirWords(line, isDiscussingAClaim: true, setting: setting)
  }

  @Test(
    "a chance gone by, or one ruled out, does not fit the question",
    arguments: [
      "It wasn't awful it was just... ok maybe I'd of had a laugh. If I'd gone. Maybe.",
      "id change my mind if the lad at 12 stopped racing up and down. which she never will",
      "only if the council fixed the potholes first. no chance of that",
    ])
  func notAsked(_ line: String) {
    #expect(!StockQuestionFit.fits(chances, after: read(line), isTender: false))
  }

  @Test(
    "what they would need to see, still ahead, fits it",
    arguments: [
      "if the accidents went down id change my mind",
      "id think again if the bus company started running on time",
    ])
  func ahead(_ line: String) {
    #expect(StockQuestionFit.fits(chances, after: read(line), isTender: false))
  }
}
