import ArgumentParser
import SocraticCore
import SocraticTerminal

/// `socratic sessions export ID`: a session as Markdown or JSON.
struct SessionsExport: SocraticCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a session as Markdown (the default) or JSON.",
    discussion: """
      EXAMPLES:
        socratic sessions export last
        socratic sessions export last -o crypto.md
        socratic sessions export 20261125 --format json -o -

      Without -o, or with '-o -', the export goes to standard output. A file is written whole or not at all: an existing file is replaced only once the new one is complete.
      """
  )

  /// The formats on the command line.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case markdown, json

    var exportFormat: ExportFormat {
      switch self {
      case .markdown: .markdown
      case .json: .json
      }
    }
  }

  @OptionGroup var global: GlobalOptions

  @Argument(
    help: ArgumentHelp("The session: its id, a unique prefix of it, or 'last'.", valueName: "id"))
  var id: String

  @Option(help: "The format of the export.")
  var format: Format = .markdown

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp(
      "Write to this file instead of standard output ('-' is standard output).", valueName: "file"))
  var output: String?

  func validate() throws {
    if output?.isEmpty == true {
      throw ValidationError("Give a file name after -o, or '-' for standard output.")
    }
  }

  func run(_ context: CommandContext) throws {
    let (sessionID, contents) = try context.readSession(id)
    guard let output, output != "-" else {
      context.console.out.write(format.exportFormat.render(contents.transcript))
      return
    }
    try SessionExport.write(
      contents.transcript, as: format.exportFormat, to: output,
      sessionsFolder: context.sessionStore.folder)
    context.console.err.line(
      "Exported session \(sessionID) to " + TerminalSanitizer.sanitize(output) + ".",
      style: .success)
  }
}
