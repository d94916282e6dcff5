import ArgumentParser
import SocraticCore
import SocraticTerminal

/// `socratic drill`: practise asking good questions of a persona that holds a belief.
struct Drill: SocraticCommand {
  static let configuration = CommandConfiguration(
    commandName: "drill",
    abstract: "Practise asking good questions: the tool holds a belief, you question it.",
    discussion: """
      EXAMPLES:
        socratic drill
        socratic drill --topic crypto
        socratic drill --resume last

      The tool takes on a persona holding a belief from a topic pack, with a confidence and \
      reasons. Ask it questions, one at a time: each is coached at once (open, closed or \
      leading; which of the seven kinds; a better wording when it needs one) and the persona \
      answers what you asked, in character. A question it has no answer to makes it less \
      sure; one it answers from its reasons leaves it; leading ones get a short, firm reply \
      and make it dig in. After \(DrillDialogue.questionLimit) questions, /quit or \
      Ctrl-D, a scorecard with the coding standard's targets: the share of open questions, \
      reflections per question and how many were complex, how often a question built on its \
      last answer, the kinds covered, each leading question with a better wording, and the \
      persona's confidence from start to end.
      """
  )

  @OptionGroup var global: GlobalOptions

  @OptionGroup var packs: PackOptions

  @Option(
    help: ArgumentHelp(
      "Hold a belief from this topic: a pack id, as 'socratic packs list' shows.",
      valueName: "id"))
  var topic: String?

  @Option(
    help: ArgumentHelp(
      "Continue this session: its id, a unique prefix of it, or 'last'.", valueName: "session"))
  var resume: String?

  @Option(
    help: ArgumentHelp(
      "Choose the persona with this number: the same questions and seed give the same drill.",
      valueName: "n"))
  var seed: UInt64?

  func validate() throws {
    if resume != nil, topic != nil {
      throw ValidationError(
        "--resume continues a drill with its own persona; give it without --topic.")
    }
  }

  func run(_ context: CommandContext) throws {
    let library = try context.loadPacks(packs)
    let withBeliefs = library.packs.filter { !$0.pack.beliefs.isEmpty }.map(\.pack.id)
    if let topic {
      try library.checkTopic(topic)
      guard withBeliefs.contains(topic) else {
        throw ValidationError(
          "The topic pack '\(topic)' has no sample beliefs for the persona to hold. Topics "
            + "with beliefs: " + withBeliefs.joined(separator: ", ") + ".")
      }
    } else if withBeliefs.isEmpty, resume == nil {
      throw DrillError.noBeliefs
    }
    let setting = CoachingSetting(library: library, seed: seed ?? .random(in: .min ... .max))
    try context.runSession(
      .drill, topic: topic, resuming: resume,
      start: { DrillDialogue.start(setting: setting, topic: topic) },
      resume: { DrillDialogue.resume($0, setting: setting) })
  }
}

/// Why a drill cannot start.
enum DrillError: SocraticError, Equatable {
  /// No loaded pack has sample beliefs for the persona to hold.
  case noBeliefs

  var category: FailureCategory { .failure }

  var description: String {
    "No loaded topic pack has sample beliefs for the persona to hold. Add some under "
      + "'beliefs:' in a pack ('socratic packs new ID' shows how) and load it with --pack FILE."
  }
}
