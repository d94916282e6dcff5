import Foundation
import Testing

/// The history file of a run with this HOME, and its folder.
private func historyFile(in home: URL) -> URL {
  home.appendingPathComponent(".local/state/socratic/history")
}

/// The entries of a history file: readline writes a `#seconds` line before each.
private func entries(of file: URL) throws -> [String] {
  let text = try String(contentsOf: file, encoding: .utf8)
  return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
}

private func permissions(of path: URL) throws -> Int {
  let attributes = try FileManager.default.attributesOfItem(atPath: path.path)
  return try #require(attributes[.posixPermissions] as? Int)
}

/// Steps that enter one belief in a new session, then leave it with Ctrl-D.
private func enter(_ belief: String, in session: String = "main") -> [TerminalStep] {
  [
    .start(session: session),
    .expect(topicPrompt, in: session),
    .type(belief + Key.enter, in: session),
    .expect("You believe: ", in: session),
    .expect(confirmPrompt, in: session),
    .type(Key.ctrlD, in: session),
    .waitForExit(of: session),
  ]
}

@Suite("Line-editing history")
struct TerminalHistoryTests {
  @Test("the history file is created with mode 0600, in a folder with mode 0700, holding the line")
  func fileIsPrivate() throws {
    let home = try SocraticProcess.temporaryFolder()
    let run = try PseudoTerminal.run(enter("Crypto is a scam."), home: home)
    #expect(run.failure == nil)
    let file = historyFile(in: home)
    #expect(try permissions(of: file) == 0o600)
    #expect(try permissions(of: file.deletingLastPathComponent()) == 0o700)
    #expect(try entries(of: file) == ["Crypto is a scam."])
  }

  @Test("XDG_STATE_HOME moves the history file")
  func xdgStateHome() throws {
    let home = try SocraticProcess.temporaryFolder()
    let state = home.appendingPathComponent("elsewhere")
    let run = try PseudoTerminal.run(
      enter("Tea is good."), environment: ["XDG_STATE_HOME": state.path], home: home)
    #expect(run.failure == nil)
    #expect(try entries(of: state.appendingPathComponent("socratic/history")) == ["Tea is good."])
  }

  @Test("a line entered earlier comes back with Up in the next session")
  func recall() throws {
    let home = try SocraticProcess.temporaryFolder()
    let run = try PseudoTerminal.run(
      enter("Tea is good.", in: "first") + [
        .start(session: "second"),
        .expect(topicPrompt, in: "second"),
        .type(Key.up, in: "second"),
        .expect("Tea is good.", in: "second"),
        .type(Key.enter, in: "second"),
        .expect("You believe: ", in: "second"),
        .expect(confirmPrompt, in: "second"),
        .type(Key.ctrlD, in: "second"),
      ], home: home)
    #expect(run.failure == nil)
    #expect(run.sessions["second"]?.output.contains("You believe: Tea is good.\r\n") == true)
  }

  @Test("two sessions open at once both add to the file, in the order lines were entered")
  func concurrentSessionsAppend() throws {
    let home = try SocraticProcess.temporaryFolder()
    let run = try PseudoTerminal.run(
      [
        .start(session: "a"), .start(session: "b"),
        .expect(topicPrompt, in: "a"), .expect(topicPrompt, in: "b"),
        .type("Apples came first." + Key.enter, in: "a"), .expect("You believe: ", in: "a"),
        .expect(confirmPrompt, in: "a"),
        .type(Key.ctrlD, in: "a"), .waitForExit(of: "a"),
        .type("Bananas came second." + Key.enter, in: "b"), .expect("You believe: ", in: "b"),
        .expect(confirmPrompt, in: "b"),
        .type(Key.ctrlD, in: "b"), .waitForExit(of: "b"),
      ], home: home)
    #expect(run.failure == nil)
    #expect(
      try entries(of: historyFile(in: home)) == ["Apples came first.", "Bananas came second."])
  }

  @Test("the file keeps the newest 1,000 lines")
  func cappedAtOneThousand() throws {
    let home = try SocraticProcess.temporaryFolder()
    let file = historyFile(in: home)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    let old = (1...1000).map { "#1700000000\nbelief \($0)\n" }.joined()
    try old.write(to: file, atomically: true, encoding: .utf8)
    let run = try PseudoTerminal.run(enter("The newest is last."), home: home)
    #expect(run.failure == nil)
    let kept = try entries(of: file)
    #expect(kept.count == 1000)
    #expect(kept.first == "belief 2")
    #expect(kept.last == "The newest is last.")
  }

  @Test("blank lines and a repeat of the line before are not added")
  func blanksAndRepeatsAreSkipped() throws {
    let home = try SocraticProcess.temporaryFolder()
    let run = try PseudoTerminal.run(
      [
        .start(), .expect(topicPrompt),
        .type("   " + Key.enter), .expect(topicPrompt),
        .type("/help" + Key.enter), .expect(topicPrompt),
        .type("/help" + Key.enter), .expect(topicPrompt),
        .type("Tea is good." + Key.enter), .expect("You believe: "),
        .expect(confirmPrompt),
        .type(Key.ctrlD),
      ], home: home)
    #expect(run.failure == nil)
    #expect(try entries(of: historyFile(in: home)) == ["/help", "Tea is good."])
  }

  @Test("a pasted answer with line breaks is one entry, recalled whole in the next session")
  func multiLineEntry() throws {
    let home = try SocraticProcess.temporaryFolder()
    let run = try PseudoTerminal.run(
      [
        .start(session: "first"), .expect(topicPrompt, in: "first"),
        .type(Key.paste("Line one is here.\nLine two too."), in: "first"),
        .expect("too.", in: "first"),
        .type(Key.enter, in: "first"), .expect("You believe: ", in: "first"),
        .expect(confirmPrompt, in: "first"),
        .type(Key.ctrlD, in: "first"), .waitForExit(of: "first"),
        .start(session: "second"), .expect(topicPrompt, in: "second"),
        .type(Key.up + Key.enter, in: "second"), .expect("You believe: ", in: "second"),
        .expect(confirmPrompt, in: "second"),
        .type(Key.ctrlD, in: "second"),
      ], home: home)
    #expect(run.failure == nil)
    #expect(
      run.sessions["second"]?.output.contains(
        "You believe: Line one is here.\r\n  Line two too.\r\n") == true)
  }

  @Test("a history folder that cannot be made is one warning, and the session goes on")
  func unwritableFolder() throws {
    let home = try SocraticProcess.temporaryFolder()
    let blocker = home.appendingPathComponent("not-a-folder")
    try Data().write(to: blocker)
    let run = try PseudoTerminal.run(
      [
        .start(), .expect(topicPrompt),
        .type("Tea is good." + Key.enter), .expect("You believe: Tea is good."),
        .expect(confirmPrompt),
        .type(Key.ctrlD),
      ], environment: ["XDG_STATE_HOME": blocker.path], home: home)
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
    let warning =
      "Warning: your line-editing history cannot be saved to \(blocker.path)/socratic/history "
      + "(Not a directory); this session goes on without saving it."
    // The terminal is 80 columns wide and the path is long: compare without the wrapping.
    func unwrapped(_ text: String) -> String { text.filter { !$0.isWhitespace } }
    #expect(unwrapped(run.main.output).contains(unwrapped(warning)))
    #expect(run.main.output.components(separatedBy: "Warning:").count == 2)
  }

  @Test("a history file far past its cap is cut to its newest 1,000 lines before it is read")
  func longFileIsCutFirst() throws {
    let home = try SocraticProcess.temporaryFolder()
    let file = historyFile(in: home)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    // Lines without timestamps: readline joins each to the entry before, in quadratic time.
    let old = (1...200_000).map { "line \($0)\n" }.joined()
    try old.write(to: file, atomically: true, encoding: .utf8)
    let run = try PseudoTerminal.run(
      [.start(), .expect(topicPrompt), .type(Key.ctrlD)], home: home)
    #expect(run.failure == nil)
    let kept = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
    #expect(kept.count == 1000)
    #expect(kept.last == "line 200000")
  }

  @Test("a named pipe in the history file's place is one warning naming it; nothing waits")
  func namedPipe() throws {
    let home = try SocraticProcess.temporaryFolder()
    let file = historyFile(in: home)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    #expect(mkfifo(file.path, 0o600) == 0)
    let run = try PseudoTerminal.run(
      [
        .start(), .expect(topicPrompt),
        .type("Tea is good." + Key.enter), .expect("You believe: Tea is good."),
        .expect(confirmPrompt),
        .type(Key.ctrlD),
      ], home: home)
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
    let warning =
      "Warning: your line-editing history cannot be saved to \(file.path) "
      + "(it is not a regular file); this session goes on without saving it."
    func unwrapped(_ text: String) -> String { text.filter { !$0.isWhitespace } }
    #expect(unwrapped(run.main.output).contains(unwrapped(warning)))
  }
}
