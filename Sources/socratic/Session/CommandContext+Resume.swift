import SocraticCore
import SocraticTerminal

extension CommandContext {
  /// Opens a logged session to continue it (`--resume`): finds it, checks it is of this mode
  /// before anything is appended, appends `resumed`, shows on standard error what of its log
  /// was skipped, and shows the session so far on standard output.
  /// - Parameters:
  ///   - reference: an id, a unique prefix of one, or `last`.
  ///   - mode: the mode of the command resuming it.
  /// - Returns: the recorder, whose transcript the mode's dialogue folds.
  /// - Throws: what `SessionStore.resolve` and `SessionRecorder.resume` throw, or
  ///   `ResumeError.otherMode`.
  func resumeSession(_ reference: String, mode: SessionMode) throws -> SessionRecorder {
    let store = sessionStore
    let id = try store.resolve(reference)
    let header = try SessionLogReader.readHeader(path: store.path(of: id))
    guard header.mode == mode else {
      throw ResumeError.otherMode(id: id, mode: header.mode, resumingMode: mode)
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

  var category: FailureCategory { .failure }

  var description: String {
    switch self {
    case .otherMode(let id, let mode, let resumingMode):
      "Session \(id) is \(Self.named(mode)), not \(Self.named(resumingMode)), so "
        + "\(resumingMode.rawValue) cannot continue it. Run 'socratic sessions show \(id)' to "
        + "read it."
    }
  }

  /// "an explore session", "a drill session".
  private static func named(_ mode: SessionMode) -> String {
    (mode == .explore ? "an " : "a ") + mode.rawValue + " session"
  }
}
