import Foundation
import Testing

/// Whether text holds an SGR sequence (`ESC [ … m`): colour, bold, dim, reverse video.
private func hasGraphicRendition(_ text: String) -> Bool {
  text.range(of: "\u{1B}\\[[0-9;:]*m", options: .regularExpression) != nil
}

/// What a person does in the colour tests: type, edit, paste, enter.
private let editingSteps: [TerminalStep] = [
  .start(),
  .expect(topicPrompt),
  .type("Coffe"),
  .expect("Coffe"),
  .type(Key.backspace + "ee"),
  .type(Key.paste(" is good.")),
  .expect("good."),
  .type(Key.enter),
  .expect("You believe: Coffee is good."),
  .expect(confirmPrompt),
  .type(Key.ctrlD),
  .expect("Where you ended up"),
]

/// "No escape sequence" at a terminal, as these tests hold it: with colour turned off,
/// nothing socratic or readline writes carries an SGR sequence (no colour, bold, dim, or the
/// reverse video readline gives a paste). readline still moves the cursor and switches
/// bracketed-paste mode on and off (`ESC [ ? 2004 h/l`) while it edits a line: those draw
/// nothing, and line editing needs them. With `TERM=dumb` there is no line editing and no escape
/// sequence at all.
@Suite("Colour at a terminal")
struct TerminalColorTests {
  @Test(
    "NO_COLOR and --no-color leave no SGR sequence in anything written",
    arguments: [(["NO_COLOR": "1"], [String]()), ([:], ["--no-color"])])
  func noColor(environment: [String: String], arguments: [String]) throws {
    var steps = editingSteps
    steps[0] = .start(arguments)
    let run = try PseudoTerminal.run(steps, environment: environment)
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
    #expect(!hasGraphicRendition(run.main.output))
  }

  @Test("without them, the prompt and the session's quiet lines are coloured")
  func colourByDefault() throws {
    let run = try PseudoTerminal.run(editingSteps)
    #expect(run.failure == nil)
    #expect(run.main.output.contains("\u{1B}[36m" + topicPrompt))
    #expect(run.main.output.contains("\u{1B}[36mIs that what you mean? (y/n) \u{1B}[0m"))
    #expect(hasGraphicRendition(run.main.output))
  }

  @Test("with TERM=dumb the session reads plain lines and writes no escape sequence at all")
  func dumbTerminal() throws {
    let run = try PseudoTerminal.run(
      [
        .start(),
        .expect(topicPrompt),
        .type("Tea is good." + Key.enter),
        .expect("You believe: Tea is good."),
        .expect(confirmPrompt),
        .type(Key.ctrlD),
        .expect("Where you ended up"),
      ], environment: ["TERM": "dumb"])
    #expect(run.failure == nil)
    #expect(run.main.status == 0)
    #expect(!run.main.output.contains("\u{1B}"))
  }
}
