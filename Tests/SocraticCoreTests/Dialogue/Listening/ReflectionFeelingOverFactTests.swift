import Testing

@testable import SocraticCore

@Suite("A feeling or a fault owned in themselves is given back, never the fact said beside it")
struct ReflectionFeelingOverFactTests {
  @Test(
    "a feeling said in an idiom is named, without the head count or the time set before it",
    arguments: [
      (
        "theres three of us on the desk and honestly it drives me up the wall",
        "It sounds like you're feeling frustrated."
      ),
      (
        "the parcel came at 6 and it does my head in",
        "It sounds like you're feeling frustrated."
      ),
      // An "it" never given back without what it points at.
      (
        "the council shut the library and it does my head in",
        "It sounds like you're feeling frustrated."
      ),
      (
        "they moved the bus stop again and that drives me up the wall",
        "It sounds like they moved the bus stop again and that drives you up the wall."
      ),
    ])
  func idiomFeeling(answer: String, expected: String) {
    #expect(reflected(answer) == expected)
  }

  @Test(
    "panic, a fault owned in themselves and shame at a feeling are feelings of theirs",
    arguments: [
      ("i always go into panic mode when the phone rings", "panicky"),
      ("which is probably a me problem tbh", "partly to blame"),
      ("admitting im lonely sounds pathetic", "embarrassed"),
      ("the whole office goes into panic mode on fridays", nil),
    ] as [(String, String?)])
  func ownedFeeling(answer: String, feeling: String?) {
    let feelings = AnswerMoveReader.read(answer).feelings
    if let feeling {
      #expect(feelings.contains(feeling), "\(feelings)")
    } else {
      #expect(!feelings.contains("panicky"), "\(feelings)")
    }
  }
}
