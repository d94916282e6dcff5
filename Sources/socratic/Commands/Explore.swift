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

  func run(_ context: CommandContext) throws {
    let out = context.console.out
    let statement: String
    if let belief {
      statement = belief
    } else {
      let reader = context.makeLineReader()
      out.line("State a belief you hold, in a sentence. Ctrl-D leaves.", style: .quiet)
      guard case .line(let line) = readNonEmptyLine(from: reader, prompt: "What do you believe? ")
      else { return }
      statement = line
    }
    out.line("You believe: " + TerminalSanitizer.sanitize(statement))
  }

  private func readNonEmptyLine(from reader: any LineReader, prompt: String) -> LineInput {
    while true {
      let input = reader.readLine(prompt: prompt)
      switch input {
      case .line(let text) where text.allSatisfy(\.isWhitespace): continue
      case .interrupted: continue
      default: return input
      }
    }
  }
}
