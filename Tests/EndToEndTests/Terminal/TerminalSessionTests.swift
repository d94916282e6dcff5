import Foundation
import Testing

/// The prompt the minimal session shows.
let beliefPrompt = "What do you believe? "

@Suite("A session at a terminal")
struct TerminalSessionTests {
  @Test("the prompt appears, and the line typed is shown back when Enter is pressed")
  func typedLineIsShownBack() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(beliefPrompt),
      .type("Tea is good." + Key.enter),
      .expect("You believe: Tea is good."),
    ])
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
  }

  @Test("Backspace after \"é\" removes the whole character")
  func utf8Editing() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(beliefPrompt),
      .type("café"),
      .expect("café"),
      .type(Key.backspace + "e" + Key.enter),
      .expect("You believe: "),
    ])
    #expect(run.failure == nil)
    #expect(run.main.output.contains("You believe: cafe\r\n"))
    #expect(run.main.status == 0)
  }

  @Test("Ctrl-C throws away the half-typed line and the session goes on")
  func ctrlCClearsTheLine() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(beliefPrompt),
      .type("abc"),
      .expect("abc"),
      .type(Key.ctrlC),
      .expect("^C"),
      .expect(beliefPrompt),
      .type("real belief" + Key.enter),
      .expect("You believe: "),
    ])
    #expect(run.failure == nil)
    #expect(run.main.output.contains("You believe: real belief\r\n"))
    #expect(!run.main.output.contains("abcreal"))
    #expect(run.main.status == 0)
  }

  @Test("Ctrl-D on an empty line ends the session with exit 0")
  func ctrlDEnds() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(beliefPrompt),
      .type(Key.ctrlD),
      .waitForExit(),
    ])
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
    #expect(!run.main.output.contains("You believe"))
  }

  @Test("Ctrl-C then Ctrl-D typed at once: the line is thrown away, then the session ends")
  func ctrlCThenCtrlDAtOnce() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(beliefPrompt),
      .type("abc"),
      .expect("abc"),
      .type(Key.ctrlC + Key.ctrlD),
      .expect("^C"),
      .expect(beliefPrompt),
      .waitForExit(),
    ])
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
    #expect(run.main.signal == nil)
    #expect(!run.main.output.contains("You believe"))
  }

  @Test("a bracketed paste with line breaks comes back as one answer, line breaks and all")
  func bracketedPaste() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(beliefPrompt),
      .type(Key.paste("Crypto is a scam.\nMost of it, anyway.")),
      .expect("anyway."),
      .type(Key.enter),
      .expect("You believe: "),
    ])
    #expect(run.failure == nil)
    #expect(run.main.output.contains("You believe: Crypto is a scam.\r\nMost of it, anyway.\r\n"))
    #expect(run.main.status == 0)
  }

  @Test("Tab completes a command, and Enter on it runs it")
  func tabCompletesACommand() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(beliefPrompt),
      .type("/q" + Key.tab),
      .expect("/quit"),
      .type(Key.enter),
      .waitForExit(),
    ])
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
    #expect(!run.main.output.contains("You believe"))
  }

  @Test("Tab twice lists every command that fits")
  func tabListsCommands() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(beliefPrompt),
      .type("/" + Key.tab + Key.tab),
      .expect("/help  /quit"),
      .type(Key.ctrlC),
      .expect("^C"),
      .expect(beliefPrompt),
      .type(Key.ctrlD),
    ])
    #expect(run.failure == nil)
  }

  @Test("Tab never completes file names")
  func tabDoesNotCompleteFileNames() throws {
    let home = try SocraticProcess.temporaryFolder()
    try Data().write(to: home.appendingPathComponent("notes.txt"))
    let run = try PseudoTerminal.run(
      [
        .start(),
        .expect(beliefPrompt),
        .type("not" + Key.tab + Key.enter),
        .expect("You believe: "),
      ], home: home)
    #expect(run.failure == nil)
    #expect(run.main.output.contains("You believe: not\r\n"))
  }

  @Test("a `$if socratic` block in the inputrc applies")
  func inputrcApplicationName() throws {
    let home = try SocraticProcess.temporaryFolder()
    let inputrc = """
      $if socratic
      "\\C-t": "typed by inputrc"
      $endif

      """
    try inputrc.write(
      to: home.appendingPathComponent(".inputrc"), atomically: true, encoding: .utf8)
    let run = try PseudoTerminal.run(
      [
        .start(),
        .expect(beliefPrompt),
        .type("\u{14}" + Key.enter),
        .expect("You believe: "),
      ], home: home)
    #expect(run.failure == nil)
    #expect(run.main.output.contains("You believe: typed by inputrc\r\n"))
  }

  @Test("/help explains the keys and asks again")
  func help() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(beliefPrompt),
      .type("/help" + Key.enter),
      .expect("Ctrl-R"),
      .expect(beliefPrompt),
      .type(Key.ctrlD),
    ])
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
  }
}
