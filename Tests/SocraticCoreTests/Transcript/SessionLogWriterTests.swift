import Foundation
import Testing

@testable import SocraticCore

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Writing session logs")
struct SessionLogWriterTests {
  private func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int) ?? -1
  }

  private func lines(_ path: String) throws -> [String] {
    try String(contentsOfFile: path, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map(String.init)
  }

  @Test("creating a log makes the folders 0700, the file 0600, and writes the header")
  func create() throws {
    let data = try SampleTranscripts.temporaryFolder() + "/new/data"
    let sessions = data + "/sessions"
    let header = SessionHeader(
      id: "20261125-0615-k3f9", mode: .explore, started: SampleTranscripts.start)
    let writer = try SessionLogWriter.create(header, in: sessions)
    #expect(writer.path == sessions + "/20261125-0615-k3f9.jsonl")
    #expect(try permissions(data) == 0o700)
    #expect(try permissions(sessions) == 0o700)
    #expect(try permissions(writer.path) == 0o600)
    let contents = try SessionLogReader.read(path: writer.path)
    #expect(contents.transcript == SessionTranscript(header: header))
    #expect(try lines(writer.path).count == 2)
  }

  @Test("each event is on disk, as one whole line, when append returns")
  func appendIsVisibleAtOnce() throws {
    let folder = try SampleTranscripts.temporaryFolder()
    let transcript = SampleTranscripts.explore
    let writer = try SessionLogWriter.create(transcript.header, in: folder)
    for (index, event) in transcript.events.enumerated() {
      try writer.append(event)
      // Read through a descriptor of its own, as another process would.
      let seen = try SessionLogReader.read(path: writer.path)
      #expect(seen.transcript.events == Array(transcript.events[...index]))
      #expect(seen.warnings.isEmpty)
      #expect(seen.unterminatedTail == nil)
    }
  }

  @Test("appends go to the end of the file, whoever else wrote to it (O_APPEND)")
  func appendsAtTheEnd() throws {
    let folder = try SampleTranscripts.temporaryFolder()
    let events = SampleTranscripts.explore.events
    let writer = try SessionLogWriter.create(SampleTranscripts.explore.header, in: folder)
    try writer.append(events[0])
    let other = try FileHandle(forWritingTo: URL(fileURLWithPath: writer.path))
    try other.seekToEnd()
    try other.write(
      contentsOf: Data(
        (String(decoding: try JSONEncoder().encode(events[1]), as: UTF8.self) + "\n").utf8))
    try other.close()
    try writer.append(events[2])
    #expect(try SessionLogReader.read(path: writer.path).transcript.events == Array(events[0...2]))
  }

  @Test("a second session with the same id gets another; the first is never touched")
  func idClash() throws {
    let folder = try SampleTranscripts.temporaryFolder()
    let header = SessionHeader(
      id: "20261125-0615-k3f9", mode: .explore, started: SampleTranscripts.start)
    let first = try SessionLogWriter.create(header, in: folder)
    try first.append(SampleTranscripts.explore.events[0])
    let before = try Data(contentsOf: URL(fileURLWithPath: first.path))
    let second = try SessionLogWriter.create(header, in: folder)
    #expect(second.header.id != header.id)
    #expect(second.header.id.hasPrefix("20261125-0615-"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: first.path)) == before)
  }

  @Test("a data folder that cannot be created is an error naming it, exit 73")
  func folderCannotBeCreated() throws {
    let root = try SampleTranscripts.temporaryFolder()
    try Data("not a folder".utf8).write(to: URL(fileURLWithPath: root + "/data"))
    let header = SessionHeader(
      id: "20261125-0615-k3f9", mode: .explore, started: SampleTranscripts.start)
    #expect(
      throws: TranscriptError.cannotPrepareFolder(
        path: root + "/data/sessions", reason: "Not a directory")
    ) {
      try SessionLogWriter.create(header, in: root + "/data/sessions")
    }
    let error = TranscriptError.cannotPrepareFolder(path: "/x/sessions", reason: "Not a directory")
    #expect(error.category == .cannotWrite)
    #expect(
      error.description
        == "Cannot keep session logs in /x/sessions: Not a directory. Choose a folder you can write with --data-dir DIR or SOCRATIC_DATA_DIR."
    )
  }

  @Test("resuming after a crash mid-write sets the cut-off line aside and appends on a new line")
  func resumeAfterTornLine() throws {
    let folder = try SampleTranscripts.temporaryFolder()
    let transcript = SampleTranscripts.explore
    // The first process's writer, gone (as after a crash) before the log is resumed.
    let path = try Self.written(transcript.header, Array(transcript.events.prefix(4)), in: folder)
    let fragment = #"{"type":"answer","at":"2026-11-25T06:16:00.000Z","question":3,"te"#
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(fragment.utf8))
    try handle.close()

    let read = try SessionLogReader.read(path: path)
    #expect(read.transcript.events == Array(transcript.events.prefix(4)))
    #expect(
      read.warnings == [SessionLogWarning(path: path, line: 6, problem: .tornLastLine)])

    let (resumed, contents, tornLine) = try SessionLogWriter.resume(path: path)
    #expect(contents == read)
    #expect(tornLine == 6)
    #expect(try String(contentsOfFile: path + ".torn", encoding: .utf8) == fragment + "\n")
    try resumed.append(transcript.events[4])

    let after = try SessionLogReader.read(path: path)
    #expect(after.transcript.events == Array(transcript.events.prefix(5)))
    #expect(after.warnings == [SessionLogWarning(path: path, line: 6, problem: .notJSON)])
    #expect(try lines(path)[5] == fragment, "the fragment is kept in the log too")
  }

  @Test("a whole last event missing only its line break is kept, and nothing is set aside")
  func resumeAfterMissingLineBreak() throws {
    let folder = try SampleTranscripts.temporaryFolder()
    let transcript = SampleTranscripts.explore
    let path = try Self.written(transcript.header, Array(transcript.events.prefix(2)), in: folder)
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    bytes.removeLast()
    try bytes.write(to: URL(fileURLWithPath: path))
    let (resumed, contents, tornLine) = try SessionLogWriter.resume(path: path)
    #expect(contents.transcript.events == Array(transcript.events.prefix(2)))
    #expect(contents.warnings.isEmpty)
    #expect(tornLine == nil)
    #expect(!FileManager.default.fileExists(atPath: path + ".torn"))
    try resumed.append(transcript.events[2])
    #expect(
      try SessionLogReader.read(path: path).transcript.events
        == Array(transcript.events.prefix(3)))
  }

  @Test("a log in a newer format is read but never added to")
  func resumeNewerFormat() throws {
    let folder = try SampleTranscripts.temporaryFolder()
    let path = folder + "/20261125-0615-k3f9.jsonl"
    try Data(
      (#"{"type":"header","at":"2026-11-25T06:15:03Z","format":"socratic-session","format_version":2,"id":"20261125-0615-k3f9","mode":"explore"}"#
        + "\n").utf8
    ).write(to: URL(fileURLWithPath: path))
    #expect(throws: TranscriptError.cannotResumeNewerFormat(path: path, version: 2)) {
      try SessionLogWriter.resume(path: path)
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasSuffix("\"explore\"}\n"))
  }

  @Test("a log being written by a live writer cannot be resumed until that writer is gone")
  func resumeWhileInUse() throws {
    let folder = try SampleTranscripts.temporaryFolder()
    let transcript = SampleTranscripts.explore
    var writer: SessionLogWriter? = try SessionLogWriter.create(transcript.header, in: folder)
    let path = try #require(writer?.path)
    try writer?.append(Array(transcript.events.prefix(2)))
    #expect(throws: TranscriptError.sessionInUse(path: path)) {
      try SessionLogWriter.resume(path: path)
    }
    let error = TranscriptError.sessionInUse(path: folder + "/20261125-0615-k3f9.jsonl")
    #expect(error.category == .failure)
    #expect(
      error.description
        == "The session 20261125-0615-k3f9 is open in another socratic. Finish it there (/quit "
        + "or Ctrl-D), then try again.")
    // The refused resume wrote nothing.
    #expect(
      try SessionLogReader.read(path: path).transcript.events
        == Array(transcript.events.prefix(2)))
    writer = nil
    let (resumed, contents, _) = try SessionLogWriter.resume(path: path)
    #expect(contents.transcript.events == Array(transcript.events.prefix(2)))
    #expect(throws: TranscriptError.sessionInUse(path: path)) {
      try SessionLogWriter.resume(path: path)
    }
    withExtendedLifetime(resumed) {}
  }

  @Test(
    "resuming a log that cannot be written says it cannot be saved, and leaves it as it was",
    arguments: [(EROFS, "Read-only file system"), (EACCES, "Permission denied")])
  func resumeUnwritable(code: Int32, reason: String) throws {
    let folder = try SampleTranscripts.temporaryFolder()
    let transcript = SampleTranscripts.explore
    let path = try Self.written(transcript.header, Array(transcript.events.prefix(2)), in: folder)
    let before = try lines(path)
    // Tests run as root, whom permissions do not stop: the open call fails as it would.
    let refusing = AppendOpening { _ throws(FileCalls.Failure) in
      throw FileCalls.Failure(code: code)
    }
    do {
      _ = try SessionLogWriter.resume(path: path, opening: refusing)
      Issue.record("resumed a log that cannot be written")
    } catch {
      #expect(error.description == "Cannot save to the session log \(path): \(reason).")
      #expect(error.category == .cannotWrite)
    }
    #expect(try lines(path) == before)
  }

  /// Writes a log with a writer that is gone when this returns, as a process that ended.
  private static func written(
    _ header: SessionHeader, _ events: [SessionEvent], in folder: String
  ) throws -> String {
    let writer = try SessionLogWriter.create(header, in: folder)
    try writer.append(events)
    return writer.path
  }
}
