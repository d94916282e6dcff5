import ArgumentParser
import SocraticCore

/// `socratic sessions show ID`: a session as a readable transcript.
struct SessionsShow: SocraticCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a session as a readable transcript.",
    discussion: """
      EXAMPLES:
        socratic sessions show last
        socratic sessions show 20261125-06
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(
    help: ArgumentHelp("The session: its id, a unique prefix of it, or 'last'.", valueName: "id"))
  var id: String

  func run(_ context: CommandContext) throws {
    let (_, contents) = try context.readSession(id)
    TranscriptView(transcript: contents.transcript, glyphs: context.glyphs)
      .write(to: context.console.out)
  }
}
