/// What reading a line produced.
public enum LineInput: Sendable, Equatable {
  /// A line the person entered, without its line terminator. A paste may hold line breaks.
  case line(String)
  /// The person pressed Ctrl-C: the half-typed line was discarded.
  case interrupted
  /// Input is over: Ctrl-D on an empty line, or the end of piped input.
  case end
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
