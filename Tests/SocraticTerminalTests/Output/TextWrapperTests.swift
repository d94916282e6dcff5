import SocraticTerminal
import Testing

@Suite("Word-wrapping")
struct TextWrapperTests {
  @Test("breaks at spaces so no line is wider than the width")
  func breaksAtSpaces() {
    let text = "What would have to be true for the opposite of your belief to hold?"
    let wrapped = TextWrapper.wrap(text, width: 20)
    #expect(
      wrapped == """
        What would have to
        be true for the
        opposite of your
        belief to hold?
        """)
  }

  @Test("keeps line breaks, indents continuation lines, and breaks an over-long word")
  func indentAndLongWords() {
    #expect(
      TextWrapper.wrap("one two three\nfour", width: 10, indent: "  ") == "one two\n  three\nfour")
    #expect(TextWrapper.wrap("abcdefghijklmnop", width: 10) == "abcdefghij\nklmnop")
  }

  @Test("counts wide characters as two columns")
  func wideCharacters() {
    #expect(TextWrapper.displayWidth(of: "日本語") == 6)
    #expect(TextWrapper.displayWidth(of: "café") == 4)
    #expect(TextWrapper.wrap("日本語 日本語", width: 10) == "日本語\n日本語")
  }
}
