import Foundation

/// The file operations loading packs needs, so tests can load packs from memory.
public protocol PackFileSystem: Sendable {
  /// The names of the entries in a folder, or nil when there is no such folder.
  func contentsOfFolder(atPath path: String) throws -> [String]?
  /// The size of a file in bytes, or nil when it is not a regular file (a pipe, say).
  func sizeOfFile(atPath path: String) throws -> Int?
  /// Up to `maximumBytes` bytes from the start of a file.
  func readFile(atPath path: String, maximumBytes: Int) throws -> [UInt8]
}

/// The real file system.
public struct LocalPackFileSystem: PackFileSystem {
  public init() {}

  public func contentsOfFolder(atPath path: String) throws -> [String]? {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
    else { return nil }
    return try FileManager.default.contentsOfDirectory(atPath: path)
  }

  public func sizeOfFile(atPath path: String) throws -> Int? {
    var status = stat()
    guard stat(path, &status) == 0 else {
      throw PackLoadingError.unreadable(
        path: path, reason: String(cString: strerror(errno)).lowercased())
    }
    switch status.st_mode & S_IFMT {
    case S_IFDIR:
      throw PackLoadingError.unreadable(path: path, reason: "it is a folder, not a pack file")
    case S_IFREG: return Int(status.st_size)
    default: return nil
    }
  }

  /// Reads only a regular file, opened without blocking: a named pipe given as a pack would
  /// otherwise wait for a writer forever.
  public func readFile(atPath path: String, maximumBytes: Int) throws -> [UInt8] {
    let descriptor: Int32
    do {
      descriptor = try FileCalls.openRegularFile(path)
    } catch {
      throw PackLoadingError.unreadable(path: path, reason: error.reason.lowercased())
    }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: maximumBytes)
    var count = 0
    while count < maximumBytes {
      let result = bytes.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress! + count, maximumBytes - count)
      }
      if result > 0 {
        count += result
      } else if result == 0 {
        break
      } else if errno != EINTR {
        throw PackLoadingError.unreadable(
          path: path, reason: String(cString: strerror(errno)).lowercased())
      }
    }
    return Array(bytes[..<count])
  }
}
