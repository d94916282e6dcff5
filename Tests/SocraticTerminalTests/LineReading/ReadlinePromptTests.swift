import Testing

@testable import SocraticTerminal

@Suite("Marking a prompt's escape sequences for readline")
struct ReadlinePromptTests {
  @Test(
    "every escape sequence is wrapped in \\001 … \\002, and visible text is left alone",
    arguments: [
      ("What do you believe? ", "What do you believe? "),
      ("\u{1B}[36m> \u{1B}[0m", "\u{01}\u{1B}[36m\u{02}> \u{01}\u{1B}[0m\u{02}"),
      ("\u{1B}[1;31mé\u{1B}[0m ", "\u{01}\u{1B}[1;31m\u{02}é\u{01}\u{1B}[0m\u{02} "),
      ("\u{1B}]0;title\u{07}> ", "\u{01}\u{1B}]0;title\u{07}\u{02}> "),
      ("\u{1B}]0;title\u{1B}\\> ", "\u{01}\u{1B}]0;title\u{1B}\\\u{02}> "),
      ("\u{1B}7> ", "\u{01}\u{1B}7\u{02}> "),
      ("\u{01}\u{1B}[36m\u{02}> ", "\u{01}\u{1B}[36m\u{02}> "),
      ("> \u{1B}[", "> \u{01}\u{1B}[\u{02}"),
    ])
  func marked(prompt: String, expected: String) {
    #expect(ReadlinePrompt.marked(prompt) == expected)
  }

  @Test("a styled prompt keeps its text between the markers")
  func styledPrompt() {
    let prompt = TextStyle.prompt.apply(to: "What do you believe? ")
    let marked = ReadlinePrompt.marked(prompt)
    let visible = marked.replacing(/\u{01}[^\u{02}]*\u{02}/, with: "")
    #expect(visible == "What do you believe? ")
  }
}
