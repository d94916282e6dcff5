import Foundation
import SocraticCore
import Testing

@Suite("An export never replaces a session log and is private to its owner")
struct SessionExportTests {
  private static let transcript = SessionTranscript(
    header: SessionHeader(
      id: "20261125-0615-k3f9", mode: .explore, started: SampleTranscripts.at(0)),
    events: [
      SessionEvent(.belief(.init(text: "Tea beats coffee.")), at: SampleTranscripts.at(1))
    ])

  /// A sessions folder holding one live session's log, and a folder beside it for exports.
  private func live() throws -> (recorder: SessionRecorder, elsewhere: String) {
    let root = try SampleTranscripts.temporaryFolder()
    let recorder = try SessionRecorder(
      store: SessionStore(folder: root + "/sessions"), mode: .explore)
    try recorder.record(.belief(.init(text: "Tea beats coffee.")))
    try FileManager.default.createDirectory(
      atPath: root + "/elsewhere", withIntermediateDirectories: true)
    return (recorder, root + "/elsewhere")
  }

  private func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
  }

  @Test("an export onto the log the session is writing is refused, and the log is unchanged")
  func ontoLiveLog() throws {
    let (recorder, _) = try live()
    let log = try #require(recorder.path)
    let before = try bytes(log)
    for format in ExportFormat.allCases {
      #expect(throws: TranscriptError.exportWouldReplaceLog(path: log)) {
        try SessionExport.write(
          recorder.transcript, as: format, to: log, sessionsFolder: recorder.sessionsFolder)
      }
    }
    #expect(try bytes(log) == before)
    try recorder.record(.answer(.init(question: 1, text: "Still kept.")))
    #expect(try SessionLogReader.read(path: log).transcript.events.count == 2)
    #expect(
      TranscriptError.exportWouldReplaceLog(path: "s.jsonl").description
        == "Not exporting to s.jsonl: it is a session log, and replacing it would lose the "
        + "session. Choose another file, such as session.md.")
  }

  @Test("a log copied elsewhere, a link to a log, and a new .jsonl among the logs are refused")
  func otherLogs() throws {
    let (recorder, elsewhere) = try live()
    let log = try #require(recorder.path)
    try FileManager.default.copyItem(atPath: log, toPath: elsewhere + "/copy.txt")
    try FileManager.default.createSymbolicLink(
      atPath: elsewhere + "/link.md", withDestinationPath: log)
    for target in [
      elsewhere + "/copy.txt", elsewhere + "/link.md", recorder.sessionsFolder + "/new.jsonl",
      recorder.sessionsFolder + "/../sessions/new.jsonl",
    ] {
      #expect(throws: TranscriptError.exportWouldReplaceLog(path: target)) {
        try SessionExport.write(
          Self.transcript, as: .markdown, to: target, sessionsFolder: recorder.sessionsFolder)
      }
    }
  }

  @Test("a new export is created readable only by its owner, whatever the umask")
  func privateExport() throws {
    let (recorder, elsewhere) = try live()
    let saved = umask(0)
    defer { umask(saved) }
    for name in ["session.md", "session.json"] {
      try SessionExport.write(
        recorder.transcript, as: name.hasSuffix(".json") ? .json : .markdown,
        to: elsewhere + "/" + name, sessionsFolder: recorder.sessionsFolder)
      let mode =
        try FileManager.default.attributesOfItem(atPath: elsewhere + "/" + name)[
          .posixPermissions] as? Int
      #expect(mode == 0o600, "\(name)")
    }
  }
}
