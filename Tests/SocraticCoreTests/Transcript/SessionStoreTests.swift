import Foundation
import SocraticCore
import Testing

@Suite("The store of sessions")
struct SessionStoreTests {
  /// A store with sessions started a minute apart, in the given order of ids.
  private func store(_ ids: [String]) throws -> SessionStore {
    let folder = try SampleTranscripts.temporaryFolder()
    for (minute, id) in ids.enumerated() {
      let header = SessionHeader(
        id: id, mode: .explore, started: SampleTranscripts.at(Double(minute) * 60))
      _ = try SessionLogWriter.create(header, in: folder)
    }
    return SessionStore(folder: folder)
  }

  @Test("sessions are listed newest first, by the start time in their headers")
  func order() throws {
    let store = try store(["20261125-0615-aaaa", "20261125-0616-bbbb", "20261125-0617-cccc"])
    try Data("not a log\n".utf8).write(to: URL(fileURLWithPath: store.path(of: "zzz-notes")))
    #expect(
      try store.ids() == [
        "20261125-0617-cccc", "20261125-0616-bbbb", "20261125-0615-aaaa", "zzz-notes",
      ])
    let listings = try store.list()
    #expect(listings.map(\.id).last == "zzz-notes")
    guard case .failure(let error) = listings.last?.contents else {
      Issue.record("a file that is not a log was read")
      return
    }
    #expect(
      error
        == .notASessionLog(
          path: store.path(of: "zzz-notes"), detail: "its first line is not a session header"))
  }

  @Test(
    "an id can be given whole, as a unique prefix, as a file name, or as 'last'",
    arguments: [
      ("20261125-0616-bbbb", "20261125-0616-bbbb"),
      ("20261125-0616", "20261125-0616-bbbb"),
      ("20261125-0615-aaaa.jsonl", "20261125-0615-aaaa"),
      ("last", "20261125-0617-cccc"),
    ])
  func resolve(reference: String, id: String) throws {
    let store = try store(["20261125-0615-aaaa", "20261125-0616-bbbb", "20261125-0617-cccc"])
    #expect(try store.resolve(reference) == id)
  }

  @Test("an ambiguous prefix lists the candidates; an unknown one says how to see the ids")
  func resolveFailures() throws {
    let store = try store(["20261125-0615-aaaa", "20261125-0616-bbbb"])
    #expect(
      throws: TranscriptError.ambiguousSession(
        reference: "2026", candidates: ["20261125-0616-bbbb", "20261125-0615-aaaa"])
    ) {
      try store.resolve("2026")
    }
    #expect(
      TranscriptError.ambiguousSession(reference: "2026", candidates: ["a", "b"]).description
        == "\"2026\" could be any of 2 sessions: a, b. Type more of the id.")
    let many = (1...10_001).map { String(format: "20261125-%05d", $0) }
    #expect(
      TranscriptError.ambiguousSession(reference: "2026", candidates: many).description
        == "\"2026\" could be any of 10,001 sessions: " + many.prefix(10).joined(separator: ", ")
        + " and 9,991 more. Type more of the id.")
    #expect(throws: TranscriptError.sessionNotFound(reference: "2027")) {
      try store.resolve("2027")
    }
    #expect(throws: TranscriptError.sessionNotFound(reference: "")) { try store.resolve("") }
    #expect(
      TranscriptError.sessionNotFound(reference: "2027").description
        == "No session has an id starting with \"2027\". Run 'socratic sessions list' to see them.")
    #expect(TranscriptError.sessionNotFound(reference: "x").category == .failure)
  }

  @Test("'last' in an empty or missing folder says there are no sessions yet")
  func lastWithoutSessions() throws {
    let store = SessionStore(folder: try SampleTranscripts.temporaryFolder() + "/missing")
    #expect(try store.ids().isEmpty)
    #expect(throws: TranscriptError.noSessions) { try store.resolve("last") }
    #expect(
      TranscriptError.noSessions.description
        == "There are no sessions yet. Start one with 'socratic'.")
  }

  @Test("deleting removes the log and what was set aside beside it")
  func delete() throws {
    let store = try store(["20261125-0615-aaaa", "20261125-0616-bbbb"])
    try Data("x\n".utf8).write(
      to: URL(fileURLWithPath: store.path(of: "20261125-0615-aaaa") + ".torn"))
    try store.delete(id: "20261125-0615-aaaa")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: store.folder) == [
        "20261125-0616-bbbb.jsonl"
      ])
  }

  @Test("a session still being written is not deleted; once it has ended it is")
  func deleteWhileInUse() throws {
    let folder = try SampleTranscripts.temporaryFolder()
    let store = SessionStore(folder: folder)
    var writer: SessionLogWriter? = try SessionLogWriter.create(
      SampleTranscripts.explore.header, in: folder)
    let id = try #require(writer?.header.id)
    #expect(throws: TranscriptError.sessionInUse(path: store.path(of: id))) {
      try store.delete(id: id)
    }
    #expect(FileManager.default.fileExists(atPath: store.path(of: id)))
    writer = nil
    try store.delete(id: id)
    #expect(!FileManager.default.fileExists(atPath: store.path(of: id)))
  }

  @Test(
    "a named pipe or a link to a device among the logs is skipped, naming it, without waiting",
    arguments: [
      ("fifo", "it is a named pipe, not a regular file"),
      ("zero", "it is a device, not a regular file"),
    ])
  func specialFiles(name: String, reason: String) throws {
    let store = try store(["20261125-0615-aaaa", "20261125-0616-bbbb"])
    let path = store.path(of: name)
    if name == "fifo" {
      #expect(mkfifo(path, 0o600) == 0)
    } else {
      #expect(symlink("/dev/zero", path) == 0)
    }
    #expect(try store.resolve("last") == "20261125-0616-bbbb")
    #expect(try store.resolve("20261125-0615") == "20261125-0615-aaaa")
    let listings = try store.list()
    #expect(listings.map(\.id) == ["20261125-0616-bbbb", "20261125-0615-aaaa", name])
    guard case .failure(let error) = listings.last?.contents else {
      Issue.record("a special file was read as a log")
      return
    }
    #expect(error == .cannotReadLog(path: path, reason: reason))
    #expect(throws: TranscriptError.cannotReadLog(path: path, reason: reason)) {
      try SessionLogWriter.resume(path: path)
    }
    try store.delete(id: name)
    #expect(try store.ids().count == 2)
  }

  @Test("ids resolve from file names: a prefix is found among 10,000 logs without reading them")
  func resolveFromNames() throws {
    let folder = try SampleTranscripts.temporaryFolder()
    for index in 0..<10_000 {
      // Not logs at all: resolving a prefix must not need to read them.
      let descriptor = creat(folder + String(format: "/20261125-%05d.jsonl", index), 0o600)
      #expect(descriptor >= 0)
      close(descriptor)
    }
    let store = SessionStore(folder: folder)
    #expect(try store.resolve("20261125-04321") == "20261125-04321")
    #expect(throws: TranscriptError.self) { try store.resolve("20261125-0") }
  }
}
