import ArgumentParser
import SocraticCore
import SocraticTerminal

extension CommandContext {
  /// Handles standard input one line at a time, for `--stdin`: every line that is not blank,
  /// in order, until the input ends. A line that cannot be used does not stop the rest.
  /// - Parameter handle: does the work for a line and returns whether it could; `isFirst` is
  ///   true for the first line handled.
  /// - Throws: `ExitCode` 65 (bad input data) at the end when any line could not be used, and
  ///   whatever `handle` throws.
  func forEachInputLine(_ handle: (_ line: String, _ isFirst: Bool) throws -> Bool) throws {
    // Plain lines even on a terminal: text fed to a script is not history to recall.
    let reader = PlainLineReader(promptSink: nil)
    var hasFailures = false
    var isFirst = true
    while true {
      switch reader.readLine(prompt: "") {
      case .end:
        if hasFailures { throw ExitCode(FailureCategory.badInput.exitCode) }
        return
      case .interrupted:
        continue
      case .notUTF8(let byte, let offset):
        console.err.line(
          "Error: " + LineInput.notUTF8Message(byte: byte, offset: offset), style: .error)
        hasFailures = true
      case .line(let line):
        guard line.contains(where: { !$0.isWhitespace }) else { continue }
        if try !handle(line, isFirst) { hasFailures = true }
        isFirst = false
      }
    }
  }
}
