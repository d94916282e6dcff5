import Foundation
import Testing

/// Compares output with a file checked in under `Golden/`; `SOCRATIC_RECORD_GOLDEN=1 swift
/// test` writes the files anew instead (then review the diff and commit it).
enum GoldenFile {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static func check(
    _ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation
  )
    throws
  {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["SOCRATIC_RECORD_GOLDEN"] == "1" {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
      actual == expected, "differs from Golden/\(name); re-record with SOCRATIC_RECORD_GOLDEN=1",
      sourceLocation: sourceLocation)
  }
}
