import ArgumentParser
import SocraticCore
import SocraticTerminal

/// `socratic explore`: state a belief and be questioned about it.
struct Explore: SocraticCommand {
  static let configuration = CommandConfiguration(
    // Named here: otherwise ArgumentParser derives it from the type name through reflection,
    // which costs a few milliseconds of every start-up.
    commandName: "explore",
    abstract: "State a belief and be questioned about it (the default command).",
    discussion: """
      EXAMPLES:
        socratic
        socratic explore --topic crypto
        socratic explore --belief "Remote work kills productivity."
        socratic explore --resume last
        socratic explore --seed 7 < answers.txt

      Choose a topic or state your own belief, say how confident you are from 0 to 100, and \
      answer the questions: its inversion first, then questions of every kind, with follow-ups \
      to what you answer. Type /help in a session for its commands; /quit, Ctrl-D or a goodbye \
      in words ends it, asking your confidence once more (a number said with the goodbye is \
      kept instead). Every answer is saved to the session log before the \
      next question, so --resume can continue a session that was cut off.
      """
  )

  @OptionGroup var global: GlobalOptions

  @OptionGroup var packs: PackOptions

  @Option(
    help: ArgumentHelp(
      "Explore this topic: a pack id, as 'socratic packs list' shows.", valueName: "id"))
  var topic: String?

  @Option(
    help: ArgumentHelp("Start from this belief instead of asking for one.", valueName: "text"))
  var belief: String?

  @Option(
    help: ArgumentHelp(
      "Continue this session: its id, a unique prefix of it, or 'last'.", valueName: "session"))
  var resume: String?

  @Option(
    help: ArgumentHelp(
      "Choose wordings and the order of questions with this number: the same answers and seed "
        + "give the same session.", valueName: "n"))
  var seed: UInt64?

  func validate() throws {
    if resume != nil, topic != nil || belief != nil {
      throw ValidationError(
        "--resume continues a session with its own topic and belief; give it without --topic "
          + "and --belief.")
    }
  }

  func run(_ context: CommandContext) throws {
    let library = try context.loadPacks(packs)
    if let topic { try library.checkTopic(topic) }
    let setting = ExploreSetting(library: library, seed: seed ?? .random(in: .min ... .max))
    try context.runSession(
      .explore, topic: topic, resuming: resume,
      start: { ExploreDialogue.start(setting: setting, topic: topic, belief: belief) },
      resume: { ExploreDialogue.resume($0, setting: setting) })
  }
}
