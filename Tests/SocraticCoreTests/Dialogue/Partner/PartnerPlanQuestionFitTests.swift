import Testing

@testable import SocraticCore

/// Questions about a plan fit only a plan: "What are you looking forward to most?" never
/// follows a decision held off, and "Who could you talk to about it?" never follows a plan that
/// names whom they will turn to.
@Suite("Partner: plan questions fit the plan told")
struct PartnerPlanQuestionFitTests {
  private static let setting = CoachingSetting(library: DialogueFixtures.library, seed: 7)

  private static func fits(_ question: String, after line: String) -> Bool {
    let words = TheirWords(line, isDiscussingAClaim: true, setting: setting)
    return StockQuestionFit.fits(question, after: words, isTender: false)
  }

  @Test(
    "a decision held off has nothing yet to look forward to",
    arguments: [
      "ill think about it. and dont tell the captain i agreed because i havent",
      "let me sleep on it, the trip is in june anyway",
    ])
  func heldOff(_ line: String) {
    #expect(!Self.fits("What are you looking forward to most?", after: line))
  }

  @Test("a plan that names whom they will turn to is not asked who they could talk to")
  func someoneNamed() {
    #expect(
      !Self.fits(
        "Who could you talk to about it?",
        after: "im going to book a table for friday and ask my sister along"))
  }

  @Test("a plan of their own with no one named is still asked who they could talk to")
  func noOneNamed() {
    #expect(
      Self.fits(
        "Who could you talk to about it?", after: "im going to book a table for the quiz on friday"
      ))
  }

  @Test(
    "seeing people at what they plan is something to look forward to",
    arguments: [
      "im going to book a table for the quiz on friday, ill see my cousins there"
    ])
  func seeingSomeone(_ line: String) {
    #expect(Self.fits("What are you looking forward to most?", after: line))
  }

  @Test("waiting to see how it goes still holds off")
  func seeingHowItGoes() {
    #expect(
      !Self.fits(
        "What are you looking forward to most?", after: "ill see how it goes with the new shifts"))
  }

  @Test(
    "a ring bought or an option gone with names no one to turn to",
    arguments: [
      "im going to buy a ring and propose at new year"
    ])
  func noOneReached(_ line: String) {
    #expect(Self.fits("Who could you talk to about it?", after: line))
  }

  @Test(
    "ringing or going with someone named answers who they could talk to",
    arguments: [
      "ill ring dave tonight and book the van", "im going to text my cousin and sort the tickets",
      "im going with mum to the open day",
    ])
  func someoneReached(_ line: String) {
    #expect(!Self.fits("Who could you talk to about it?", after: line))
  }
}
