#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a file descriptor that is not a terminal, such as a pipe or a file.
///
/// No line editing and no escape sequences: the prompt is written as plain text, any escape
/// sequence in it removed, to the prompt channel (standard error, so a transcript on standard
/// output stays clean). A line whose bytes are not valid UTF-8 is `.notUTF8`, naming the first
/// bad byte. A final line without a line break is still returned. `\r\n` line ends are
/// accepted.
public final class PlainLineReader: LineReader {
  private let descriptor: Int32
  private let promptSink: (any TextSink)?
  private var buffer: [UInt8] = []
  /// Where the next line starts in `buffer`; consumed bytes are dropped only now and then.
  private var start = 0
  /// How far from `start` no line break was found, so a long line is not scanned twice.
  private var scanned = 0
  private var isAtEnd = false

  /// Completion does not apply to piped input; the value is kept but never used.
  public var completionProvider: CompletionProvider?

  /// - Parameters:
  ///   - descriptor: where lines come from; standard input by default.
  ///   - promptSink: where prompts are written, or nil not to show them.
  public init(descriptor: Int32 = STDIN_FILENO, promptSink: (any TextSink)?) {
    self.descriptor = descriptor
    self.promptSink = promptSink
  }

  public func readLine(prompt: String) -> LineInput {
    promptSink?.write(TerminalSanitizer.sanitize(prompt))
    while true {
      if let newline = buffer[(start + scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
        var end = newline
        if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = LineInput.decoding(buffer[start..<end])
        start = newline + 1
        scanned = 0
        return line
      }
      scanned = buffer.count - start
      if isAtEnd {
        guard start < buffer.count else { return .end }
        let line = LineInput.decoding(buffer[start...])
        start = buffer.count
        scanned = 0
        return line
      }
      if start > 0 {
        buffer.removeSubrange(..<start)
        start = 0
      }
      fill()
    }
  }

  private func fill() {
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        buffer.append(contentsOf: chunk[..<count])
        return
      }
      if count < 0, errno == EINTR { continue }
      // End of input, or an error reading it (a closed terminal): either way there is no more.
      isAtEnd = true
      return
    }
  }
}
