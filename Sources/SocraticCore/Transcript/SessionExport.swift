#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The formats a session exports to.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// Markdown with YAML front matter, to read, share or file.
  case markdown
  /// One JSON document, for programs.
  case json

  /// Renders a session in this format.
  public func render(_ transcript: SessionTranscript) -> String {
    switch self {
    case .markdown: MarkdownExporter.render(transcript)
    case .json: JSONExporter.render(transcript)
    }
  }
}

/// Exports sessions: what `socratic sessions export` and a live session's `/export` share.
public enum SessionExport {
  /// Renders a session and writes it to a file atomically (see `AtomicFile`), readable and
  /// writable only by its owner (0600), as logs are: a session holds private beliefs.
  ///
  /// A live session passes `recorder.transcript`, so what has not reached the log is exported
  /// too. The export never replaces a session log: not a file in the sessions folder named
  /// `*.jsonl` or `*.jsonl.torn` (which includes the log a live session is writing, even before it is created),
  /// nor any file elsewhere whose first line is a session header. Renaming over the log a
  /// session writes to would orphan it, and every later answer would be lost.
  /// - Throws: `TranscriptError.exportWouldReplaceLog` (exit 1),
  ///   `.exportTargetIsFolder`, `.exportFolderMissing` or `.cannotWriteExport` (exit 73);
  ///   nothing is left behind.
  public static func write(
    _ transcript: SessionTranscript, as format: ExportFormat, to path: String,
    sessionsFolder: String
  ) throws(TranscriptError) {
    if isSessionLog(path, sessionsFolder: sessionsFolder) {
      throw .exportWouldReplaceLog(path: path)
    }
    try AtomicFile.write(Array(format.render(transcript).utf8), to: path, newFileMode: 0o600)
  }

  /// Whether a path names a session log, or where one would be. A symbolic link is judged by
  /// the file it points to, as that is the file an export would replace.
  static func isSessionLog(_ path: String, sessionsFolder: String) -> Bool {
    var target = stat()
    guard stat(path, &target) == 0 else {
      return isInFolder(path, sessionsFolder) && isLogName(FileCalls.fileName(of: path))
    }
    guard target.st_mode & S_IFMT == S_IFREG else { return false }
    if (try? SessionLogReader.readHeader(path: path)) != nil { return true }
    let resolved = realpath(path, nil)
    defer { free(resolved) }
    let real = resolved.map { String(cString: $0) } ?? path
    return isInFolder(real, sessionsFolder) && isLogName(FileCalls.fileName(of: real))
  }

  /// A log's name, or that of the cut-off lines set aside beside it.
  private static func isLogName(_ name: String) -> Bool {
    name.hasSuffix(".jsonl") || name.hasSuffix(".jsonl.torn")
  }

  /// Whether a path's folder is the given folder (the same one, however each is written).
  private static func isInFolder(_ path: String, _ folder: String) -> Bool {
    var parent = stat()
    var wanted = stat()
    guard stat(FileCalls.parentFolder(of: path), &parent) == 0, stat(folder, &wanted) == 0 else {
      return false
    }
    return parent.st_dev == wanted.st_dev && parent.st_ino == wanted.st_ino
  }
}
