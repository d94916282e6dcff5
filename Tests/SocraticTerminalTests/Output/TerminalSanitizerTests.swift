import SocraticTerminal
import Testing

@Suite("Sanitising text before it reaches a terminal")
struct TerminalSanitizerTests {
  @Test(
    "escape sequences and control characters are removed, the words kept",
    arguments: [
      ("plain text", "plain text"),
      ("\u{1B}[31mred\u{1B}[0m", "red"),
      ("\u{1B}[2J\u{1B}[Hclear", "clear"),
      ("\u{1B}]0;title\u{07}after", "after"),
      ("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),
      ("\u{1B}Pdcs\u{1B}\\x", "x"),
      ("\u{1B}(Bcharset", "charset"),
      ("\u{1B}cReset", "Reset"),
      ("\u{9B}31mC1", "C1"),
      ("bell\u{07}back\u{08}space\u{7F}", "bellbackspace"),
      ("carriage\rreturn", "carriagereturn"),
      ("tab\there", "tab here"),
      ("bidi \u{202E}evil\u{202C} \u{2066}x\u{2069}", "bidi evil x"),
      ("café 日本 👍🏽", "café 日本 👍🏽"),
      ("dangling \u{1B}", "dangling "),
      ("\u{1B}[31", ""),
    ])
  func sanitize(input: String, expected: String) {
    #expect(TerminalSanitizer.sanitize(input) == expected)
  }

  @Test("line breaks are kept, or become spaces for one-line displays")
  func lineBreaks() {
    #expect(TerminalSanitizer.sanitize("a\nb") == "a\nb")
    #expect(TerminalSanitizer.sanitize("a\nb", keepingLineBreaks: false) == "a b")
  }
}
