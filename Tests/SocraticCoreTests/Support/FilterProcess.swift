import Foundation

/// Runs a program that reads standard input and writes standard output, such as `cmark`.
enum FilterProcess {
  /// The program's exit status and everything it wrote to standard output.
  static func run(_ executable: URL, _ arguments: [String] = [], input: String) throws -> (
    status: Int32, output: Data
  ) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let inputPipe = Pipe()
    let outputPipe = Pipe()
    process.standardInput = inputPipe
    process.standardOutput = outputPipe
    try process.run()
    // Write from another thread: a large input could otherwise fill the pipe while the program
    // waits for its output to be read.
    let writer = Thread {
      try? inputPipe.fileHandleForWriting.write(contentsOf: Data(input.utf8))
      try? inputPipe.fileHandleForWriting.close()
    }
    writer.start()
    let output = outputPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }

  /// A program the build put next to the test runner, such as `yams-load`.
  static func builtProduct(_ name: String) -> URL {
    var folder = Bundle.main.bundleURL
    if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
    return folder.appendingPathComponent(name)
  }
}
