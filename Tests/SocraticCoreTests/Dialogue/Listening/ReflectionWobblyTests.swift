import Testing

@testable import SocraticCore

/// A wavering said in their own words ("bit wobbly if im honest") is the moment: given back
/// with the hedged thought they said it with, never passed over for the side they fall back on.
@Suite("Reflection: a wobble given back before the fall-back")
struct ReflectionWobblyTests {
  @Test(
    "a wobble with a 'maybe' after it is given back as that, not as the defence after it",
    arguments: [
      (
        "bit shaky on it now if im honest... maybe a small wedding is fine. a big church do is different",
        "It sounds like you're less sure now: maybe a small wedding is fine."
      ),
      (
        "im a bit wobbly tbh. probably the older kids would cope. the little ones wouldnt",
        "It sounds like you're less sure now: probably the older kids would cope."
      ),
    ])
  func wobbleGivenBack(line: String, expected: String) {
    let read = AnswerMoveReader.read(line)
    #expect(read.isWavering)
    #expect(ReflectionWriter.reflection(of: read, saying: line)?.text == expected)
  }
}
