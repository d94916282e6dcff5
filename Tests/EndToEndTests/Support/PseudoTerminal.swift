import Foundation

/// Keys as a terminal sends them.
enum Key {
  static let enter = "\r"
  static let backspace = "\u{7F}"
  static let tab = "\t"
  static let up = "\u{1B}[A"
  static let ctrlC = "\u{03}"
  static let ctrlD = "\u{04}"

  /// Text pasted into a terminal that has bracketed paste on, as the terminal sends it.
  static func paste(_ text: String) -> String {
    "\u{1B}[200~" + text + "\u{1B}[201~"
  }
}

/// One step of a scripted terminal session. Each names its session ("main" unless a test runs
/// several at once).
struct TerminalStep: Encodable {
  private var session: String
  private var start: [String]?
  private var expect: String?
  private var send: String?
  private var signal: Int32?
  private var resize: [Int]?
  private var wait: Bool?

  /// Starts the built socratic with the arguments in a new pseudo-terminal.
  static func start(_ arguments: [String] = [], session: String = "main") -> TerminalStep {
    run(SocraticProcess.executable.path, arguments, session: session)
  }

  /// Starts any program in a new pseudo-terminal; for checking the harness itself.
  static func run(_ program: String, _ arguments: [String], session: String = "main")
    -> TerminalStep
  {
    TerminalStep(session: session, start: [program] + arguments)
  }

  /// Waits until the text appears in what the session has written since the last match.
  static func expect(_ text: String, in session: String = "main") -> TerminalStep {
    TerminalStep(session: session, expect: text)
  }

  /// Types the text: keys, or escape sequences a terminal would send.
  static func type(_ text: String, in session: String = "main") -> TerminalStep {
    TerminalStep(session: session, send: text)
  }

  /// Sends the program a signal, as `kill` would.
  static func signal(_ signal: Int32, to session: String = "main") -> TerminalStep {
    TerminalStep(session: session, signal: signal)
  }

  /// Resizes the terminal, as dragging its window would: the program gets SIGWINCH.
  static func resize(rows: Int = 24, columns: Int, in session: String = "main") -> TerminalStep {
    TerminalStep(session: session, resize: [rows, columns])
  }

  /// Waits for the program to end. Sessions still running after the last step are waited for
  /// anyway.
  static func waitForExit(of session: String = "main") -> TerminalStep {
    TerminalStep(session: session, wait: true)
  }
}

/// What one program did in its pseudo-terminal.
struct TerminalSession: Decodable {
  /// Everything it wrote, as the terminal got it (line breaks are `\r\n`).
  var output: String
  /// Its exit status, or nil when a signal ended it.
  var status: Int32?
  /// The signal that ended it, if one did.
  var signal: Int32?
  /// `stty -a` of its terminal before it started and after it ended.
  var sttyBefore: String
  var sttyAfter: String
}

/// Runs programs inside pseudo-terminals, driven by `pty_driver.py` (Python's pexpect).
///
/// Why pexpect behind a Swift API: the driver gives each program a real controlling terminal
/// (so Ctrl-C is a real SIGINT), expects on text with generous timeouts instead of sleeping, and
/// keeps the terminal open after the program ends so its modes can be compared, while forking a
/// child from the multithreaded Swift test runner is unsafe. The tests stay in Swift and read
/// as the keys a person presses.
enum PseudoTerminal {
  /// How long any one wait may take: generous, for a loaded two-core machine. Waits end as soon
  /// as the text appears.
  static let timeout = 60

  /// The result of a script.
  struct Run: Decodable {
    /// What went wrong (an expected text that never came), or nil.
    var failure: String?
    var sessions: [String: TerminalSession]

    /// The session named "main".
    var main: TerminalSession {
      sessions["main"]
        ?? TerminalSession(
          output: "", status: nil, signal: nil, sttyBefore: "", sttyAfter: "")
    }
  }

  /// Runs the steps. Programs get a clean environment: HOME is `home` (a new temporary folder by
  /// default), `LANG=C.UTF-8`, `TERM=xterm-256color`, readline's settings from `$HOME/.inputrc`
  /// only, and no colour settings; `environment` adds to it or overrides it.
  static func run(
    _ steps: [TerminalStep],
    environment: [String: String] = [:],
    home: URL? = nil
  ) throws -> Run {
    let home = try home ?? SocraticProcess.temporaryFolder()
    var fullEnvironment = [
      "HOME": home.path,
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "LANG": "C.UTF-8",
      "TERM": "xterm-256color",
      "INPUTRC": home.appendingPathComponent(".inputrc").path,
    ]
    fullEnvironment.merge(environment) { $1 }
    let script = Script(
      environment: fullEnvironment, cwd: home.path, timeout: timeout, steps: steps)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", driver.path]
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = DataCollector(output.fileHandleForReading)
    let errorData = DataCollector(errors.fileHandleForReading)
    try input.fileHandleForWriting.write(contentsOf: JSONEncoder().encode(script))
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    let result = outputData.wait()
    let driverErrors = String(decoding: errorData.wait(), as: UTF8.self)
    guard process.terminationStatus == 0, !result.isEmpty else {
      throw DriverFailure(description: "pty_driver.py failed: \(driverErrors)")
    }
    return try JSONDecoder().decode(Run.self, from: result)
  }

  private struct Script: Encodable {
    var environment: [String: String]
    var cwd: String
    var timeout: Int
    var steps: [TerminalStep]
  }

  private struct DriverFailure: Error, CustomStringConvertible {
    var description: String
  }

  /// The driver script, next to this file in the source tree.
  private static let driver = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("pty_driver.py")
}
