import ArgumentParser
import Foundation
import SocraticCore
import SocraticTerminal

@main
struct Socratic: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "socratic",
    abstract: "A terminal coach for Socratic dialogue: question a belief instead of arguing it.",
    discussion: """
      EXAMPLES:
        socratic                                   Explore a belief, step by step.
        socratic --topic crypto                    Start from the crypto topic.
        socratic partner                           Questions to ask in a live talk.
        socratic drill --topic crypto              Practise being the questioner.
        socratic invert "Crypto is a scam."        Invert a belief, once.
        socratic critique "Is crypto a scam?"      Coach a question, once.
        socratic sessions export last -o talk.md   Keep the last session as Markdown.

      Run 'socratic help <subcommand>' for more on each command.
      """,
    version: SocraticVersion.current,
    subcommands: [
      Explore.self, Partner.self, Drill.self, Invert.self, Critique.self, Packs.self,
      Sessions.self, Stats.self,
    ],
    defaultSubcommand: Explore.self
  )

  /// Runs the command line as ArgumentParser's `main()` does, but passes its error messages
  /// through the sanitizer first: they quote the arguments (an unknown subcommand, a bad
  /// `--seed`), and an escape sequence in one must not reach the terminal. Help, the version
  /// and completion scripts, which quote nothing typed, go out as they are.
  static func main() {
    do {
      let arguments = Array(CommandLine.arguments.dropFirst())
      var command = try parseAsRoot(GlobalOptionsFirst.reordered(arguments, root: Socratic.self))
      try command.run()
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        if !message.isEmpty { print(message) }
      } else if !message.isEmpty {
        FileHandle.standardError.write(Data((TerminalSanitizer.sanitize(message) + "\n").utf8))
      }
      // Not `exit(withError:)`: it prints the message again, unsanitized.
      Foundation.exit(code.rawValue)
    }
  }
}
