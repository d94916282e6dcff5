/// An interactive session as a value: one line of input in; what to show and what to log out.
///
/// A dialogue never reads, prints or writes a file. Its state is the value itself, so a
/// transition is `(state, input) -> (state, [output], [event])`:
///
///     var next = dialogue                  // `dialogue` stays as it was
///     let step = next.receive(.line("80"))  // step.outputs to show, step.events to log
///
/// The session runner records `step.events` in the log before it shows `next.prompt`, and
/// renders `step.outputs`. Given the same setting (packs, seed) and the same inputs, a dialogue
/// gives the same steps, so whole conversations are tested without a terminal.
///
/// Explore, partner and drill are built on one skeleton, `SessionDialogue`: recording, the
/// fold of a log on `--resume`, the notices and the shared commands are written once there.
public protocol Dialogue: Sendable {
  /// What the person is asked for now, and the words Tab may complete.
  var prompt: DialoguePrompt { get }

  /// Whether the session is over: the runner stops reading.
  var isFinished: Bool { get }

  /// Reacts to a line that is neither blank nor too long (`receive` screens those out).
  mutating func handle(line: String) -> DialogueStep

  /// Reacts to the end of input: Ctrl-D at a terminal, or the end of piped input. After it the
  /// runner may still read, and gets `.endOfInput` again when input is really over.
  mutating func handleEndOfInput() -> DialogueStep
}

extension Dialogue {
  /// The transition: reacts to one input.
  ///
  /// A blank line changes nothing and shows nothing (the prompt comes again); a line over
  /// `DialogueInput.maximumLineBytes` is refused with a notice and not logged; anything else
  /// goes to the mode's `handle(line:)`.
  public mutating func receive(_ input: DialogueInput) -> DialogueStep {
    switch input {
    case .endOfInput:
      return handleEndOfInput()
    case .line(let text):
      let size = text.utf8.count
      if size > DialogueInput.maximumLineBytes {
        return DialogueStep(
          outputs: [
            .notice(
              "That line is \(size.formattedWithSeparators) bytes long; the most one line may "
                + "hold is \(DialogueInput.maximumLineBytes.formattedWithSeparators) (64 KiB). "
                + "Nothing of it was kept: say it in fewer words.",
              tone: .problem)
          ])
      }
      guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
        return DialogueStep()
      }
      return handle(line: text)
    }
  }
}

/// One input to a dialogue.
public enum DialogueInput: Sendable, Equatable {
  /// A line the person entered, exactly as typed (a paste may hold line breaks).
  case line(String)
  /// Input is over: Ctrl-D, or the end of piped input.
  case endOfInput

  /// The longest line a dialogue accepts, in UTF-8 bytes: 64 KiB. Longer lines are refused.
  public static let maximumLineBytes = 65_536
}

/// What one input led to.
public struct DialogueStep: Sendable, Equatable {
  /// What to show, in order.
  public var outputs: [DialogueOutput]
  /// What to log, in order; the runner records them before the next prompt.
  public var events: [SessionEvent.Payload]

  public init(outputs: [DialogueOutput] = [], events: [SessionEvent.Payload] = []) {
    self.outputs = outputs
    self.events = events
  }

  /// Adds another step's outputs and events after this one's.
  public mutating func append(_ other: DialogueStep) {
    outputs += other.outputs
    events += other.events
  }
}

/// What the person is asked for.
public struct DialoguePrompt: Sendable, Equatable {
  /// The prompt's text, ending with a space: "What do you believe? ".
  public var text: String
  /// The commands Tab completes, with their slash: "/help".
  public var commands: [String]
  /// Other words Tab completes at the start of the line, such as topic ids.
  public var choices: [String]

  public init(text: String, commands: [String], choices: [String] = []) {
    self.text = text
    self.commands = commands
    self.choices = choices
  }

  /// The Tab completions for the word being typed: commands for a word starting with "/", the
  /// prompt's choices for another; only for the first word of the line.
  /// - Parameters:
  ///   - line: the line up to the cursor.
  ///   - word: the word being completed, the end of `line`.
  public func completions(line: String, word: String) -> [String] {
    guard line.drop(while: \.isWhitespace) == word else { return [] }
    if word.hasPrefix("/") { return commands.filter { $0.hasPrefix(word.lowercased()) } }
    return choices.filter { $0.hasPrefix(word.lowercased()) }
  }
}
