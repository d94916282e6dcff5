import Testing

@testable import SocraticCore

@Suite("The grammar gate of reflections")
struct ReflectionCheckTests {
  @Test(
    "a clause given back needs a subject and a finite verb, with nothing left waiting",
    arguments: [
      ("she raised me on her own", true), ("prices went up", true), ("fixed supply", false),
      ("look at the numbers", false), ("you're", false), ("my brother never helps", true),
      ("the rent went up because of the", false),
    ])
  func reads(text: String, reads: Bool) {
    #expect(ReflectionCheck.reads(Tokenizer.tokenize(text)) == reads)
  }

  @Test(
    "their first person is not turned when they speak to the listener",
    arguments: [("I just told you", false), ("you keep asking me", false), ("I owe her", true)])
  func mayTurn(text: String, mayTurn: Bool) {
    #expect(ReflectionCheck.mayTurn(Tokenizer.tokenize(text)) == mayTurn)
  }

  @Test("a reflection with an empty slot is not shown")
  func emptySlot() {
    #expect(!ReflectionCheck.isWhole("So you grant that , but it is fine."))
    #expect(ReflectionCheck.isWhole("So you grant that it helps, but it costs too much."))
  }

  @Test(
    "nothing said to the listener is reflected",
    arguments: ["i just told you", "you keep asking me that", "I told you, my nephew"])
  func noReflectionOfWordsToTheListener(answer: String) {
    let reflection = ReflectionWriter.reflection(of: AnswerMoveReader.read(answer))
    #expect(reflection == nil, "\(String(describing: reflection))")
  }
}
