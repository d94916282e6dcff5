import Foundation
import SocraticCore
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Listing sessions reads only the logs that changed")
struct SessionListIndexTests {
  /// The sample's headline belief: its second thread's.
  private static let belief = "Most crypto projects fail."

  /// A folder with the sample explore session in it, and its store.
  private func sampleStore() throws -> (store: SessionStore, log: String) {
    let folder = try SampleTranscripts.temporaryFolder()
    let transcript = SampleTranscripts.explore
    let writer = try SessionLogWriter.create(transcript.header, in: folder)
    try writer.append(transcript.events)
    return (SessionStore(folder: folder), writer.path)
  }

  private func indexText(_ store: SessionStore) throws -> String {
    try String(contentsOfFile: store.folder + "/.list-index", encoding: .utf8)
  }

  @Test("an entry shows what the session's summary does")
  func entry() throws {
    let (store, _) = try sampleStore()
    let summary = SessionSummary(SampleTranscripts.explore)
    let entry = try #require(try store.entries().first)
    #expect(entry.id == "20261125-0615-k3f9")
    #expect(entry.started == summary.started)
    #expect(entry.mode == .explore)
    #expect(entry.topic == "crypto")
    #expect(entry.belief == Self.belief)
    #expect(entry.earlierBeliefCount == 1)
    #expect(entry.confidenceBefore == summary.confidenceBefore)
    #expect(entry.confidenceAfter == summary.confidenceAfter)
    #expect(entry.questionCount == summary.questionCount)
    #expect(entry.warnings.isEmpty)
    #expect(entry.problem == nil)
  }

  @Test("an unchanged log is not read again; a log that changed is")
  func unchangedLogsAreNotRead() throws {
    let (store, log) = try sampleStore()
    _ = try store.entries()
    let attributes = try FileManager.default.attributesOfItem(atPath: store.folder + "/.list-index")
    #expect(attributes[.posixPermissions] as? Int == 0o600)
    // What the index says is what is shown while the log stays as it was.
    let index = try indexText(store).replacingOccurrences(of: "projects fail", with: "(index)")
    try Data(index.utf8).write(to: URL(fileURLWithPath: store.folder + "/.list-index"))
    #expect(try store.entries().first?.belief == "Most crypto (index).")
    let (writer, _, _) = try SessionLogWriter.resume(path: log)
    try writer.append(SessionEvent(.end(.init(reason: .quit)), at: SampleTranscripts.at(200)))
    #expect(try store.entries().first?.belief == Self.belief)
  }

  @Test(
    "an index that is damaged, of another version, or not a file is passed over and replaced",
    arguments: ["garbage\n", #"{"version":99,"records":{}}"#, "fifo"])
  func damagedIndex(content: String) throws {
    let (store, _) = try sampleStore()
    let path = store.folder + "/.list-index"
    if content == "fifo" {
      #expect(mkfifo(path, 0o600) == 0)
    } else {
      try Data(content.utf8).write(to: URL(fileURLWithPath: path))
    }
    #expect(try store.entries().map(\.belief) == [Self.belief])
    #expect(try indexText(store).contains("Most crypto projects fail."))
  }

  @Test("a log that cannot be read is listed last with why, and read again every time")
  func unreadable() throws {
    let (store, _) = try sampleStore()
    try Data("not a log\n".utf8).write(to: URL(fileURLWithPath: store.path(of: "zzz-notes")))
    let entries = try store.entries()
    #expect(entries.map(\.id) == ["20261125-0615-k3f9", "zzz-notes"])
    #expect(
      entries.last?.problem
        == TranscriptError.notASessionLog(
          path: store.path(of: "zzz-notes"), detail: "its first line is not a session header"
        ).description)
    #expect(try !indexText(store).contains("zzz-notes"))
  }

  @Test("deleting a session takes its belief out of the index")
  func deleteScrubsTheIndex() throws {
    let (store, _) = try sampleStore()
    _ = try store.entries()
    #expect(try indexText(store).contains("Most crypto projects fail."))
    try store.delete(id: "20261125-0615-k3f9")
    let left = (try? indexText(store)) ?? ""
    #expect(!left.contains("Most crypto projects fail."))
    #expect(try store.entries().isEmpty)
  }
}
