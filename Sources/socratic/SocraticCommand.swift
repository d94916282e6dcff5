import ArgumentParser
import SocraticCore
import SocraticTerminal

/// A subcommand that runs against a `CommandContext`, so it can be run in process by tests.
protocol SocraticCommand: ParsableCommand {
  /// The options shared by every subcommand.
  var global: GlobalOptions { get }

  /// Does the command's work. Errors conforming to `SocraticError` become one message on
  /// standard error and the exit code of their category.
  func run(_ context: CommandContext) throws
}

extension SocraticCommand {
  func run() throws {
    let context = CommandContext.live(global)
    try context.reportingErrors { try run(context) }
  }
}

extension CommandContext {
  /// Runs the body, turning a `SocraticError` into its message on standard error and an exit
  /// code: 1 for a failure the user can act on, 65 for bad input data, 73 for a folder or file
  /// that cannot be written.
  func reportingErrors(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as any SocraticError {
      // Messages quote what was typed (an id, a path): nothing in them may reach the terminal raw.
      console.err.line("Error: " + TerminalSanitizer.sanitize(error.description), style: .error)
      throw ExitCode(error.category.exitCode)
    }
  }
}

extension FailureCategory {
  /// The exit code DESIGN.md gives this kind of failure.
  var exitCode: Int32 {
    switch self {
    case .failure: 1
    case .badInput: 65
    case .cannotWrite: 73
    }
  }
}
