import Foundation
import SocraticCore
import SocraticTerminal

#if canImport(Glibc)
  import Glibc
#endif

/// Runs an interactive session of any mode: reads lines, feeds them to the dialogue, records
/// the dialogue's events in the session log before the next prompt, and shows its outputs.
///
/// What it does for every mode:
/// - each step's events are recorded together (one write, one fsync) before anything of the
///   step is shown and before the next prompt; a write that fails is reported at once on standard error, the events stay
///   in memory (the next step writes them first) and `/export FILE` is offered;
/// - a log deleted while the session runs is reported once;
/// - `.summary`, `.closingSummary` and `.export` are done here, with the recorded session;
///   every other output goes to `DialogueView`;
/// - Ctrl-C throws the line away and asks again (on an empty line, saying how to leave); Ctrl-D and the end of piped input go to the
///   dialogue as `.endOfInput`;
/// - Tab completes the prompt's commands and choices;
/// - at the end, events that never reached the log are offered for export before leaving.
struct SessionRunner<Session: Dialogue> {
  private(set) var dialogue: Session
  let recorder: SessionRecorder
  let reader: any LineReader
  let console: Console
  let glyphs: Glyphs
  /// The environment, for `~` in export paths.
  let environment: [String: String]
  private var hasReportedWriteFailure = false
  private var hasReportedMissingLog = false
  /// How many events the log held when `/summary` last showed the session: a session that ends
  /// with nothing after it says so, not the same summary again.
  private var eventsAtLastSummary: Int?

  init(
    dialogue: Session, recorder: SessionRecorder, reader: any LineReader, console: Console,
    glyphs: Glyphs, environment: [String: String]
  ) {
    self.dialogue = dialogue
    self.recorder = recorder
    self.reader = reader
    self.console = console
    self.glyphs = glyphs
    self.environment = environment
    // A log over the file-size limit must fail with EFBIG, to be reported like any failed
    // write, rather than kill the process with SIGXFSZ and lose what is in memory.
    signal(SIGXFSZ, SIG_IGN)
  }

  /// Performs the dialogue's first step, then reads and performs until the dialogue finishes.
  mutating func run(startingWith first: DialogueStep) {
    perform(first)
    while !dialogue.isFinished {
      let prompt = dialogue.prompt
      reader.completionProvider = { line, word in prompt.completions(line: line, word: word) }
      switch reader.readLine(prompt: console.out.styled(prompt.text, .prompt)) {
      case .interrupted(let wasLineEmpty):
        // Ctrl-C on an empty line is often someone trying to leave: say how.
        if wasLineEmpty { console.out.line("Press Ctrl-D or type /quit to leave.", style: .quiet) }
      case .notUTF8(let byte, let offset):
        console.err.line(LineInput.notUTF8Message(byte: byte, offset: offset), style: .warning)
      case .end:
        perform(dialogue.receive(.endOfInput))
      case .line(let text):
        perform(dialogue.receive(.line(text)))
      }
    }
    reader.completionProvider = nil
    offerExportOfUnsavedSession()
  }

  /// Records a step's events, then shows its outputs.
  mutating func perform(_ step: DialogueStep) {
    record(step.events)
    let view = DialogueView(out: console.out, glyphs: glyphs)
    let mode = recorder.transcript.header.mode
    for output in step.outputs {
      switch output {
      case .summary:
        showOverview(heading: mode == .drill ? "Your scorecard so far" : "The session so far")
        eventsAtLastSummary = recorder.transcript.events.count
      case .closingSummary:
        let events = recorder.transcript.events
        let isNewSinceSummary = eventsAtLastSummary.map { shown in
          events.dropFirst(shown).contains { event in
            if case .end = event.payload { return false }
            return true
          }
        }
        showOverview(heading: mode.closingHeading, isNew: isNewSinceSummary ?? true)
      case .export(let path):
        export(to: path)
      default:
        view.render(output)
      }
    }
  }

  private mutating func record(_ events: [SessionEvent.Payload]) {
    guard !events.isEmpty else { return }
    do {
      try recorder.record(events)
    } catch {
      reportWriteFailure(error)
      return
    }
    if hasReportedWriteFailure {
      hasReportedWriteFailure = false
      console.err.line("The session log is being saved again.", style: .success)
    }
    checkLogIsThere()
  }

  private mutating func reportWriteFailure(_ failure: TranscriptError) {
    let count = recorder.unsavedCount
    let kept =
      "\(count) " + (count == 1 ? "event is" : "events are")
      + " kept in memory; /export FILE saves the session elsewhere."
    if hasReportedWriteFailure {
      console.err.line("Still not saved: " + kept, style: .error)
    } else {
      hasReportedWriteFailure = true
      console.err.line(
        "Error: " + TerminalSanitizer.sanitize(failure.description) + " " + kept, style: .error)
    }
  }

  /// Warns once when the log file is gone: what is written to a deleted file is lost.
  private mutating func checkLogIsThere() {
    guard !hasReportedMissingLog, let path = recorder.path, !Self.fileExists(path) else { return }
    hasReportedMissingLog = true
    console.err.line(
      "Warning: the session log " + TerminalSanitizer.sanitize(path, keepingLineBreaks: false)
        + " was deleted while the session ran, so the session is no longer saved. /export FILE "
        + "keeps a copy.", style: .warning)
  }

  private static func fileExists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// The session's summary under a heading; when nothing is new since `/summary` showed it,
  /// only that, where the log is and how to export it.
  private func showOverview(heading: String, isNew: Bool = true) {
    SessionOverviewView(
      summary: SessionSummary(recorder.transcript), glyphs: glyphs,
      logPath: recorder.path ?? recorder.expectedPath, unsavedCount: recorder.unsavedCount
    ).write(to: console.out, heading: heading, isNew: isNew)
  }

  /// `/export [FILE]`: the session as recorded so far, saved or not; Markdown unless the file
  /// ends in `.json`. Without a file: `socratic-ID.md` in the current folder.
  @discardableResult
  private func export(to requested: String?) -> Bool {
    var path = requested ?? "socratic-\(recorder.id).md"
    if path.hasPrefix("~/"), let home = environment["HOME"] {
      path = home + path.dropFirst()
    }
    let format: ExportFormat = path.lowercased().hasSuffix(".json") ? .json : .markdown
    do {
      try SessionExport.write(
        recorder.transcript, as: format, to: path, sessionsFolder: recorder.sessionsFolder)
    } catch {
      console.err.line("Error: " + TerminalSanitizer.sanitize(error.description), style: .error)
      return false
    }
    console.out.line(
      "Exported the session to " + TerminalSanitizer.sanitize(path, keepingLineBreaks: false)
        + ".", style: .success)
    return true
  }

  /// Before leaving: events that never reached the log (or a log that was deleted) would be
  /// lost, so a file to export the session to is asked for until one is written or input ends.
  private func offerExportOfUnsavedSession() {
    if recorder.unsavedCount > 0 { try? recorder.saveUnsaved() }
    let isLogMissing = recorder.path.map { !Self.fileExists($0) } ?? false
    guard recorder.unsavedCount > 0 || isLogMissing else { return }
    console.err.line(
      "This session is not all in its log. Type a file name to export it to, or press Ctrl-D "
        + "to leave without it.", style: .warning)
    while true {
      switch reader.readLine(prompt: console.out.styled("Export to: ", .prompt)) {
      case .end: return
      case .interrupted: continue
      case .notUTF8(let byte, let offset):
        console.err.line(LineInput.notUTF8Message(byte: byte, offset: offset), style: .warning)
      case .line(let text):
        let path = String(Substring(text).trimmingCharacters(in: .whitespaces))
        if !path.isEmpty, export(to: path) { return }
      }
    }
  }
}

extension SessionMode {
  /// What the summary at the end of a session of this mode is called.
  fileprivate var closingHeading: String {
    switch self {
    case .explore: "Where you ended up"
    case .partner: "Where the conversation got to"
    case .drill: "Your scorecard"
    }
  }
}
