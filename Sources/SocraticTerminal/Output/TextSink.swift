import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Somewhere text can be written: a file descriptor, or memory in tests.
public protocol TextSink: AnyObject, Sendable {
  /// Writes the text as UTF-8, all of it, before returning.
  func write(_ text: String)
}

/// Writes to a file descriptor, such as standard output or standard error.
public final class FileDescriptorSink: TextSink {
  /// The descriptor written to.
  public let descriptor: Int32

  public init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  public func write(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0, errno == EINTR {
          continue
        } else {
          // The reader went away (a closed pipe): there is nobody left to tell.
          return
        }
      }
    }
  }
}

/// Keeps everything written in memory; for tests.
public final class BufferSink: TextSink {
  private let storage = Mutex("")

  public init() {}

  public func write(_ text: String) {
    storage.withLock { $0 += text }
  }

  /// Everything written so far.
  public var text: String { storage.withLock { $0 } }
}
