import SocraticCore
import SocraticTerminal

extension CommandContext {
  /// Starts a new session of a mode, or resumes the one `reference` names, and runs it at the
  /// console until it ends.
  ///
  /// A new session's log is created before its first prompt, so a folder that cannot be
  /// written stops it there (exit 73).
  /// - Parameters:
  ///   - mode: the command's mode; a resumed session must be of it.
  ///   - topic: the topic a new session starts from, for its log's header.
  ///   - reference: `--resume`: an id, a unique prefix of one, or `last`; nil for a new one.
  ///   - start: the mode's new dialogue and its first step.
  ///   - resume: the mode's dialogue folded from the session so far, and its first step.
  func runSession<Session: Dialogue>(
    _ mode: SessionMode, topic: String?, resuming reference: String?,
    start: () -> (dialogue: Session, step: DialogueStep),
    resume: (SessionTranscript) -> (dialogue: Session, step: DialogueStep)
  ) throws {
    let recorder: SessionRecorder
    let opened: (dialogue: Session, step: DialogueStep)
    if let reference {
      recorder = try resumeSession(reference, mode: mode) { !resume($0).dialogue.isFinished }
      opened = resume(recorder.transcript)
    } else {
      recorder = try SessionRecorder(store: sessionStore, mode: mode, topic: topic)
      opened = start()
    }
    var runner = SessionRunner(
      dialogue: opened.dialogue, recorder: recorder, reader: makeLineReader(), console: console,
      glyphs: glyphs, environment: environment)
    runner.run(startingWith: opened.step)
  }

  /// Opens a logged session to continue it (`--resume`): finds it, checks it is of this mode
  /// and has something left to continue before anything is appended, appends `resumed`, shows
  /// on standard error what of its log was skipped, and shows the session so far on standard
  /// output.
  /// - Parameters:
  ///   - reference: an id, a unique prefix of one, or `last`.
  ///   - mode: the mode of the command resuming it.
  ///   - continues: whether the mode's dialogue, folded from the log, would read more input.
  /// - Returns: the recorder, whose transcript the mode's dialogue folds.
  /// - Throws: what `SessionStore.resolve` and `SessionRecorder.resume` throw, or
  ///   `ResumeError.otherMode` or `.ended`.
  private func resumeSession(
    _ reference: String, mode: SessionMode, continues: (SessionTranscript) -> Bool
  ) throws -> SessionRecorder {
    let store = sessionStore
    let id = try store.resolve(reference)
    let header = try SessionLogReader.readHeader(path: store.path(of: id))
    guard header.mode == mode else {
      throw ResumeError.otherMode(id: id, mode: header.mode, resumingMode: mode)
    }
    // A session that ended itself (a drill after its last question) gains nothing from a
    // `resumed` event but another line in its log each time.
    guard continues(try SessionLogReader.read(path: store.path(of: id)).transcript) else {
      throw ResumeError.ended(id: id, mode: mode)
    }
    let (recorder, warnings) = try SessionRecorder.resume(id: id, in: store)
    show(warnings)
    TranscriptView(transcript: recorder.transcript, glyphs: glyphs).write(to: console.out)
    console.out.line()
    return recorder
  }
}

/// Why a session cannot be resumed.
enum ResumeError: SocraticError, Equatable {
  /// The session is of another mode than the command that would continue it.
  case otherMode(id: String, mode: SessionMode, resumingMode: SessionMode)
  /// The session is over: its dialogue would read nothing more.
  case ended(id: String, mode: SessionMode)

  var category: FailureCategory { .failure }

  var description: String {
    switch self {
    case .otherMode(let id, let mode, let resumingMode):
      "Session \(id) is \(Self.named(mode)), not \(Self.named(resumingMode)), so "
        + "\(resumingMode.rawValue) cannot continue it. Run 'socratic sessions show \(id)' to "
        + "read it."
    case .ended(let id, let mode):
      "Session \(id) has ended, so there is nothing to continue. Run 'socratic sessions show "
        + "\(id)' to read it, or 'socratic \(mode.rawValue)' to start a new one."
    }
  }

  /// "an explore session", "a drill session".
  private static func named(_ mode: SessionMode) -> String {
    (mode == .explore ? "an " : "a ") + mode.rawValue + " session"
  }
}
