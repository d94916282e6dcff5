/// What kind of failure an error is, which decides the exit code the command line uses.
public enum FailureCategory: Sendable, Equatable {
  /// A failure the user can act on (exit 1).
  case failure
  /// Input data that cannot be used: an invalid pack, an unreadable log, text that is not a
  /// belief (exit 65).
  case badInput
  /// A folder or file that cannot be created or written (exit 73).
  case cannotWrite
}

/// An error that can be shown to a person as it is.
///
/// Every error the library throws conforms: `description` says what failed and, where there is
/// something to do, what to do next, in one or a few plain sentences without a trailing newline.
public protocol SocraticError: Error, CustomStringConvertible {
  /// How the command line should treat the error.
  var category: FailureCategory { get }
}
