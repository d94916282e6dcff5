/// The few looks socratic gives its output. Each maps to an ANSI SGR sequence.
public enum TextStyle: Sendable, CaseIterable {
  /// Headings and the question being asked.
  case emphasis
  /// Quiet labels, such as a question's kind.
  case quiet
  /// The input prompt.
  case prompt
  /// Things that went well: a saved file, a finished session.
  case success
  /// Warnings.
  case warning
  /// Errors.
  case error

  var sgr: String {
    switch self {
    case .emphasis: "1"
    case .quiet: "2"
    case .prompt: "36"
    case .success: "32"
    case .warning: "33"
    case .error: "1;31"
    }
  }

  /// The text wrapped in this style's escape sequence and a reset.
  public func apply(to text: String) -> String {
    "\u{1B}[\(sgr)m\(text)\u{1B}[0m"
  }
}
