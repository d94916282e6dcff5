import SocraticCore
import Testing

@Suite("Numbers in a log are read only within what a session can write")
struct LoggedNumberRangesTests {
  static let header =
    #"{"type":"header","at":"2026-11-25T06:15:03.120Z","format":"socratic-session","format_version":1,"id":"20261125-0615-k3f9","mode":"explore"}"#
  static let at = #""at":"2026-11-25T06:16:00Z""#

  @Test(
    "a line with a number out of range is skipped with a warning naming file, line and value",
    arguments: [
      (
        #"{"type":"confidence",\#(at),"value":1000,"moment":"before"}"#,
        #"x.jsonl line 2 is an event of type "confidence" with "value": 1000, outside 0–100; skipped."#
      ),
      (
        #"{"type":"confidence",\#(at),"value":-700,"moment":"after"}"#,
        #"x.jsonl line 2 is an event of type "confidence" with "value": -700, outside 0–100; skipped."#
      ),
      (
        #"{"type":"confidence",\#(at),"value":-9223372036854775808,"moment":"after"}"#,
        #"x.jsonl line 2 is an event of type "confidence" with "value": -9223372036854775808, outside 0–100; skipped."#
      ),
      (
        #"{"type":"question",\#(at),"number":9223372036854775807,"kind":"meta","text":"Why?","source":"engine"}"#,
        #"x.jsonl line 2 is an event of type "question" with "number": 9223372036854775807, outside 1–1000000000; skipped."#
      ),
      (
        #"{"type":"question",\#(at),"number":3,"kind":"meta","text":"Why?","source":"follow_up","follows":0}"#,
        #"x.jsonl line 2 is an event of type "question" with "follows": 0, outside 1–1000000000; skipped."#
      ),
      (
        #"{"type":"reflection",\#(at),"text":"So you think so.","reflects":-3,"depth":"simple"}"#,
        #"x.jsonl line 2 is an event of type "reflection" with "reflects": -3, outside 0–1000000000; skipped."#
      ),
      (
        #"{"type":"answer",\#(at),"question":-1,"text":"Yes."}"#,
        #"x.jsonl line 2 is an event of type "answer" with "question": -1, outside 1–1000000000; skipped."#
      ),
      (
        #"{"type":"persona",\#(at),"belief":"Tea is best.","confidence":5000000000000000000,"reasons":[]}"#,
        #"x.jsonl line 2 is an event of type "persona" with "confidence": 5000000000000000000, outside 0–100; skipped."#
      ),
      (
        #"{"type":"persona_confidence",\#(at),"value":101}"#,
        #"x.jsonl line 2 is an event of type "persona_confidence" with "value": 101, outside 0–100; skipped."#
      ),
      (
        #"{"type":"thread",\#(at),"number":9223372036854775807}"#,
        #"x.jsonl line 2 is an event of type "thread" with "number": 9223372036854775807, outside 1–1000000000; skipped."#
      ),
    ])
  func outOfRange(line: String, warning: String) throws {
    let text = Self.header + "\n" + line + "\n"
    let contents = try SessionLogReader.parse(Array(text.utf8), path: "x.jsonl")
    #expect(contents.transcript.events.isEmpty)
    #expect(contents.warnings.map(\.description) == [warning])
  }

  @Test("the edges of each range are read")
  func edges() throws {
    let lines = [
      #"{"type":"confidence",\#(Self.at),"value":0,"moment":"before"}"#,
      #"{"type":"confidence",\#(Self.at),"value":100,"moment":"after"}"#,
      #"{"type":"skip",\#(Self.at),"question":1000000000}"#,
    ]
    let text = ([Self.header] + lines).joined(separator: "\n") + "\n"
    let contents = try SessionLogReader.parse(Array(text.utf8), path: "x.jsonl")
    #expect(contents.transcript.events.count == 3)
    #expect(contents.warnings.isEmpty)
  }

  @Test("summaries and stats over logs with extreme values do not trap")
  func arithmeticOverExtremeLogs() throws {
    let lines = [
      #"{"type":"confidence",\#(Self.at),"value":-9223372036854775808,"moment":"before"}"#,
      #"{"type":"confidence",\#(Self.at),"value":9223372036854775807,"moment":"after"}"#,
      #"{"type":"confidence",\#(Self.at),"value":10,"moment":"before"}"#,
      #"{"type":"confidence",\#(Self.at),"value":90,"moment":"after"}"#,
    ]
    let text = ([Self.header] + lines).joined(separator: "\n") + "\n"
    let contents = try SessionLogReader.parse(Array(text.utf8), path: "x.jsonl")
    let summary = SessionSummary(contents.transcript)
    #expect(summary.confidenceShift == 80)
    let stats = SessionStats([summary, summary])
    #expect(stats.averageShift == 80)
    #expect(MarkdownExporter.render(contents.transcript).contains("10 → 90"))
  }
}

@Suite("Warnings about damaged logs are summarised")
struct SessionLogWarningSummaryTests {
  @Test("a log of many bad lines gives its first warnings and one line counting the rest")
  func manyBadLines() throws {
    let header = LoggedNumberRangesTests.header
    let text = header + "\n" + String(repeating: "garbage\n", count: 200_000)
    let contents = try SessionLogReader.parse(Array(text.utf8), path: "x.jsonl")
    #expect(contents.warnings.count == 200_000)
    #expect(
      SessionLogWarning.summarized(contents.warnings) == [
        "x.jsonl line 2 is not valid JSON; skipped.",
        "x.jsonl line 3 is not valid JSON; skipped.",
        "x.jsonl line 4 is not valid JSON; skipped.",
        "x.jsonl line 5 is not valid JSON; skipped.",
        "x.jsonl line 6 is not valid JSON; skipped.",
        "x.jsonl: 199,995 more lines could not be read and were skipped.",
      ])
  }

  @Test("a few warnings are shown as they are, for each log")
  func fewWarnings() {
    let warnings = [
      SessionLogWarning(path: "a.jsonl", line: 2, problem: .notJSON),
      SessionLogWarning(path: "b.jsonl", line: 7, problem: .tornLastLine),
    ]
    #expect(SessionLogWarning.summarized(warnings) == warnings.map(\.description))
  }
}
