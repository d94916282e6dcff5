import SocraticCore
import Testing

@Suite("Terminal controls inside typed text")
struct ControlSequenceTests {
  @Test(
    "escape sequences and control characters are removed whole, whitespace kept",
    arguments: [
      ("\u{1B}[31mred\u{1B}[0m text", "red text"),
      ("\u{1B}]0;title\u{07}after", "after"),
      ("\u{1B}]8;;http://x\u{1B}\\link", "link"),
      ("\u{1B}(Bcharset", "charset"),
      ("\u{9B}1mC1", "C1"),
      ("bell\u{07} and\tline\nbreak", "bell and\tline\nbreak"),
      ("\u{202E}reversed", "reversed"),
      ("dangling \u{1B}", "dangling "),
    ])
  func removed(text: String, expected: String) {
    #expect(ControlSequence.removed(from: text) == expected)
  }

  @Test("a belief pasted with colour codes reads as the same belief without them")
  func beliefWithColour() throws {
    let engine = InversionEngine()
    let coloured = try engine.analyze(
      "\u{1B}[31mCrypto\u{1B}]0;x\u{07} is a \u{1B}[1mscam\u{1B}[0m.")
    let plain = try engine.analyze("Crypto is a scam.")
    #expect(coloured.claim == plain.claim)
    #expect(coloured.inverted == plain.inverted)
    #expect(coloured.terms == plain.terms)
    #expect(coloured.belief.hasPrefix("\u{1B}[31m"))
  }

  @Test("a question pasted with colour codes is critiqued as the same question")
  func questionWithColour() throws {
    let critic = QuestionCritic()
    let coloured = try critic.critique("\u{1B}[1mIs crypto a scam?\u{1B}[0m")
    let plain = try critic.critique("Is crypto a scam?")
    #expect(coloured.form == plain.form)
    #expect(coloured.suggestion == plain.suggestion)
  }
}
