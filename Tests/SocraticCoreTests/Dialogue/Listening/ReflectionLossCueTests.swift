import Testing

@testable import SocraticCore

/// A loss is owned only when one is told: an organ that fails without a death, or a phone no
/// one picked up, is no bereavement and no loneliness.
@Suite("A loss is owned only when one is told")
struct ReflectionLossCueTests {
  @Test("an illness told by what failed is no death")
  func failedKidneysNoDeath() throws {
    let answer = "her liver failed in the winter so she's on the transplant list now"
    let text = try #require(reflected(answer))
    #expect(text != "I'm so sorry for your loss.", "\(text)")
  }

  @Test("a call no one answered is no loneliness")
  func unansweredCallNotLonely() throws {
    let answer = "I phoned the surgery at nine and there was nobody there to answer"
    let text = try #require(reflected(answer))
    #expect(text != "It sounds like it's been lonely.", "\(text)")
  }

  @Test("no one left to eat with, said of themselves, is loneliness")
  func nobodyToEatWith() {
    #expect(
      reflected("since the kids moved out I've got nobody to eat with most nights")
        == "It sounds like it's been lonely since the kids moved out.")
  }
}
