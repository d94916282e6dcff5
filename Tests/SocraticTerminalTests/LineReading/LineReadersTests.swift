import SocraticTerminal
import Testing

@Suite("Choosing a line reader")
struct LineReadersTests {
  @Test(
    "readline only when input and output are terminals and TERM can edit a line",
    arguments: [
      (true, true, ["TERM": "xterm-256color"], true),
      (true, true, ["TERM": "screen"], true),
      (true, true, ["TERM": "dumb"], false),
      (true, true, ["TERM": ""], false),
      (true, true, [:], false),
      (false, true, ["TERM": "xterm"], false),
      (true, false, ["TERM": "xterm"], false),
      (false, false, ["TERM": "xterm"], false),
    ])
  func usesLineEditing(
    inputIsTerminal: Bool, outputIsTerminal: Bool, environment: [String: String], expected: Bool
  ) {
    let editsLines = LineReaders.usesLineEditing(
      inputIsTerminal: inputIsTerminal, outputIsTerminal: outputIsTerminal,
      environment: environment)
    #expect(editsLines == expected)
  }
}
