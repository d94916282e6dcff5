import Foundation
import SocraticCore
import SocraticTerminal

/// Everything a command reaches outside itself: the console, the environment, the folders and
/// the person's input. `run()` builds the live one; tests build one with fakes.
struct CommandContext {
  /// Standard output and standard error.
  var console: Console
  /// The process environment.
  var environment: [String: String]
  /// The folders socratic reads and writes.
  var directories: AppDirectories
  /// Makes the reader of the person's input; called once, when a command first needs input.
  var makeLineReader: () -> any LineReader

  /// The context of a real run, from the process's environment and the global options.
  static func live(_ options: GlobalOptions) -> CommandContext {
    let environment = ProcessInfo.processInfo.environment
    let console = Console.standard(environment: environment, noColorFlag: options.noColor)
    let directories = AppDirectories(
      environment: environment, dataDirectory: options.dataDirectory)
    return CommandContext(
      console: console,
      environment: environment,
      directories: directories,
      makeLineReader: {
        LineReaders.make(
          console: console, environment: environment, historyFile: directories.historyFile)
      }
    )
  }
}
