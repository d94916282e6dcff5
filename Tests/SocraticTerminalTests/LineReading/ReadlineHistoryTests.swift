import Testing

@testable import SocraticTerminal

@Suite("Which lines go into the history")
struct ReadlineHistoryTests {
  @Test(
    "blank lines and repeats of the newest entry are left out",
    arguments: [
      ("Tea is good.", nil, true),
      ("Tea is good.", "Coffee is better.", true),
      ("Tea is good.", "Tea is good.", false),
      ("Tea is good. ", "Tea is good.", true),
      ("", nil, false),
      ("  \t ", "x", false),
      ("line one\nline two", "line one", true),
    ] as [(String, String?, Bool)])
  func shouldRecord(line: String, newest: String?, expected: Bool) {
    #expect(ReadlineHistory.shouldRecord(line, after: newest) == expected)
  }
}
