import Testing

@testable import SocraticTerminal

@Suite("Which lines go into the history")
struct ReadlineHistoryTests {
  @Test(
    "blank lines, repeats of the newest entry and lines over 64 KiB are left out",
    arguments: [
      ("Tea is good.", nil, true),
      ("Tea is good.", "Coffee is better.", true),
      ("Tea is good.", "Tea is good.", false),
      ("Tea is good. ", "Tea is good.", true),
      ("", nil, false),
      ("  \t ", "x", false),
      ("line one\nline two", "line one", true),
      (String(repeating: "a", count: 65_536), nil, true),
      (String(repeating: "a", count: 65_537), nil, false),
    ] as [(String, String?, Bool)])
  func shouldRecord(line: String, newest: String?, expected: Bool) {
    #expect(ReadlineHistory.shouldRecord(line, after: newest) == expected)
  }
}
