import Foundation

/// Keeps a live session: every event in memory for `/summary` and `/export`, and each one in
/// the session's log on disk before `record` returns.
///
/// The folder is checked when the recorder is made, before the session shows its first
/// prompt. The log itself is created with the first event, so a session left before anything
/// happened leaves no file. When a write fails, the event stays in memory (and in
/// `transcript`), `record` throws, and the next `record` writes the unsaved events first.
public final class SessionRecorder {
  /// The session so far, saved or not.
  public private(set) var transcript: SessionTranscript
  /// How many of the last events in `transcript` are not yet in the log.
  public private(set) var unsavedCount = 0
  private let store: SessionStore
  private var writer: SessionLogWriter?

  /// Prepares to record a new session.
  /// - Throws: `TranscriptError.cannotPrepareFolder` (exit 73) when the sessions folder cannot
  ///   be created or written: tell the person before the session starts.
  public init(store: SessionStore, mode: SessionMode, topic: String? = nil, started: Date = Date())
    throws(TranscriptError)
  {
    try store.prepare()
    self.store = store
    transcript = SessionTranscript(
      header: SessionHeader(
        id: SessionID.make(at: started), mode: mode, started: started, topic: topic))
  }

  private init(store: SessionStore, writer: SessionLogWriter, transcript: SessionTranscript) {
    self.store = store
    self.writer = writer
    self.transcript = transcript
  }

  /// Continues a session from its log, appending a `resumed` event.
  ///
  /// A cut-off last line is set aside as `SessionLogWriter.resume` describes. `warnings` lists
  /// what could not be read (show them); `transcript` holds what could, to restore the
  /// dialogue from.
  /// - Throws: what `SessionLogWriter.resume` throws, or `.cannotWriteLog`.
  public static func resume(id: String, in store: SessionStore, at date: Date = Date())
    throws(TranscriptError) -> (recorder: SessionRecorder, warnings: [SessionLogWarning])
  {
    let (writer, contents, tornLine) = try SessionLogWriter.resume(path: store.path(of: id))
    let recorder = SessionRecorder(store: store, writer: writer, transcript: contents.transcript)
    try recorder.record(
      .resumed(.init(socraticVersion: SocraticVersion.current, tornLine: tornLine)), at: date)
    return (recorder, contents.warnings)
  }

  /// The session's id.
  public var id: String { transcript.header.id }

  /// Where the log is, once the first event has created it.
  public var path: String? { writer?.path }

  /// The folder the log is or will be in.
  public var sessionsFolder: String { store.folder }

  /// Where the log is or will be.
  public var expectedPath: String { store.path(of: id) }

  /// Records an event: keeps it, then writes it and any unsaved earlier events to the log.
  ///
  /// Returns only after the log is synced to disk, so call it before showing the next prompt.
  /// - Throws: `TranscriptError.cannotCreateLog` or `.cannotWriteLog`; the event is kept in
  ///   memory all the same, and a later `record` or `saveUnsaved()` tries again.
  public func record(_ payload: SessionEvent.Payload, at date: Date = Date())
    throws(TranscriptError)
  {
    transcript.events.append(SessionEvent(payload, at: date))
    unsavedCount += 1
    try saveUnsaved()
  }

  /// Records the events of one step together: keeps them, then writes them (and any unsaved
  /// earlier events) to the log with one `write(2)` and one `fsync`, so a step costs one sync
  /// however many events it has, and none of them reaches the log without the others.
  ///
  /// Returns only after the log is synced to disk, so call it before showing the next prompt.
  /// - Throws: as `record(_:at:)`; the events are kept in memory all the same.
  public func record(_ payloads: [SessionEvent.Payload], at date: Date = Date())
    throws(TranscriptError)
  {
    guard !payloads.isEmpty else { return }
    transcript.events += payloads.map { SessionEvent($0, at: date) }
    unsavedCount += payloads.count
    try saveUnsaved()
  }

  /// Writes the events not yet in the log. Does nothing when all are saved.
  public func saveUnsaved() throws(TranscriptError) {
    guard unsavedCount > 0 else { return }
    let writer: SessionLogWriter
    if let existing = self.writer {
      writer = existing
    } else {
      writer = try SessionLogWriter.create(transcript.header, in: store.folder)
      transcript.header = writer.header
      self.writer = writer
    }
    try writer.append(Array(transcript.events.suffix(unsavedCount)))
    unsavedCount = 0
  }
}
