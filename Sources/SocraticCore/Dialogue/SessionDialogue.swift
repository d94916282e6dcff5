/// The skeleton explore, partner and drill share: how an event is recorded and folded into the
/// state, how a logged session is folded back on `--resume`, and how commands are dispatched,
/// the shared ones (`/help`, `/note`, `/summary`, `/export`, `/quit`) handled here once.
///
/// A mode supplies what is its own: the fold of one event (`apply(_:reading:)`), the events that
/// must come before its first (`prelude(to:)`), its commands (`menu`, `perform(_:argument:)`)
/// and what `/quit` does (`quit()`).
protocol SessionDialogue: Dialogue {
  /// The mode's own commands.
  associatedtype Command: ModeCommand

  /// Every command of the mode, shared and its own, in the order `/help` lists them.
  static var menu: CommandMenu<Command> { get }

  /// How many events the session has: none means nothing needs logging at the end.
  var eventCount: Int { get set }

  /// The events to log before this one, when the log does not have them yet (the stage a
  /// partner conversation starts at, the persona a drill holds).
  func prelude(to event: SessionEvent.Payload) -> [SessionEvent.Payload]

  /// Brings an event into the state: the one place where what is logged changes the session,
  /// live and when resuming.
  /// - Parameter reading: what the live step read already; empty when resuming.
  mutating func apply(_ event: SessionEvent.Payload, reading: LiveReading)

  /// Carries out one of the mode's own commands.
  mutating func perform(_ command: Command, argument: String) -> DialogueStep

  /// `/quit`: ends the session, or starts to (explore asks for a last confidence first).
  mutating func quit() -> DialogueStep
}

/// What a live step read already when it makes an event, so that folding the event keeps it
/// rather than reading the logged strings again. Empty when a log is read back.
struct LiveReading: Sendable {
  /// An answer, or what the other person said, read as moves.
  var answer: ReadAnswer?
  /// A belief as the engine read it.
  var belief: BeliefAnalysis?

  init(answer: ReadAnswer? = nil, belief: BeliefAnalysis? = nil) {
    self.answer = answer
    self.belief = belief
  }
}

extension SessionDialogue {
  func prelude(to event: SessionEvent.Payload) -> [SessionEvent.Payload] { [] }

  /// Logs an event: adds it to the step, after its prelude, and folds each into the state.
  mutating func record(
    _ event: SessionEvent.Payload, reading: LiveReading = LiveReading(),
    into step: inout DialogueStep
  ) {
    for first in prelude(to: event) {
      step.events.append(first)
      fold(first, reading: LiveReading())
    }
    step.events.append(event)
    fold(event, reading: reading)
  }

  /// Logs an answer or what they said, with the moves read in it already.
  mutating func record(
    _ event: SessionEvent.Payload, read: ReadAnswer?, into step: inout DialogueStep
  ) {
    record(event, reading: LiveReading(answer: read), into: &step)
  }

  /// Folds a logged session's events into the state, as each live one was.
  mutating func fold(_ transcript: SessionTranscript) {
    for event in transcript.events { fold(event.payload, reading: LiveReading()) }
  }

  private mutating func fold(_ event: SessionEvent.Payload, reading: LiveReading) {
    eventCount += 1
    apply(event, reading: reading)
  }

  /// Reacts to a command: the shared ones here, the mode's own in `perform(_:argument:)`, and
  /// one the mode does not have with a notice naming the closest it has.
  mutating func handle(_ typed: SlashCommand) -> DialogueStep {
    guard let item = Self.menu.item(named: typed.name) else {
      return DialogueStep(
        outputs: [.notice(Self.menu.catalog.unknownCommandNotice(typed), tone: .problem)])
    }
    switch item {
    case .own(let command):
      return perform(command, argument: typed.argument)
    case .shared(let command, _):
      return perform(command, argument: typed.argument)
    }
  }

  private mutating func perform(_ command: SharedCommand, argument: String) -> DialogueStep {
    switch command {
    case .help:
      return DialogueStep(outputs: [.help(Self.menu.catalog.commands)])
    case .note:
      let noted = NoteCommand.step(argument)
      var step = DialogueStep(outputs: noted.outputs)
      for event in noted.events { record(event, into: &step) }
      return step
    case .summary:
      return DialogueStep(outputs: [.summary])
    case .export:
      return DialogueStep(outputs: [.export(path: argument.isEmpty ? nil : argument)])
    case .quit:
      return quit()
    }
  }
}
