import Foundation
import Testing

/// The prompt of a partner session.
let theySaidPrompt = "They said: "
/// The prompt of a drill.
let youAskPrompt = "You ask: "

@Suite("Partner and drill at a terminal")
struct CoachingTerminalTests {
  @Test("partner: what they said, Tab on a command, Ctrl-C on a half-typed line, Ctrl-D")
  func partner() throws {
    let home = try SocraticProcess.temporaryFolder()
    let run = try PseudoTerminal.run(
      [
        .start(["partner", "--seed", "1"]),
        .expect(theySaidPrompt),
        .type("I think crypto is a scam." + Key.enter),
        .expect("Say next"),
        .expect(theySaidPrompt),
        .type("/st" + Key.tab),
        .expect("/stage"),
        .type(Key.enter),
        .expect("(you are here)"),
        .expect(theySaidPrompt),
        .type("Because of F"),
        .expect("Because of F"),
        .type(Key.ctrlC),
        .expect("^C"),
        .expect(theySaidPrompt),
        .type(Key.ctrlD),
        .expect("Where the conversation got to"),
        .waitForExit(),
      ], home: home)
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
    #expect(run.main.output.contains("1. their claim (you are here)"))
    let log = try SessionLog.only(in: home)
    #expect(
      log.types == ["header", "stage", "they_said", "suggestions", "end"])
    #expect(log.events("end").first?["reason"] as? String == "end_of_input")
  }

  @Test("drill: a question, Tab on a command, Ctrl-C on a half-typed line, Ctrl-D")
  func drill() throws {
    let home = try SocraticProcess.temporaryFolder()
    let run = try PseudoTerminal.run(
      [
        .start(["drill", "--topic", "crypto", "--seed", "2"]),
        .expect(youAskPrompt),
        .type("What evidence do you have for that?" + Key.enter),
        .expect("Persona:"),
        .expect(youAskPrompt),
        .type("/hi" + Key.tab),
        .expect("/hint"),
        .type(Key.enter),
        .expect("You have not asked"),
        .expect(youAskPrompt),
        .type("Isn't it"),
        .expect("Isn't it"),
        .type(Key.ctrlC),
        .expect("^C"),
        .expect(youAskPrompt),
        .type(Key.ctrlD),
        .expect("Your scorecard"),
        .waitForExit(),
      ], home: home)
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
    #expect(run.main.output.contains("Open questions: 1 of 1 (100%; target 70% or more)"))
    let log = try SessionLog.only(in: home)
    // Asked for its evidence, it gives it: its confidence does not move. The hint is logged
    // as a note of its own kind, so the transcript shows where it was given.
    #expect(log.types == ["header", "persona", "asked", "persona_reply", "note", "end"])
    #expect(log.events("note").first?["category"] as? String == "hint")
  }

  @Test("colour on a terminal, none with --no-color")
  func colour() throws {
    let coloured = try PseudoTerminal.run([
      .start(["drill", "--topic", "crypto"]), .expect(youAskPrompt), .type(Key.ctrlD),
      .waitForExit(),
    ])
    #expect(coloured.failure == nil)
    #expect(coloured.main.output.contains("\u{1B}["))
    let plain = try PseudoTerminal.run([
      .start(["drill", "--topic", "crypto", "--no-color"]), .expect(youAskPrompt),
      .type(Key.ctrlD), .waitForExit(),
    ])
    #expect(plain.failure == nil)
    #expect(!plain.main.output.contains("\u{1B}[1m"))
  }
}
