/// The folders socratic reads and writes, resolved from the environment the XDG way.
///
/// Pure: it only looks at the environment it is given, so tests can pass their own.
public struct AppDirectories: Sendable, Equatable {
  /// Where session logs live: `--data-dir`, else `SOCRATIC_DATA_DIR`, else
  /// `$XDG_DATA_HOME/socratic` (default `~/.local/share/socratic`).
  public var data: String
  /// Where facilitator packs that load on every run live: `$XDG_CONFIG_HOME/socratic/packs`.
  public var packs: String
  /// Where line-editing state lives, such as the history file: `$XDG_STATE_HOME/socratic`.
  public var state: String

  /// Resolves the folders.
  /// - Parameters:
  ///   - environment: the process environment, e.g. `ProcessInfo.processInfo.environment`.
  ///   - dataDirectory: a `--data-dir` given on the command line, which wins over everything.
  public init(environment: [String: String], dataDirectory: String? = nil) {
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/"
    func base(_ variable: String, _ fallback: String) -> String {
      // The XDG spec says relative paths in these variables are invalid and must be ignored.
      if let value = environment[variable], value.hasPrefix("/") { return value }
      return Self.join(home, fallback)
    }
    let explicitData =
      dataDirectory
      ?? environment["SOCRATIC_DATA_DIR"].flatMap {
        $0.isEmpty ? nil : $0
      }
    data = explicitData ?? Self.join(base("XDG_DATA_HOME", ".local/share"), "socratic")
    packs = Self.join(base("XDG_CONFIG_HOME", ".config"), "socratic/packs")
    state = Self.join(base("XDG_STATE_HOME", ".local/state"), "socratic")
  }

  /// The readline history file.
  public var historyFile: String { Self.join(state, "history") }

  /// The folder of session logs.
  public var sessions: String { Self.join(data, "sessions") }

  private static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
