import ArgumentParser
import SocraticCore
import SocraticTerminal

/// `socratic partner`: open questions to ask in a live conversation.
struct Partner: SocraticCommand {
  static let configuration = CommandConfiguration(
    commandName: "partner",
    abstract: "Get open questions to ask someone in a live conversation.",
    discussion: """
      EXAMPLES:
        socratic partner
        socratic partner --topic politics
        socratic partner --resume last

      Type what the other person says; each time you get a line that gives back what they \
      said and up to two open questions of different kinds that fit it best (fewer when \
      they share something hard, push back or wind up), \
      made from their words: the reason they gave, what they mean by a loaded word, and, once \
      they have shown they are open to it, the other side of their claim. The questions follow \
      the arc of a good \
      conversation (their claim, how sure they are, their reasons, how they would know if they \
      were wrong, a warm close); /stage shows where you are. /me logs a question you asked and \
      coaches it; /they logs what they said without questions. Everything is saved to the \
      session log as you go.
      """
  )

  @OptionGroup var global: GlobalOptions

  @OptionGroup var packs: PackOptions

  @Option(
    help: ArgumentHelp(
      "The subject of the conversation: a pack id, as 'socratic packs list' shows.",
      valueName: "id"))
  var topic: String?

  @Option(
    help: ArgumentHelp(
      "Continue this session: its id, a unique prefix of it, or 'last'.", valueName: "session"))
  var resume: String?

  @Option(
    help: ArgumentHelp(
      "Choose wordings with this number: the same lines and seed give the same session.",
      valueName: "n"))
  var seed: UInt64?

  func validate() throws {
    if resume != nil, topic != nil {
      throw ValidationError(
        "--resume continues a session with its own topic; give it without --topic.")
    }
  }

  func run(_ context: CommandContext) throws {
    let library = try context.loadPacks(packs)
    if let topic { try library.checkTopic(topic) }
    let setting = CoachingSetting(library: library, seed: seed ?? .random(in: .min ... .max))
    try context.runSession(
      .partner, topic: topic, resuming: resume,
      start: { PartnerDialogue.start(setting: setting, topic: topic) },
      resume: { PartnerDialogue.resume($0, setting: setting) })
  }
}
