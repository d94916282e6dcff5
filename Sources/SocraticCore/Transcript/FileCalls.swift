#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX calls the transcript code needs, with errors carried as the OS's own
/// explanation ("No space left on device") so messages can name the reason.
enum FileCalls {
  /// A failed call: the OS's reason in words, and the errno it came from.
  struct Failure: Error {
    var code: Int32
    /// Said instead of the OS's reason, for a refusal of our own (a pipe, a file too large).
    var explanation: String?
    var reason: String { explanation ?? String(cString: strerror(code)) }

    init(code: Int32, explanation: String? = nil) {
      self.code = code
      self.explanation = explanation
    }

    static var current: Failure { Failure(code: errno) }
  }

  /// Opens a file for reading only when it is a regular file, without ever blocking.
  ///
  /// `O_NONBLOCK` keeps `open` from waiting for a writer on a named pipe; `fstat` on the open
  /// descriptor then refuses anything but a regular file (a pipe, a device such as /dev/zero,
  /// a socket, a folder) with a reason that names what it is.
  static func openRegularFile(_ path: String) throws(Failure) -> Int32 {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw .current }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      let failure = Failure.current
      close(descriptor)
      throw failure
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      throw notRegular(info.st_mode)
    }
    return descriptor
  }

  /// The refusal of a file that is not a regular one, naming what it is.
  static func notRegular(_ mode: mode_t) -> Failure {
    let kind: String
    switch mode & S_IFMT {
    case S_IFDIR: return Failure(code: EISDIR)
    case S_IFIFO: kind = "a named pipe"
    case S_IFCHR, S_IFBLK: kind = "a device"
    case S_IFSOCK: kind = "a socket"
    default: kind = "a special file"
    }
    return Failure(code: EINVAL, explanation: "it is \(kind), not a regular file")
  }

  /// Writes all bytes, retrying after a signal. A regular file takes a whole buffer in one
  /// `write(2)`; a short write happens only when the disk fills up, and the next call then
  /// reports why.
  static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) throws(Failure) {
    let failure: Failure? = bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0, errno == EINTR {
          continue
        } else {
          return written < 0 ? .current : Failure(code: EIO)
        }
      }
      return nil
    }
    if let failure { throw failure }
  }

  /// `fsync`, retrying after a signal.
  static func sync(_ descriptor: Int32) throws(Failure) {
    while fsync(descriptor) != 0 {
      if errno != EINTR { throw .current }
    }
  }

  /// Makes a folder's list of names durable, so a file just created or renamed in it survives
  /// a crash.
  static func syncFolder(_ path: String) throws(Failure) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .current }
    defer { close(descriptor) }
    try sync(descriptor)
  }

  /// Creates a folder and any missing parents with the given permissions, syncing each parent
  /// that gains an entry. Folders that exist are left as they are.
  static func makeFolders(_ path: String, mode: mode_t) throws(Failure) {
    var info = stat()
    if stat(path, &info) == 0 {
      guard info.st_mode & S_IFMT == S_IFDIR else { throw Failure(code: ENOTDIR) }
      return
    }
    guard errno == ENOENT else { throw .current }
    let parent = parentFolder(of: path)
    if parent != path { try makeFolders(parent, mode: mode) }
    if mkdir(path, mode) != 0, errno != EEXIST { throw .current }
    try syncFolder(parent)
  }

  /// The most read from one log: far beyond a 100,000-turn session (about 37 MiB).
  static let maximumLogSize = 256 * 1024 * 1024

  /// The whole content of a regular file, refused past `limit` bytes.
  static func readFile(_ path: String, limit: Int = maximumLogSize) throws(Failure) -> [UInt8] {
    let descriptor = try openRegularFile(path)
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw .current }
    let tooLarge = Failure(
      code: EFBIG, explanation: "it is larger than \(limit / (1024 * 1024)) MiB")
    guard Int(info.st_size) <= limit else { throw tooLarge }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(info.st_size) + 1)
    var chunk = [UInt8](repeating: 0, count: max(64 * 1024, Int(info.st_size) + 1))
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        // The file may grow while it is read; stop at the limit all the same.
        guard bytes.count + count <= limit else { throw tooLarge }
        bytes.append(contentsOf: chunk[..<count])
      } else if count == 0 {
        return bytes
      } else if errno != EINTR {
        throw .current
      }
    }
  }

  /// The longest first line read: a header is a few hundred bytes.
  static let maximumHeaderSize = 64 * 1024

  /// The bytes of a regular file up to its first line break (or its end), reading no more
  /// than needed; a first line longer than `maximumHeaderSize` is cut there.
  static func readFirstLine(_ path: String) throws(Failure) -> [UInt8] {
    let descriptor = try openRegularFile(path)
    defer { close(descriptor) }
    var line: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while line.count < maximumHeaderSize {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        if let newline = chunk[..<count].firstIndex(of: UInt8(ascii: "\n")) {
          return line + chunk[..<newline]
        }
        line += chunk[..<count]
      } else if count == 0 {
        return line
      } else if errno != EINTR {
        throw .current
      }
    }
    return line
  }

  /// The folder a path is in: `.` for a bare name, `/` for a top-level entry.
  static func parentFolder(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    if slash == trimmed.startIndex { return "/" }
    return String(trimmed[..<slash])
  }

  /// The last component of a path.
  static func fileName(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
    return String(trimmed[trimmed.index(after: slash)...])
  }
}
