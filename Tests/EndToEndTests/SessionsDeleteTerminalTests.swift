import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("socratic sessions delete on a terminal")
struct SessionsDeleteTerminalTests {
  /// Runs socratic with standard input on a pseudo-terminal, types the answer, and returns
  /// what it printed on standard output and standard error.
  private func runOnTerminal(_ arguments: [String], typing answer: String, data: String) throws
    -> ProcessResult
  {
    var controller: Int32 = -1
    var device: Int32 = -1
    try #require(openpty(&controller, &device, nil, nil, nil) == 0)
    let terminal = FileHandle(fileDescriptor: device, closeOnDealloc: true)
    let keyboard = FileHandle(fileDescriptor: controller, closeOnDealloc: true)
    let process = Process()
    process.executableURL = SocraticProcess.executable
    process.arguments = arguments
    process.environment = SessionFixtures.environment(data).merging(
      ["HOME": data, "PATH": "/usr/bin:/bin"]) { $1 }
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = terminal
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    try keyboard.write(contentsOf: Data(answer.utf8))
    process.waitUntilExit()
    return ProcessResult(
      status: process.terminationStatus,
      stdout: String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
      stderr: String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
  }

  @Test(
    "it asks first, and deletes only on yes",
    arguments: [("y\n", true), ("yes\n", true), ("\n", false), ("n\n", false), ("nope\n", false)])
  func asks(answer: String, deletes: Bool) throws {
    let data = try SessionFixtures.dataFolder([SessionFixtures.explore])
    let result = try runOnTerminal(["sessions", "delete", "last"], typing: answer, data: data)
    #expect(result.status == 0)
    #expect(
      result.stderr
        == "Delete session 20261125-0615-k3f9 (explore, 2026-11-25 06:15: \"Crypto is mostly used for scams.\")? [y/N] "
    )
    #expect(
      result.stdout == (deletes ? "Deleted session 20261125-0615-k3f9.\n" : "Nothing deleted.\n"))
    let exists = FileManager.default.fileExists(atPath: data + "/sessions/20261125-0615-k3f9.jsonl")
    #expect(exists != deletes)
  }
}
