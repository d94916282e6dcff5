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
  /// Renders a session and writes it to a file atomically (see `AtomicFile`).
  ///
  /// A live session passes `recorder.transcript`, so what has not reached the log is exported
  /// too.
  /// - Throws: `TranscriptError.exportTargetIsFolder`, `.exportFolderMissing` or
  ///   `.cannotWriteExport` (exit 73); nothing is left behind.
  public static func write(
    _ transcript: SessionTranscript, as format: ExportFormat, to path: String
  ) throws(TranscriptError) {
    try AtomicFile.write(Array(format.render(transcript).utf8), to: path)
  }
}
