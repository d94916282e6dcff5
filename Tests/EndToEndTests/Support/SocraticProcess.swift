import Foundation

/// What a run of the built `socratic` binary produced.
struct ProcessResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs the `socratic` binary that `swift build` put next to the test runner.
enum SocraticProcess {
  /// The built executable: the test runner and the products sit in the same folder.
  static let executable: URL = {
    var folder = Bundle.main.bundleURL
    if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
    return folder.appendingPathComponent("socratic")
  }()

  /// Runs socratic with the arguments and standard input, in an environment with no colour
  /// settings and with data and state folders inside `home`.
  static func run(
    _ arguments: [String],
    stdin: String = "",
    environment: [String: String] = [:],
    home: URL? = nil,
    executable: URL = executable
  ) throws -> ProcessResult {
    try run(
      arguments, stdinBytes: Data(stdin.utf8), environment: environment, home: home,
      executable: executable)
  }

  /// Runs socratic with raw bytes on standard input, which need not be valid UTF-8. Another
  /// `executable`, such as a shell that sets limits and then runs socratic, may be given.
  static func run(
    _ arguments: [String],
    stdinBytes: Data,
    environment: [String: String] = [:],
    home: URL? = nil,
    executable: URL = executable
  ) throws -> ProcessResult {
    let home = try home ?? temporaryFolder()
    var fullEnvironment = [
      "HOME": home.path,
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "LANG": "C.UTF-8",
    ]
    fullEnvironment.merge(environment) { $1 }

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = fullEnvironment
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()

    // Read both pipes while the process runs so a large output cannot fill a pipe and stall it.
    let outputData = DataCollector(output.fileHandleForReading)
    let errorData = DataCollector(errors.fileHandleForReading)
    ignoreBrokenPipes
    // A process that exits before reading all its input closes the pipe; that is its business.
    if !stdinBytes.isEmpty { try? input.fileHandleForWriting.write(contentsOf: stdinBytes) }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    return ProcessResult(
      status: process.terminationStatus,
      stdout: String(decoding: outputData.wait(), as: UTF8.self),
      stderr: String(decoding: errorData.wait(), as: UTF8.self)
    )
  }

  /// Makes writing to a closed pipe an error instead of a SIGPIPE that kills the test runner.
  private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

  /// A new, empty folder that is removed when the test process ends.
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("socratic-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }
}

/// Reads a file handle to its end on a background thread.
private final class DataCollector: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    // `data` is written only by this thread, and read only after `done` is signalled.
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}
