/// What reading a line produced.
public enum LineInput: Sendable, Equatable {
  /// A line the person entered, without its line terminator. A paste may hold line breaks.
  case line(String)
  /// The person pressed Ctrl-C: the half-typed line was discarded. `wasLineEmpty` tells a
  /// Ctrl-C on an empty line, which may mean they want to leave.
  case interrupted(wasLineEmpty: Bool)
  /// Input is over: Ctrl-D on an empty line, or the end of piped input.
  case end
  /// A line whose bytes are not UTF-8. It is refused, not kept: replacing the bytes would
  /// keep something other than what was typed, without a word. `offset` counts from 1.
  case notUTF8(byte: UInt8, offset: Int)

  /// A line read as bytes: the line, or where its first byte that is not UTF-8 is.
  static func decoding(_ bytes: some Collection<UInt8>) -> LineInput {
    if let text = String(validating: bytes, as: UTF8.self) { return .line(text) }
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      let before = offset
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
      case .emptyInput:
        return .line(String(decoding: bytes, as: UTF8.self))
      case .error:
        let index = bytes.index(bytes.startIndex, offsetBy: before)
        return .notUTF8(byte: bytes[index], offset: before + 1)
      }
    }
  }

  /// What to tell the person about a line that is not UTF-8.
  public static func notUTF8Message(byte: UInt8, offset: Int) -> String {
    let hex = String(byte, radix: 16, uppercase: true)
    return "That line was not kept: its byte \(offset) (0x"
      + (hex.count == 1 ? "0" : "") + hex + ") is not UTF-8, so it cannot be kept as typed. "
      + "Set the terminal to UTF-8 and type it again."
  }
}

/// Tab-completion candidates for the word being typed.
/// - Parameters:
///   - line: the whole line up to the cursor.
///   - word: the word being completed, the end of `line`.
/// - Returns: the full words that may replace `word`.
public typealias CompletionProvider = @Sendable (_ line: String, _ word: String) -> [String]

/// Reads a person's input one line at a time: with line editing on a terminal, plainly
/// otherwise. Every interactive mode reads through one.
public protocol LineReader: AnyObject {
  /// Shows the prompt and waits for a line.
  ///
  /// The prompt may contain colour escape sequences; a reader that edits lines accounts for
  /// them so the cursor stays aligned.
  func readLine(prompt: String) -> LineInput

  /// Where completion candidates come from, or nil for no completion.
  var completionProvider: CompletionProvider? { get set }
}
