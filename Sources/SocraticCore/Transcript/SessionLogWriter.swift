#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open session log that events are appended to, each made durable before `append`
/// returns.
///
/// The file is opened with O_APPEND; each call writes its events as whole lines with one
/// `write(2)` and then `fsync`s, so an event is on disk when the call returns and a process
/// killed at any moment loses at most the event being written, which then shows as a cut-off
/// last line that readers skip. Nothing already in the file is ever changed.
///
/// A writer holds an exclusive advisory lock (`flock`) on its log for as long as it lives, so a
/// second process cannot resume a session that is still being written; the lock goes with the
/// process however it ends.
public final class SessionLogWriter {
  /// The log's path.
  public let path: String
  /// The log's header.
  public let header: SessionHeader
  private let descriptor: Int32
  /// Set when a write put only part of a line in the file: the next write starts with a line
  /// break so its events do not run into that fragment.
  private var needsLineBreak = false

  private init(path: String, header: SessionHeader, descriptor: Int32) {
    self.path = path
    self.header = header
    self.descriptor = descriptor
  }

  deinit {
    close(descriptor)
  }

  /// Creates a new log in a folder and writes its header.
  ///
  /// The folder is created (with its parents, mode 0700) when missing. The file is created
  /// with O_EXCL and mode 0600; when the header's id is taken, another is drawn for the same
  /// start time (see `header` for the one used). The header, the file and the folder are
  /// synced before this returns.
  /// - Parameters:
  ///   - header: the session's header; its id names the file.
  ///   - folder: the sessions folder, `AppDirectories.sessions`.
  /// - Throws: `TranscriptError.cannotPrepareFolder` or `.cannotCreateLog`.
  public static func create(_ header: SessionHeader, in folder: String) throws(TranscriptError)
    -> SessionLogWriter
  {
    try SessionStore(folder: folder).prepare()
    var header = header
    while true {
      let path = SessionStore.path(of: header.id, in: folder)
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
      if descriptor < 0 {
        if errno == EEXIST {
          header.id = SessionID.make(at: header.started)
          continue
        }
        throw .cannotCreateLog(path: path, reason: FileCalls.Failure.current.reason)
      }
      let writer = SessionLogWriter(path: path, header: header, descriptor: descriptor)
      do {
        // Nobody else can have the new file open yet; the lock is for later resumes.
        _ = flock(descriptor, LOCK_EX | LOCK_NB)
        try writer.writeLines(Self.encodedLine(header))
        try FileCalls.syncFolder(folder)
      } catch {
        // A log without its header is not a log: leave nothing behind.
        unlink(path)
        let reason = (error as? FileCalls.Failure)?.reason ?? "\(error)"
        throw .cannotCreateLog(path: path, reason: reason)
      }
      return writer
    }
  }

  /// Opens an existing log to add to it, setting aside a cut-off last line.
  ///
  /// The log is read first. When its last line has no line break: if it is a whole event it
  /// is kept and a line break is added; if it is cut off, its bytes are appended to
  /// `ID.jsonl.torn` beside the log (kept, never deleted; synced), and a line break is added
  /// to the log so new events start on a line of their own. The fragment stays in the log
  /// too, where readers skip it with a warning.
  /// - Returns: the writer, what was read, and the number of the cut-off line set aside.
  /// - Throws: `.sessionInUse` while another writer has the log open, what
  ///   `SessionLogReader.read` throws, `.cannotResumeNewerFormat`, or `.cannotWriteLog`.
  public static func resume(path: String) throws(TranscriptError) -> (
    writer: SessionLogWriter, contents: SessionLogContents, tornLine: Int?
  ) {
    try resume(path: path, opening: .system)
  }

  /// `resume(path:)` with the open call given: tests make it fail as a read-only disk or a
  /// file without write permission would, which running as root cannot show.
  static func resume(path: String, opening: AppendOpening) throws(TranscriptError) -> (
    writer: SessionLogWriter, contents: SessionLogContents, tornLine: Int?
  ) {
    // Anything but a regular file is refused before it is opened; and without O_NONBLOCK,
    // opening a named pipe to write would wait for a reader forever.
    var status = stat()
    if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
      throw .cannotReadLog(path: path, reason: FileCalls.notRegular(status.st_mode).reason)
    }
    let descriptor: Int32
    do {
      descriptor = try opening.openForAppending(path)
    } catch {
      // The log is opened to add to it first, so what failed is writing, not reading.
      throw .cannotWriteLog(path: path, reason: error.reason)
    }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      throw .cannotReadLog(path: path, reason: FileCalls.notRegular(info.st_mode).reason)
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let failure = FileCalls.Failure.current
      close(descriptor)
      if failure.code == EWOULDBLOCK { throw .sessionInUse(path: path) }
      throw .cannotWriteLog(path: path, reason: failure.reason)
    }
    let contents: SessionLogContents
    do {
      contents = try SessionLogReader.read(path: path)
    } catch {
      close(descriptor)
      throw error
    }
    let writer = SessionLogWriter(
      path: path, header: contents.transcript.header, descriptor: descriptor)
    guard contents.transcript.header.formatVersion <= SessionHeader.currentFormatVersion else {
      throw .cannotResumeNewerFormat(path: path, version: contents.transcript.header.formatVersion)
    }
    var tornLine: Int?
    if let tail = contents.unterminatedTail {
      do {
        if contents.isLastLineTorn {
          try Self.setAside(tail, of: path)
          tornLine = contents.lineCount
        }
        try writer.writeLines([UInt8(ascii: "\n")])
      } catch {
        throw .cannotWriteLog(path: path, reason: error.reason)
      }
    }
    return (writer, contents, tornLine)
  }

  /// Appends events, one line each, in one write, and syncs the file.
  ///
  /// When this returns, the events are on disk. When it throws, none of them may be relied on
  /// and the caller still holds them; a later call may try again.
  /// - Throws: `TranscriptError.cannotWriteLog` with the OS's reason.
  public func append(_ events: [SessionEvent]) throws(TranscriptError) {
    guard !events.isEmpty else { return }
    var bytes: [UInt8] = []
    do {
      for event in events { bytes += try Self.encodedLine(event) }
    } catch {
      throw .cannotWriteLog(path: path, reason: "an event could not be encoded (\(error))")
    }
    do {
      try writeLines(bytes)
    } catch {
      throw .cannotWriteLog(path: path, reason: error.reason)
    }
  }

  /// Appends one event; see `append(_:)`.
  public func append(_ event: SessionEvent) throws(TranscriptError) {
    try append([event])
  }

  /// One JSON object and a line break.
  static func encodedLine(_ value: some Encodable) throws -> [UInt8] {
    try JSONText.encode(value, pretty: false) + [UInt8(ascii: "\n")]
  }

  private func writeLines(_ lines: [UInt8]) throws(FileCalls.Failure) {
    let bytes = needsLineBreak ? [UInt8(ascii: "\n")] + lines : lines
    do {
      try FileCalls.writeAll(descriptor, bytes)
    } catch {
      // Part of a line may be in the file; start the next write on a line of its own.
      needsLineBreak = true
      throw error
    }
    needsLineBreak = false
    try FileCalls.sync(descriptor)
  }

  private static func setAside(_ fragment: [UInt8], of path: String) throws(FileCalls.Failure) {
    let tornPath = path + ".torn"
    let descriptor = open(tornPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw .current }
    defer { close(descriptor) }
    try FileCalls.writeAll(descriptor, fragment + [UInt8(ascii: "\n")])
    try FileCalls.sync(descriptor)
    try FileCalls.syncFolder(FileCalls.parentFolder(of: path))
  }
}

/// How an existing log is opened to add to it.
struct AppendOpening: Sendable {
  /// Opens the file at a path for appending, or says why it cannot.
  var openForAppending: @Sendable (String) throws(FileCalls.Failure) -> Int32

  /// `open(2)` write-only with O_APPEND; O_NONBLOCK so that a named pipe put in the log's place
  /// after it was checked cannot make it wait for a reader.
  static let system = AppendOpening { path throws(FileCalls.Failure) in
    let descriptor = open(path, O_WRONLY | O_APPEND | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw .current }
    return descriptor
  }
}
