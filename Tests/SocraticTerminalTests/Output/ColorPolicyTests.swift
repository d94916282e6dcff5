import SocraticTerminal
import Testing

@Suite("When output is coloured")
struct ColorPolicyTests {
  @Test(
    "only on a terminal, and never when NO_COLOR, TERM=dumb or --no-color says otherwise",
    arguments: [
      (true, ["TERM": "xterm-256color"], false, true),
      (false, ["TERM": "xterm-256color"], false, false),
      (true, ["TERM": "xterm", "NO_COLOR": "1"], false, false),
      (true, ["TERM": "xterm", "NO_COLOR": ""], false, true),
      (true, ["TERM": "dumb"], false, false),
      (true, ["TERM": "xterm"], true, false),
    ])
  func policy(isTerminal: Bool, environment: [String: String], flag: Bool, allowed: Bool) {
    #expect(
      ColorPolicy.allowsColor(isTerminal: isTerminal, environment: environment, noColorFlag: flag)
        == allowed)
  }

  @Test("a channel without colour writes styles as plain text")
  func plainChannel() {
    let sink = BufferSink()
    let channel = OutputChannel(sink: sink, isTerminal: false, usesColor: false, width: nil)
    channel.line("hello", style: .error)
    #expect(sink.text == "hello\n")
  }

  @Test("a channel with colour wraps the text in the style and a reset")
  func colouredChannel() {
    let sink = BufferSink()
    let channel = OutputChannel(sink: sink, isTerminal: true, usesColor: true, width: 80)
    channel.line("hello", style: .error)
    #expect(sink.text == "\u{1B}[1;31mhello\u{1B}[0m\n")
  }
}
