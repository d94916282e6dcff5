import ArgumentParser
import SocraticCore
import SocraticTerminal

/// `socratic sessions`: the sessions kept in the data folder.
struct Sessions: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sessions",
    abstract: "List, show, export or delete past sessions.",
    discussion: """
      EXAMPLES:
        socratic sessions list
        socratic sessions show last
        socratic sessions export 20261125 -o belief.md
        socratic sessions delete 20261125-0615-k3f9

      An ID may be shortened to any prefix that only one session has; 'last' means the newest.
      """,
    subcommands: [
      SessionsList.self, SessionsShow.self, SessionsExport.self, SessionsDelete.self,
    ],
    defaultSubcommand: SessionsList.self
  )
}

extension CommandContext {
  /// The store of session logs in the data folder.
  var sessionStore: SessionStore { SessionStore(directories: directories) }

  /// Finds and reads a session, showing on standard error what of its log was skipped.
  func readSession(_ reference: String) throws -> (id: String, contents: SessionLogContents) {
    let store = sessionStore
    let id = try store.resolve(reference)
    let contents = try SessionLogReader.read(path: store.path(of: id))
    show(contents.warnings)
    return (id, contents)
  }

  /// Shows warnings about logs on standard error.
  func show(_ warnings: [SessionLogWarning]) {
    for line in SessionLogWarning.summarized(warnings) {
      console.err.line(
        "Warning: " + TerminalSanitizer.sanitize(line, keepingLineBreaks: false), style: .warning)
    }
  }

  /// The symbols the terminal's locale can show.
  var glyphs: Glyphs { Glyphs.forLocale(environment: environment) }
}

/// Something a sessions command refuses to do, with what to do instead.
enum SessionsCommandError: SocraticError, Equatable {
  /// `delete` without a terminal to ask on and without `--yes`.
  case confirmationNeeded(id: String)

  var category: FailureCategory { .failure }

  var description: String {
    switch self {
    case .confirmationNeeded(let id):
      "Not deleting \(id): standard input is not a terminal, so there is no one to ask. Run "
        + "'socratic sessions delete \(id) --yes' to delete it without asking."
    }
  }
}
