import Testing

@testable import SocraticCore

@Suite("A feeling named beside a concession is carried in the reflection, and a mood is a feeling")
struct ReflectionFeelingBesideGrantTests {
  @Test("a feeling named in the same turn as a concession comes first in the reflection")
  func feelingBesideGrant() {
    let answer =
      "that its easier to say im too busy than say im nervous of it. "
      + "maybe i just dont want to own up to it. there i said it"
    let text = reflected(answer) ?? ""
    #expect(text.hasPrefix("It sounds like you're feeling nervous"), "\(text)")
    #expect(text.contains("own up to it"), "\(text)")
  }

  @Test(
    "a bad mood they were in is read as a feeling of theirs",
    arguments: [
      ("the first month was fine. i was SO cranky by march though", "cranky"),
      ("honestly i was really grumpy the whole time i did it", "grumpy"),
    ])
  func moodIsAFeeling(answer: String, feeling: String) {
    #expect(AnswerMoveReader.read(answer).feelings.contains(feeling))
  }
}
