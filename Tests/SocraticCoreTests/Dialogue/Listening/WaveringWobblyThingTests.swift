import Testing

@testable import SocraticCore

/// "shaky" or "wobbly" is their footing only when said of themselves: a thing that wobbles is
/// a reason, never their being less sure.
@Suite("Reflection: a wobbly thing is no wobble of theirs")
struct WaveringWobblyThingTests {
  @Test("'the rope bridge is a bit shaky' is not given back as their being less sure")
  func shakyThingIsNoWavering() {
    let line = "the rope bridge is a bit shaky, that's why the park should fence it off"
    let read = AnswerMoveReader.read(line)
    #expect(!read.isWavering)
    let said = ReflectionWriter.reflection(of: read, saying: line)?.text ?? ""
    #expect(!said.contains("less sure"), "\(said)")
  }

  @Test("'feeling a bit shaky about it' is their wobble")
  func shakySpeakerIsWavering() {
    let line = "feeling a bit shaky about it now. maybe the fee is fair"
    #expect(AnswerMoveReader.read(line).isWavering)
  }
}
