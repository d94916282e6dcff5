import Foundation
import Testing

/// The start of the prompt a session opens with, at the menu of topics (the number after
/// the dash is how many topics there are).
let topicPrompt = "Topic (1-"
/// The prompt for a belief, after a topic is chosen.
let beliefPrompt = "What do you believe? "
/// The end of the prompt that asks whether the belief was understood as meant.
let confirmPrompt = "(y/n) "
/// The prompt for an answer.
let answerPrompt = "> "

@Suite("A session at a terminal")
struct TerminalSessionTests {
  @Test("the prompt appears, and the line typed is shown back when Enter is pressed")
  func typedLineIsShownBack() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(topicPrompt),
      .type("Tea is good." + Key.enter),
      .expect("You believe: Tea is good."),
      .expect(confirmPrompt),
      .type(Key.ctrlD),
    ])
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
  }

  @Test("Backspace after \"é\" removes the whole character")
  func utf8Editing() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(topicPrompt),
      .type("My café"),
      .expect("café"),
      .type(Key.backspace + "e is good." + Key.enter),
      .expect("You believe: "),
      .expect(confirmPrompt),
      .type(Key.ctrlD),
    ])
    #expect(run.failure == nil)
    #expect(run.main.output.contains("You believe: My cafe is good.\r\n"))
    #expect(run.main.status == 0)
  }

  @Test("Ctrl-C throws away the half-typed line and the session goes on")
  func ctrlCClearsTheLine() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(topicPrompt),
      .type("abc"),
      .expect("abc"),
      .type(Key.ctrlC),
      .expect("^C"),
      .expect(topicPrompt),
      .type("Tea is good." + Key.enter),
      .expect("You believe: "),
      .expect(confirmPrompt),
      .type(Key.ctrlD),
    ])
    #expect(run.failure == nil)
    #expect(run.main.output.contains("You believe: Tea is good.\r\n"))
    #expect(!run.main.output.contains("abcreal"))
    #expect(!run.main.output.contains("to leave"))
    #expect(run.main.status == 0)
  }

  @Test("Ctrl-C at an empty prompt says how to leave, and the session goes on")
  func ctrlCAtEmptyPrompt() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(topicPrompt),
      .type(Key.ctrlC),
      .expect("^C"),
      .expect("Press Ctrl-D or type /quit to leave."),
      .expect(topicPrompt),
      .type("/quit" + Key.enter),
      .waitForExit(),
    ])
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
  }

  @Test("Ctrl-D on an empty line ends the session with exit 0")
  func ctrlDEnds() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(topicPrompt),
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
      .expect(topicPrompt),
      .type("abc"),
      .expect("abc"),
      .type(Key.ctrlC + Key.ctrlD),
      .expect("^C"),
      .expect(topicPrompt),
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
      .expect(topicPrompt),
      .type(Key.paste("Crypto is a scam.\nMost of it, anyway.")),
      .expect("anyway."),
      .type(Key.enter),
      .expect("You believe: "),
      .expect(confirmPrompt),
      .type(Key.ctrlD),
    ])
    #expect(run.failure == nil)
    #expect(
      run.main.output.contains("You believe: Crypto is a scam.\r\n  Most of it, anyway.\r\n"))
    #expect(run.main.status == 0)
  }

  @Test("Tab completes a command, and Enter on it runs it")
  func tabCompletesACommand() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(topicPrompt),
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
      .expect(topicPrompt),
      .type("/" + Key.tab + Key.tab),
      .expect("/belief      /export      /invert      /quit        /summary"),
      .type(Key.ctrlC),
      .expect("^C"),
      .expect(topicPrompt),
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
        .expect(topicPrompt),
        .type("Tea is not" + Key.tab + " good." + Key.enter),
        .expect("You believe: "),
        .expect(confirmPrompt),
        .type(Key.ctrlD),
      ], home: home)
    #expect(run.failure == nil)
    #expect(run.main.output.contains("You believe: Tea is not good.\r\n"))
  }

  @Test("a `$if socratic` block in the inputrc applies")
  func inputrcApplicationName() throws {
    let home = try SocraticProcess.temporaryFolder()
    let inputrc = """
      $if socratic
      "\\C-t": "Inputrc typed this."
      $endif

      """
    try inputrc.write(
      to: home.appendingPathComponent(".inputrc"), atomically: true, encoding: .utf8)
    let run = try PseudoTerminal.run(
      [
        .start(),
        .expect(topicPrompt),
        .type("\u{14}" + Key.enter),
        .expect("You believe: "),
        .expect(confirmPrompt),
        .type(Key.ctrlD),
      ], home: home)
    #expect(run.failure == nil)
    #expect(run.main.output.contains("You believe: Inputrc typed this.\r\n"))
  }

  @Test("/help explains the keys and asks again")
  func help() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(topicPrompt),
      .type("/help" + Key.enter),
      .expect("/note TEXT"),
      .expect("Ctrl-R"),
      .expect(topicPrompt),
      .type(Key.ctrlD),
    ])
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
  }

  @Test("Tab completes a topic id at the menu")
  func tabCompletesATopic() throws {
    let run = try PseudoTerminal.run([
      .start(),
      .expect(topicPrompt),
      .type("cry" + Key.tab),
      .expect("crypto"),
      .type(Key.enter),
      .expect("Beliefs about Crypto to start from:"),
      .expect(beliefPrompt),
      .type(Key.ctrlD),
      .waitForExit(),
    ])
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
  }

  @Test("a session: a belief, two answers, Ctrl-C on a half-typed line, Ctrl-D twice")
  func wholeSession() throws {
    let home = try SocraticProcess.temporaryFolder()
    let run = try PseudoTerminal.run(
      [
        .start(["--seed", "3"]),
        .expect(topicPrompt),
        .type("Remote work hurts junior developers." + Key.enter),
        .expect("You believe: Remote work hurts junior developers."),
        .expect("Is that what you mean? (y/n) "),
        .type("y" + Key.enter),
        .expect("Confidence (0-100): "),
        .type("80%" + Key.enter),
        .expect("Question 1 \u{00B7} reasons and evidence"),
        .expect(answerPrompt),
        .type("They miss the chats by the coffee machine." + Key.enter),
        .expect("Question 2 \u{00B7} "),
        .expect(answerPrompt),
        .type("Everyone I know started in an office." + Key.enter),
        .expect("Question 3 \u{00B7} "),
        .expect(answerPrompt),
        .type("half an ans"),
        .expect("half an ans"),
        .type(Key.ctrlC),
        .expect("^C"),
        .expect("> "),
        .type(Key.ctrlD),
        .expect("How confident are you now that remote work hurts junior developers"),
        .expect("Confidence (0-100): "),
        .type(Key.ctrlD),
        .expect("Where you ended up"),
        .waitForExit(),
      ], home: home)
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
    #expect(run.main.output.contains("Confidence: 80 \u{2192} not rated at the end"))
    #expect(run.main.output.contains("Answered: 2 questions"))
    let log = try SessionLog.only(in: home)
    #expect(
      log.types == [
        "header", "topic", "belief", "confidence", "reflection", "question", "answer",
        "reflection", "question", "answer", "reflection", "question", "summary", "end",
      ])
    #expect(
      log.answers == [
        "They miss the chats by the coffee machine.", "Everyone I know started in an office.",
      ])
    #expect(!log.text.contains("half an ans"))
  }

  @Test("a log deleted during the session is reported, and /export still keeps it")
  func deletedLog() throws {
    let home = try SocraticProcess.temporaryFolder()
    let run = try PseudoTerminal.run(
      [
        .start(["--belief", "Tea is good."]),
        .expect("Is that what you mean? (y/n) "),
        .type("y" + Key.enter),
        .expect("Confidence (0-100): "),
        .run("/bin/sh", ["-c", "rm .local/share/socratic/sessions/*.jsonl"], session: "rm"),
        .waitForExit(of: "rm"),
        .type("70" + Key.enter),
        .expect("was deleted while the session ran"),
        .expect(answerPrompt),
        .type("/export kept.md" + Key.enter),
        .expect("Exported the session to kept.md."),
        .type("/quit" + Key.enter),
        .expect("Confidence (0-100): "),
        .type("60" + Key.enter),
        .expect("Type a file name to export it to"),
        .expect("Export to: "),
        .type("final.md" + Key.enter),
        .expect("Exported the session to final.md."),
        .waitForExit(),
      ], home: home)
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
    let final = try String(
      contentsOf: home.appendingPathComponent("final.md"), encoding: .utf8)
    #expect(final.contains("confidence_after: 60"))
  }

  @Test("a log folder lost before the first event: told at once, kept in memory, exportable")
  func unusableFolder() throws {
    let home = try SocraticProcess.temporaryFolder()
    let sessions = ".local/share/socratic/sessions"
    let run = try PseudoTerminal.run(
      [
        .start(["--topic", "general"]),
        .expect(beliefPrompt),
        .run("/bin/sh", ["-c", "rm -r \(sessions) && touch \(sessions)"], session: "break"),
        .waitForExit(of: "break"),
        .type("Tea is good." + Key.enter),
        // Messages are wrapped to the terminal: expect only what starts a line.
        .expect("Error: Cannot keep session logs in"),
        .expect(confirmPrompt),
        .type("y" + Key.enter),
        .expect("Confidence (0-100): "),
        .type("50" + Key.enter),
        .expect("Still not saved: 4 events are"),
        .expect(answerPrompt),
        .type("It tastes fine." + Key.enter),
        .expect(answerPrompt),
        .type("/export kept.md" + Key.enter),
        .expect("Exported the session to kept.md."),
        .type("/quit" + Key.enter),
        .expect("Confidence (0-100): "),
        .type("40" + Key.enter),
        .expect("Where you ended up"),
        .expect("Export to: "),
        .type(Key.ctrlD),
        .waitForExit(),
      ], home: home)
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
    let kept = try String(contentsOf: home.appendingPathComponent("kept.md"), encoding: .utf8)
    #expect(kept.contains("It tastes fine."))
  }
}
