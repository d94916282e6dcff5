import Foundation
import SocraticCore
import Testing

@Suite("Reading session logs as far as they are readable")
struct SessionLogReaderTests {
  static let header =
    #"{"type":"header","at":"2026-11-25T06:15:03.120Z","format":"socratic-session","format_version":1,"id":"20261125-0615-k3f9","mode":"explore"}"#
  static let answer = #"{"type":"answer","at":"2026-11-25T06:16:00Z","question":1,"text":"Yes."}"#
  static let skip = #"{"type":"skip","at":"2026-11-25T06:16:10Z","question":2}"#

  private func read(_ text: String) throws(TranscriptError) -> SessionLogContents {
    try SessionLogReader.parse(Array(text.utf8), path: "x.jsonl")
  }

  @Test(
    "each broken line is skipped with a warning naming it; the rest is read",
    arguments: [
      (
        "garbage", "not json at all\n",
        "x.jsonl line 3 is not valid JSON; skipped."
      ),
      (
        "unknown type", #"{"type":"hologram","at":"2026-11-25T06:16:05Z","x":1}"# + "\n",
        "x.jsonl line 3 has an event type this version does not know (\"hologram\"), probably written by a newer socratic; skipped."
      ),
      (
        "missing key", #"{"type":"answer","at":"2026-11-25T06:16:05Z","text":"No."}"# + "\n",
        "x.jsonl line 3 is an event of type \"answer\" that this version cannot read (\"question\" is missing); skipped."
      ),
      (
        "wrong type",
        #"{"type":"confidence","at":"2026-11-25T06:16:05Z","value":"high","moment":"before"}"#
          + "\n",
        "x.jsonl line 3 is an event of type \"confidence\" that this version cannot read (\"value\" has a value of the wrong type); skipped."
      ),
      (
        "bad time", #"{"type":"skip","at":"yesterday","question":1}"# + "\n",
        "x.jsonl line 3 is an event of type \"skip\" that this version cannot read (\"at\": \"yesterday\" is not an ISO 8601 UTC time); skipped."
      ),
      (
        "unknown question kind",
        #"{"type":"question","at":"2026-11-25T06:16:05Z","number":1,"kind":"vibes","text":"?","source":"engine"}"#
          + "\n",
        "x.jsonl line 3 is an event of type \"question\" that this version cannot read (\"kind\": Cannot initialize QuestionKind from invalid String value vibes); skipped."
      ),
      (
        "not an object", "[1, 2]\n",
        "x.jsonl line 3 is an event that this version cannot read (it is not a JSON object); skipped."
      ),
      (
        "raw control character in a string",
        "{\"type\":\"answer\",\"at\":\"2026-11-25T06:16:05Z\",\"question\":1,\"text\":\"\u{1}\"}\n",
        "x.jsonl line 3 is not valid JSON; skipped."
      ),
    ])
  func brokenLine(name: String, line: String, warning: String) throws {
    let contents = try read(Self.header + "\n" + Self.answer + "\n" + line + Self.skip + "\n")
    #expect(contents.transcript.events.map(\.payload.type).prefix(1) == ["answer"], "\(name)")
    #expect(contents.transcript.events.last?.payload.type == "skip")
    #expect(contents.warnings.map(\.description) == [warning], "\(name)")
    #expect(contents.transcript.events.count == 2)
  }

  @Test("bytes that are not UTF-8 make a line that is not valid JSON, and nothing else")
  func invalidUTF8() throws {
    let bytes =
      Array((Self.header + "\n").utf8) + [0x7B, 0xFF, 0xFE, 0x7D, 0x0A]
      + Array((Self.skip + "\n").utf8)
    let contents = try SessionLogReader.parse(bytes, path: "x.jsonl")
    #expect(contents.transcript.events.map(\.payload.type) == ["skip"])
    #expect(contents.warnings.map(\.description) == ["x.jsonl line 2 is not valid JSON; skipped."])
  }

  @Test("a cut-off last line is skipped with a warning and reported as torn")
  func tornLastLine() throws {
    let contents = try read(
      Self.header + "\n" + Self.answer + "\n" + #"{"type":"skip","at":"2026-11"#)
    #expect(contents.transcript.events.count == 1)
    #expect(contents.isLastLineTorn)
    #expect(contents.lineCount == 3)
    #expect(
      contents.warnings.map(\.description)
        == ["x.jsonl line 3 was cut off (socratic stopped while writing it); skipped."])
  }

  @Test("a newer format version is read as far as this version understands, with a warning")
  func newerFormat() throws {
    let header = Self.header.replacingOccurrences(
      of: "\"format_version\":1", with: "\"format_version\":3")
    let contents = try read(
      header + "\n" + Self.answer + "\n" + #"{"type":"telepathy","at":"2026-11-25T06:16:05Z"}"#
        + "\n")
    #expect(contents.transcript.header.formatVersion == 3)
    #expect(contents.transcript.events.count == 1)
    #expect(
      contents.warnings.map(\.description) == [
        "x.jsonl is in log format 3, newer than this version's 1; showing what this version understands.",
        "x.jsonl line 3 has an event type this version does not know (\"telepathy\"), probably written by a newer socratic; skipped.",
      ])
  }

  @Test("unknown keys of known events are ignored without a warning")
  func unknownKeys() throws {
    let contents = try read(
      Self.header + "\n"
        + #"{"type":"skip","at":"2026-11-25T06:16:05Z","question":4,"mood":"bored"}"# + "\n")
    #expect(
      contents.transcript.events == [
        SessionEvent(.skip(.init(question: 4)), at: Timestamp.date(from: "2026-11-25T06:16:05Z")!)
      ])
    #expect(contents.warnings.isEmpty)
  }

  @Test(
    "a file that is not a session log is an error (exit 65)",
    arguments: [
      ("", "x.jsonl is not a socratic session log: the file is empty."),
      ("hello\n", "x.jsonl is not a socratic session log: its first line is not a session header."),
      (
        #"{"type":"header","format":"other-thing"}"# + "\n",
        "x.jsonl is not a socratic session log: its first line is not a session header."
      ),
      (
        #"{"type":"header","at":"2026-11-25T06:15:03Z","format":"socratic-session","format_version":2,"id":"x","mode":"debate"}"#
          + "\n",
        "x.jsonl is not a socratic session log: its header cannot be read by this version (\"mode\": Cannot initialize SessionMode from invalid String value debate); a newer socratic may have written it."
      ),
      (
        #"{"type":"header","at":"2026-13-45T99:15:03Z","format":"socratic-session","format_version":1,"id":"x","mode":"explore"}"#
          + "\n",
        "x.jsonl is not a socratic session log: its header is damaged (\"at\": \"2026-13-45T99:15:03Z\" is not an ISO 8601 UTC time)."
      ),
      (
        SessionLogReaderTests.answer + "\n" + SessionLogReaderTests.header + "\n",
        "x.jsonl is not a socratic session log: its first line is not a session header."
      ),
    ])
  func notALog(text: String, message: String) {
    do {
      _ = try read(text)
      Issue.record("read without an error")
    } catch {
      #expect(error.description == message)
      #expect(error.category == .badInput)
    }
  }

  @Test("a missing file is an error naming it")
  func missingFile() {
    #expect(
      throws: TranscriptError.cannotReadLog(
        path: "/nonexistent/x.jsonl", reason: "No such file or directory")
    ) {
      try SessionLogReader.read(path: "/nonexistent/x.jsonl")
    }
  }
}
