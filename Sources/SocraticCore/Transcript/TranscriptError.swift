/// What can go wrong keeping, finding, reading or exporting sessions.
public enum TranscriptError: SocraticError, Equatable {
  /// A folder for session logs could not be created or is not writable (exit 73).
  case cannotPrepareFolder(path: String, reason: String)
  /// A new session log could not be created (exit 73).
  case cannotCreateLog(path: String, reason: String)
  /// An event could not be saved to the log (exit 73). The caller still has the event.
  case cannotWriteLog(path: String, reason: String)
  /// A log could not be opened or read (exit 65).
  case cannotReadLog(path: String, reason: String)
  /// A file is not a socratic session log at all (exit 65).
  case notASessionLog(path: String, detail: String)
  /// A log was written in a newer format version, which this version can read in part but
  /// must not add to (exit 65).
  case cannotResumeNewerFormat(path: String, version: Int)
  /// The sessions folder could not be listed (exit 1).
  case cannotListSessions(path: String, reason: String)
  /// No session has an id starting with the text given (exit 1).
  case sessionNotFound(reference: String)
  /// Several sessions have ids starting with the text given (exit 1).
  case ambiguousSession(reference: String, candidates: [String])
  /// `last` was asked for, but there are no sessions (exit 1).
  case noSessions
  /// A session log could not be deleted (exit 73).
  case cannotDelete(path: String, reason: String)
  /// An export's target is a folder (exit 73).
  case exportTargetIsFolder(path: String)
  /// The session is being added to by another socratic process, so it can be neither resumed
  /// nor deleted (exit 1).
  case sessionInUse(path: String)
  /// An export's target is in a folder that does not exist (exit 73).
  case exportFolderMissing(path: String, folder: String)
  /// An export could not be written (exit 73).
  case cannotWriteExport(path: String, reason: String)
  /// An export would replace a session log, losing the session (exit 1).
  case exportWouldReplaceLog(path: String)

  public var category: FailureCategory {
    switch self {
    case .cannotPrepareFolder, .cannotCreateLog, .cannotWriteLog, .cannotDelete,
      .exportTargetIsFolder, .exportFolderMissing, .cannotWriteExport:
      .cannotWrite
    case .cannotReadLog, .notASessionLog, .cannotResumeNewerFormat:
      .badInput
    case .cannotListSessions, .sessionNotFound, .ambiguousSession, .noSessions, .sessionInUse,
      .exportWouldReplaceLog:
      .failure
    }
  }

  public var description: String {
    switch self {
    case .cannotPrepareFolder(let path, let reason):
      "Cannot keep session logs in \(path): \(reason). Choose a folder you can write with "
        + "--data-dir DIR or SOCRATIC_DATA_DIR."
    case .cannotCreateLog(let path, let reason):
      "Cannot create the session log \(path): \(reason)."
    case .cannotWriteLog(let path, let reason):
      "Cannot save to the session log \(path): \(reason)."
    case .cannotReadLog(let path, let reason):
      "Cannot read the session log \(path): \(reason)."
    case .notASessionLog(let path, let detail):
      "\(path) is not a socratic session log: \(detail)."
    case .cannotResumeNewerFormat(let path, let version):
      "\(path) was written by a newer socratic (log format \(version)); this version can show "
        + "and export it but cannot add to it. Update socratic to resume it."
    case .cannotListSessions(let path, let reason):
      "Cannot list the sessions in \(path): \(reason)."
    case .sessionNotFound(let reference):
      "No session has an id starting with \"\(reference)\". Run 'socratic sessions list' to "
        + "see them."
    case .ambiguousSession(let reference, let candidates):
      "\"\(reference)\" could be any of \(candidates.count.formattedWithSeparators) sessions: "
        + Self.listed(candidates) + ". Type more of the id."
    case .noSessions:
      "There are no sessions yet. Start one with 'socratic'."
    case .sessionInUse(let path):
      "The session \(Self.sessionID(of: path)) is open in another socratic. Finish it there "
        + "(/quit or Ctrl-D), then try again."
    case .cannotDelete(let path, let reason):
      "Cannot delete \(path): \(reason)."
    case .exportTargetIsFolder(let path):
      "Cannot export to \(path): it is a folder. Give a file name, such as \(path)/session.md."
    case .exportFolderMissing(let path, let folder):
      "Cannot export to \(path): the folder \(folder) does not exist. Create it first, or "
        + "choose another place."
    case .cannotWriteExport(let path, let reason):
      "Cannot write \(path): \(reason). Nothing was written there."
    case .exportWouldReplaceLog(let path):
      "Not exporting to \(path): it is a session log, and replacing it would lose the session. "
        + "Choose another file, such as session.md."
    }
  }

  /// The most candidates an ambiguous id names; a prefix shared by thousands of sessions
  /// would otherwise print them all.
  static let maximumCandidatesListed = 10

  /// The first candidates, and how many more there are.
  private static func listed(_ candidates: [String]) -> String {
    let shown = candidates.prefix(maximumCandidatesListed).joined(separator: ", ")
    let more = candidates.count - maximumCandidatesListed
    return more > 0 ? shown + " and \(more.formattedWithSeparators) more" : shown
  }

  /// The session id a log's path names: its file name without ".jsonl".
  private static func sessionID(of path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return name.hasSuffix(".jsonl") ? String(name.dropLast(6)) : name
  }
}
