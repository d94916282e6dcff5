#if canImport(Glibc)
  import Glibc
#endif

/// Picks the line reader for this process's standard input.
public enum LineReaders {
  /// readline when a person is at a terminal, plain lines otherwise.
  ///
  /// readline is used only when standard input and standard output are both terminals and
  /// `TERM` names a terminal that can edit a line (set, and not `dumb`): with input piped,
  /// readline would still echo the input and print the prompt on standard output. Plain reading
  /// shows prompts on standard error, as plain text.
  /// - Parameters:
  ///   - console: the process's output; the readline prompt goes to standard output, warnings
  ///     and the plain prompt to standard error.
  ///   - environment: the process environment, for `TERM`.
  ///   - historyFile: where readline keeps history (`AppDirectories.historyFile`).
  public static func make(
    console: Console,
    environment: [String: String],
    historyFile: String
  ) -> any LineReader {
    let editsLines = usesLineEditing(
      inputIsTerminal: isatty(STDIN_FILENO) == 1,
      outputIsTerminal: console.out.isTerminal,
      environment: environment)
    if editsLines {
      return ReadlineLineReader(console: console, historyFile: historyFile)
    }
    return PlainLineReader(promptSink: console.err.sink)
  }

  /// Whether input is read with line editing: both streams are terminals and `TERM` is set and
  /// not `dumb`.
  public static func usesLineEditing(
    inputIsTerminal: Bool,
    outputIsTerminal: Bool,
    environment: [String: String]
  ) -> Bool {
    guard inputIsTerminal, outputIsTerminal, let term = environment["TERM"] else { return false }
    return !term.isEmpty && term != "dumb"
  }
}
