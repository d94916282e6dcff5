import Testing

@testable import SocraticCore

/// "It's doing my head in", "it drives me mad", "it winds me up": exasperation owned is a
/// feeling of theirs, met as one, never a view to rate.
@Suite("Partner: exasperation owned opens up")
struct PartnerExasperationFeelingTests {
  private static let setting = CoachingSetting(library: DialogueFixtures.library, seed: 7)

  @Test(
    "exasperation owned is read as opening up",
    arguments: [
      "the noise from next door is doing my head in",
      "honestly the roadworks are driving me mad",
      "the way he leaves the dishes winds me up",
    ])
  func opensUp(line: String) {
    let words = TheirWords(line, isDiscussingAClaim: true, setting: Self.setting)
    #expect(words.moment.isOpeningUp, "\(words.moment)")
  }

}
