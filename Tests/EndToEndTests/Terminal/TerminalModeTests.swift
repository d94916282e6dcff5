import Foundation
import Testing

/// A way a session at a terminal can end.
struct SessionEnding: CustomTestStringConvertible, Sendable {
  var testDescription: String
  /// What happens after the prompt appears.
  var steps: [TerminalStep]
  var status: Int32?
  var signal: Int32?

  static let all = [
    SessionEnding(
      testDescription: "a belief and Enter, then Ctrl-D",
      steps: [
        .type("Tea is good." + Key.enter), .expect("You believe:"), .expect(confirmPrompt),
        .type(Key.ctrlD),
      ],
      status: 0),
    SessionEnding(testDescription: "Ctrl-D", steps: [.type(Key.ctrlD)], status: 0),
    SessionEnding(
      testDescription: "Ctrl-C, then a belief",
      steps: [
        .type("half"), .expect("half"), .type(Key.ctrlC), .expect(topicPrompt),
        .type("Tea is good." + Key.enter), .expect("You believe:"), .expect(confirmPrompt),
        .type(Key.ctrlD),
      ],
      status: 0),
    SessionEnding(
      testDescription: "SIGTERM while editing",
      steps: [.type("half"), .expect("half"), .signal(SIGTERM)], signal: SIGTERM),
    SessionEnding(
      testDescription: "SIGHUP while editing",
      steps: [.type("half"), .expect("half"), .signal(SIGHUP)], signal: SIGHUP),
    SessionEnding(
      testDescription: "SIGQUIT while editing",
      steps: [.type("half"), .expect("half"), .signal(SIGQUIT)], signal: SIGQUIT),
  ]
}

@Suite("The terminal after a session")
struct TerminalModeTests {
  @Test("every way out leaves the terminal's modes as they were", arguments: SessionEnding.all)
  func modesAreRestored(ending: SessionEnding) throws {
    let run = try PseudoTerminal.run(
      [.start(), .expect(topicPrompt)] + ending.steps + [.waitForExit()])
    #expect(run.failure == nil)
    #expect(run.main.status == ending.status)
    #expect(run.main.signal == ending.signal)
    #expect(!run.main.sttyAfter.isEmpty)
    #expect(run.main.sttyAfter == run.main.sttyBefore)
  }

  @Test("the check notices a program that leaves the terminal raw")
  func checkCanFail() throws {
    let run = try PseudoTerminal.run([.run("/bin/stty", ["raw", "-echo"]), .waitForExit()])
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
    #expect(run.main.sttyAfter.contains("-echo "))
    #expect(run.main.sttyAfter != run.main.sttyBefore)
  }
}
