import Foundation
import Testing

/// The lines a session wrote, as the terminal got them, with colour off.
private func lines(_ run: PseudoTerminal.Run) -> [String] {
  run.main.output.components(separatedBy: "\r\n")
}

@Suite("Text laid out to the terminal's width")
struct TerminalLayoutTests {
  /// Explore's commands as `/help` lists them: usage, then what it does (the start of it,
  /// for one that wraps at 80 columns).
  static let commands = [
    ("/help", "list the commands and keys"),
    ("/skip", "skip this question (or a confidence rating)"),
    ("/why", "what kind of question this is, and how it helps"),
    ("/invert", "show your belief and its opposite again"),
    ("/confidence N", "say how confident you are now, from 0 to 100"),
    ("/belief", "explore another belief, in a new thread"),
    ("/summary", "show the session so far"),
    ("/export [FILE]", "save the session as Markdown (or JSON, for a .json file) in"),
    ("/quit", "end the session (Ctrl-D too)"),
  ]

  @Test("/help shows each command and the whole of what it does", arguments: [80, 100])
  func help(columns: Int) throws {
    let run = try PseudoTerminal.run(
      [
        .start(),
        .expect(topicPrompt),
        .resize(columns: columns),
        .type("/help" + Key.enter),
        .expect("Keys:"),
        .expect(topicPrompt),
        .type(Key.ctrlD),
      ], environment: ["NO_COLOR": "1"])
    #expect(run.failure == nil)
    let shown = lines(run)
    let usageWidth = Self.commands.map(\.0.count).max() ?? 0
    for (usage, summary) in Self.commands {
      let line =
        "  " + usage.padding(toLength: usageWidth, withPad: " ", startingAt: 0) + " "
        + summary
      #expect(shown.contains { $0.contains(line) }, "no line \"\(line)\" in \(shown)")
    }
    #expect(shown.allSatisfy { $0.count <= columns })
  }

  @Test("after the window is resized, text is wrapped to its new width")
  func resized() throws {
    let belief =
      "Tea in the morning is better for a calm head than coffee, because it has less caffeine "
      + "in it and takes longer to make."
    let run = try PseudoTerminal.run(
      [
        .start(),
        .expect(topicPrompt),
        .resize(columns: 50),
        .type(belief + Key.enter),
        .expect(confirmPrompt),
        .type(Key.ctrlD),
      ], environment: ["NO_COLOR": "1"])
    #expect(run.failure == nil)
    let shown = lines(run)
    let start = try #require(shown.firstIndex { $0.hasPrefix("You believe: Tea") })
    let reading = shown[start...].prefix { !$0.hasPrefix("  Understood as:") }
    #expect(reading.count > 2)
    #expect(reading.allSatisfy { $0.count <= 50 }, "\(reading)")
    let words = reading.joined(separator: " ").split(separator: " ").joined(separator: " ")
    #expect(words.contains("because it has less caffeine in it and takes longer to make."))
  }
}
