import ArgumentParser
import Foundation
import SocraticCore
import SocraticTerminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `socratic sessions delete ID`: removes a session's log.
struct SessionsDelete: SocraticCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete",
    abstract: "Delete a session.",
    discussion: """
      EXAMPLES:
        socratic sessions delete 20261125-0615-k3f9
        socratic sessions delete last --yes

      On a terminal it asks first. Elsewhere, such as in a script, it deletes only with --yes.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(
    help: ArgumentHelp("The session: its id, a unique prefix of it, or 'last'.", valueName: "id"))
  var id: String

  @Flag(name: [.customShort("y"), .long], help: "Delete without asking.")
  var yes = false

  func run(_ context: CommandContext) throws {
    let store = context.sessionStore
    let sessionID = try store.resolve(id)
    if !yes {
      guard isatty(STDIN_FILENO) == 1 else {
        throw SessionsCommandError.confirmationNeeded(id: sessionID)
      }
      guard confirm(sessionID, store: store, context: context) else {
        context.console.out.line("Nothing deleted.")
        return
      }
    }
    try store.delete(id: sessionID)
    context.console.out.line("Deleted session \(sessionID).", style: .success)
  }

  private func confirm(_ sessionID: String, store: SessionStore, context: CommandContext) -> Bool {
    var question = "Delete session \(sessionID)"
    if let contents = try? SessionLogReader.read(path: store.path(of: sessionID)) {
      let summary = SessionSummary(contents.transcript, includingMaps: false)
      question += " (\(summary.mode.rawValue), " + LocalTime.minute(summary.started)
      if let belief = summary.belief {
        let short = TableLayout.shortened(
          TerminalSanitizer.sanitize(belief, keepingLineBreaks: false), to: 40,
          ellipsis: context.glyphs.ellipsis)
        question += ": \"\(short)\""
      }
      question += ")"
    }
    let reader = context.makeLineReader()
    guard case .line(let answer) = reader.readLine(prompt: question + "? [y/N] ") else {
      return false
    }
    return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
  }
}
