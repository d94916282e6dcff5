import ArgumentParser
import SocraticCore
import SocraticTerminal

/// `socratic explore`: state a belief and be questioned about it.
struct Explore: SocraticCommand {
  static let configuration = CommandConfiguration(
    abstract: "State a belief and be questioned about it (the default command).",
    discussion: """
      EXAMPLES:
        socratic explore
        socratic explore --belief "Remote work kills productivity."
      """
  )

  @OptionGroup var global: GlobalOptions

  @Option(
    help: ArgumentHelp("Start from this belief instead of asking for one.", valueName: "text"))
  var belief: String?

  /// The commands the session understands at its prompt; Tab completes them.
  static let commands = ["/help", "/quit"]

  static let help = """
    Type a belief and press Enter. Editing keys are readline's, as in your shell: arrows, \
    Ctrl-A and Ctrl-E, Ctrl-R to search earlier lines, Tab to complete a command. Ctrl-C clears \
    the line; Ctrl-D on an empty line, or /quit, leaves.
    """

  func run(_ context: CommandContext) throws {
    let out = context.console.out
    let statement: String
    if let belief {
      statement = belief
    } else {
      let reader = context.makeLineReader()
      reader.completionProvider = Self.completeCommand
      out.line(
        "State a belief you hold, in a sentence. /help for keys; Ctrl-D leaves.", style: .quiet)
      guard let line = readBelief(from: reader, out: out) else { return }
      statement = line
    }
    out.line("You believe: " + TerminalSanitizer.sanitize(statement))
  }

  /// Asks until a belief is entered, answering commands on the way. Nil when the person leaves.
  private func readBelief(from reader: any LineReader, out: OutputChannel) -> String? {
    let prompt = out.styled("What do you believe? ", .prompt)
    while true {
      switch reader.readLine(prompt: prompt) {
      case .end:
        return nil
      case .interrupted:
        continue
      case .line(let text):
        let words = text.split(whereSeparator: \.isWhitespace)
        guard let first = words.first else { continue }
        guard Self.isCommand(first) else { return text }
        switch first {
        case "/quit" where words.count == 1:
          return nil
        case "/help" where words.count == 1:
          out.line(Self.help)
        default:
          out.line(
            "Unknown command: \(TerminalSanitizer.sanitize(text, keepingLineBreaks: false)). "
              + "The commands are " + Self.commands.joined(separator: " and ") + ".")
        }
      }
    }
  }

  /// A command is a slash and letters, as the first word of a line; "/r/crypto is toxic" is a
  /// belief.
  private static func isCommand(_ word: Substring) -> Bool {
    word.count > 1 && word.first == "/" && word.dropFirst().allSatisfy(\.isLetter)
  }

  /// Completes a command typed as the first word of the line.
  @Sendable private static func completeCommand(line: String, word: String) -> [String] {
    guard line.drop(while: \.isWhitespace) == word else { return [] }
    return commands.filter { $0.hasPrefix(word) }
  }
}
