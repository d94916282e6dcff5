import CReadline
import SocraticCore

#if canImport(Glibc)
  import Glibc
#endif

/// readline's history of entered lines, kept in a file between sessions.
///
/// Each line is appended to the file as soon as it is entered (`append_history`), then the file
/// is cut to its newest lines (`history_truncate_file`): nothing is lost if the process is
/// killed, and two sessions running at once add to the file instead of overwriting each other.
/// The folder is created with mode 0700 and the file kept at 0600, since it holds what a person
/// believes. A file that cannot be written never stops a session: one warning, then the session
/// goes on without saving.
///
/// readline's history is process-wide; make one of these per process, on the main thread.
final class ReadlineHistory {
  /// How many lines the file keeps, and how many entries are kept in memory. A multi-line
  /// entry (a paste) counts each of its lines in the file.
  static let limit: Int32 = 1000

  /// The file lines are saved to, or nil once saving is off.
  private var file: String?
  private let warnings: OutputChannel

  /// Loads the history from the file, creating the file and its folder when missing.
  /// - Parameters:
  ///   - file: the history file, or nil to keep history in memory only.
  ///   - warnings: where to say, once, that the history cannot be saved.
  init(file: String?, warnings: OutputChannel) {
    self.file = file
    self.warnings = warnings
    socratic_history_use_multiline_entries()
    stifle_history(Self.limit)
    guard let file else { return }
    guard prepare(file) else { return }
    // Cut the file to its newest lines before reading it: readline reads a file far past the
    // limit in quadratic time (each line past the limit shifts the whole list, and a line
    // without a timestamp is appended to the entry before it), while cutting is linear.
    var status = history_truncate_file(file, Self.limit)
    if status == 0 { status = read_history(file) }
    if status != 0 { stopSaving(because: status) }
  }

  /// The largest history file read: 1,000 lines of the longest line a session accepts.
  static let maximumFileSize = off_t(Int(limit) * DialogueInput.maximumLineBytes)

  /// Adds an entered line to the history and saves it, unless it is blank or the same as the
  /// newest entry.
  func record(_ line: String) {
    let newest = socratic_history_newest_line().map { String(cString: $0) }
    guard Self.shouldRecord(line, after: newest) else { return }
    add_history(line)
    guard let file, prepare(file) else { return }
    var status = append_history(1, file)
    if status == 0 { status = history_truncate_file(file, Self.limit) }
    if status != 0 { stopSaving(because: status) }
  }

  /// Whether an entered line belongs in the history: not when it is blank, nor when it repeats
  /// the newest entry, nor when it is longer than a session accepts
  /// (`DialogueInput.maximumLineBytes`): a refused line is kept nowhere, and every later start
  /// would read it back.
  static func shouldRecord(_ line: String, after newest: String?) -> Bool {
    !line.allSatisfy(\.isWhitespace) && line != newest
      && line.utf8.count <= DialogueInput.maximumLineBytes
  }

  /// Makes sure the folder (0700) and the file (0600) exist, since `append_history` does not
  /// create the file. Done before every save, so a file deleted during a session comes back.
  private func prepare(_ file: String) -> Bool {
    if let slash = file.lastIndex(of: "/"), slash != file.startIndex {
      let status = Self.createFolder(String(file[..<slash]))
      if status != 0 {
        stopSaving(because: status)
        return false
      }
    }
    // Anything but a regular file is refused before it is opened, and O_NONBLOCK keeps a
    // named pipe put there in between from stopping the session by waiting.
    var existing = stat()
    if stat(file, &existing) == 0, existing.st_mode & S_IFMT != S_IFREG {
      stopSaving(because: "it is not a regular file")
      return false
    }
    let descriptor = open(file, O_WRONLY | O_CREAT | O_APPEND | O_NONBLOCK | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      stopSaving(because: errno)
      return false
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      stopSaving(because: errno)
      return false
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      stopSaving(because: "it is not a regular file")
      return false
    }
    guard info.st_size <= Self.maximumFileSize else {
      stopSaving(because: "it is larger than a history of \(Self.limit) lines can be")
      return false
    }
    // An existing file made by hand or by another program gets the same protection.
    guard fchmod(descriptor, 0o600) == 0 else {
      stopSaving(because: errno)
      return false
    }
    return true
  }

  /// Creates the folder and any missing parents with mode 0700, as the XDG base directory
  /// specification asks. Returns 0 or the errno of the first failure.
  private static func createFolder(_ path: String) -> Int32 {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component
      if mkdir(prefix, 0o700) != 0, errno != EEXIST { return errno }
      prefix += "/"
    }
    return 0
  }

  private func stopSaving(because error: Int32) {
    stopSaving(because: String(cString: strerror(error)))
  }

  private func stopSaving(because reason: String) {
    guard let file else { return }
    self.file = nil
    let path = TerminalSanitizer.sanitize(file, keepingLineBreaks: false)
    warnings.line(
      "Warning: your line-editing history cannot be saved to \(path) (\(reason)); this session "
        + "goes on without saving it. Make that folder writable, or set XDG_STATE_HOME to one "
        + "that is.",
      style: .warning)
  }
}
