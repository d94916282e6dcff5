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
      to what you answer. Type /help in a session for its commands; /quit or Ctrl-D ends it, \
      asking your confidence once more. Every answer is saved to the session log before the \
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
    if let topic, library.pack(id: topic) == nil {
      let ids = library.packs.map(\.pack.id)
      var message = "There is no topic '\(topic)'."
      if let closest = Suggestion.closest(to: topic, among: ids) {
        message += " Did you mean '\(closest)'?"
      }
      throw ValidationError(message + " The topics are " + ids.joined(separator: ", ") + ".")
    }
    let setting = ExploreSetting(library: library, seed: seed ?? .random(in: .min ... .max))
    let store = context.sessionStore
    let recorder: SessionRecorder
    let dialogue: ExploreDialogue
    let firstStep: DialogueStep
    if let resume {
      recorder = try resumeRecorder(resume, in: store, context: context)
      (dialogue, firstStep) = ExploreDialogue.resume(recorder.transcript, setting: setting)
    } else {
      // Before the first prompt: a folder that cannot be written stops the session here (73).
      recorder = try SessionRecorder(store: store, mode: .explore, topic: topic)
      (dialogue, firstStep) = ExploreDialogue.start(setting: setting, topic: topic, belief: belief)
    }
    var runner = SessionRunner(
      dialogue: dialogue, recorder: recorder, reader: context.makeLineReader(),
      console: context.console, glyphs: context.glyphs, environment: context.environment)
    runner.run(startingWith: firstStep)
  }

  /// Opens a logged explore session to continue it, showing what its log held.
  private func resumeRecorder(_ reference: String, in store: SessionStore, context: CommandContext)
    throws -> SessionRecorder
  {
    let id = try store.resolve(reference)
    let header = try SessionLogReader.readHeader(path: store.path(of: id))
    guard header.mode == .explore else {
      throw ExploreError.notAnExploreSession(id: id, mode: header.mode)
    }
    let (recorder, warnings) = try SessionRecorder.resume(id: id, in: store)
    context.show(warnings)
    TranscriptView(transcript: recorder.transcript, glyphs: context.glyphs)
      .write(to: context.console.out)
    context.console.out.line()
    return recorder
  }
}

/// What stops an explore session from starting.
enum ExploreError: SocraticError, Equatable {
  /// `--resume` named a partner or drill session.
  case notAnExploreSession(id: String, mode: SessionMode)

  var category: FailureCategory { .failure }

  var description: String {
    switch self {
    case .notAnExploreSession(let id, let mode):
      "Session \(id) is a \(mode.rawValue) session, not an explore session, so explore cannot "
        + "continue it. Run 'socratic sessions show \(id)' to read it."
    }
  }
}
