import Foundation
import SocraticCore
import Testing

@Suite("socratic sessions")
struct SessionsCommandTests {
  private func run(_ arguments: [String], data: String, lang: String = "C.UTF-8") throws
    -> ProcessResult
  {
    try SocraticProcess.run(arguments, environment: SessionFixtures.environment(data, lang: lang))
  }

  @Test("list in an empty store says so and how to start")
  func listEmpty() throws {
    let data = try SocraticProcess.temporaryFolder().path
    let result = try run(["sessions", "list"], data: data)
    #expect(result.status == 0)
    #expect(
      result.stdout
        == "No sessions yet in \(data)/sessions.\nStart one with 'socratic', 'socratic partner' or 'socratic drill'.\n"
    )
    #expect(result.stderr.isEmpty)
  }

  @Test("list shows every session newest first, aligned, with confidence before and after")
  func list() throws {
    let data = try SessionFixtures.dataFolder([
      SessionFixtures.explore, SessionFixtures.drill, SessionFixtures.ownBelief,
    ])
    let result = try run(["sessions", "list"], data: data)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout == """
        ID                  DATE              MODE     TOPIC   BELIEF                                    CONFIDENCE  QUESTIONS
        20261127-0615-m4pq  2026-11-27 06:15  explore  -       Remote work kills productivity for juni…  30 → 50     0
        20261126-0615-x7rt  2026-11-26 06:15  drill    ai      AI will take most jobs within ten years.  70 → 75     1
        20261125-0615-k3f9  2026-11-25 06:15  explore  crypto  Crypto is mostly used for scams.          80 → 60     1

        """)
    let ascii = try run(["sessions"], data: data, lang: "C")
    #expect(ascii.stdout.contains("Remote work kills productivity for ju...  30 -> 50"))
  }

  @Test("a broken log is listed as far as readable; a file that is not a log is named and skipped")
  func listBroken() throws {
    let data = try SessionFixtures.dataFolder([SessionFixtures.explore])
    let path = data + "/sessions/20261125-0615-k3f9.jsonl"
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("garbage\n{\"type\":\"answer\",\"at\":\"2026".utf8))
    try handle.close()
    try Data("hello\n".utf8).write(to: URL(fileURLWithPath: data + "/sessions/notes.jsonl"))
    let result = try run(["sessions", "list"], data: data)
    #expect(result.status == 0)
    #expect(result.stdout.contains("20261125-0615-k3f9  2026-11-25 06:15  explore  crypto"))
    #expect(
      result.stderr == """
        Warning: \(path) line 11 is not valid JSON; skipped.
        Warning: \(path) line 12 was cut off (socratic stopped while writing it); skipped.
        Warning: \(data)/sessions/notes.jsonl is not a socratic session log: its first line is not a session header. Not listed.

        """)
    #expect(
      try String(contentsOfFile: path, encoding: .utf8).hasSuffix("\"at\":\"2026"),
      "never rewritten")
  }

  @Test("show prints a readable transcript, with escape sequences from the log removed")
  func show() throws {
    let data = try SessionFixtures.dataFolder([SessionFixtures.explore, SessionFixtures.drill])
    let result = try run(["sessions", "show", "20261125"], data: data)
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        Session 20261125-0615-k3f9
        explore · topic crypto · started 2026-11-25 06:15 · ended 2026-11-25 06:16

        You believe: Crypto is mostly used for scams.
          Understood as: crypto is mostly used for scams
          Inverted: crypto is not mostly used for scams
        Confidence before: 80

        Question 1 · inversion
        Why might crypto not be mostly used for scams?
          People send money home.
          Fees are lower.

        Question 2 · reasons and evidence · follow-up to 1
        What have you seen?
          (skipped)
        Confidence after: 60

        Notes
          Assumption, after question 2: I assume the news is typical.

        Summary
          Confidence: 80 → 60 (-20)
          Answered: 1 question (inversion 1)
          Skipped: 1 question (reasons and evidence 1)
          What you said
            What you granted:
              - people send money home
          Notes: 1

        """)
    #expect(!result.stdout.contains("\u{1B}"))
  }

  @Test(
    "an id that matches no session, or several, is a failure with a message (exit 1)",
    arguments: [
      (
        ["sessions", "show", "2025"],
        "Error: No session has an id starting with \"2025\". Run 'socratic sessions list' to see them.\n"
      ),
      (
        ["sessions", "export", "2026"],
        "Error: \"2026\" could be any of 2 sessions: 20261126-0615-x7rt, 20261125-0615-k3f9. Type more of the id.\n"
      ),
      (
        ["sessions", "delete", "nope", "--yes"],
        "Error: No session has an id starting with \"nope\". Run 'socratic sessions list' to see them.\n"
      ),
    ])
  func unknownID(arguments: [String], message: String) throws {
    let data = try SessionFixtures.dataFolder([SessionFixtures.explore, SessionFixtures.drill])
    let result = try run(arguments, data: data)
    #expect(result.status == 1)
    #expect(result.stderr == message)
    #expect(result.stdout.isEmpty)
  }

  @Test("a file that is not a session log cannot be shown (exit 65)")
  func notALog() throws {
    let data = try SessionFixtures.dataFolder([])
    try FileManager.default.createDirectory(
      atPath: data + "/sessions", withIntermediateDirectories: true)
    try Data("{}\n".utf8).write(to: URL(fileURLWithPath: data + "/sessions/x.jsonl"))
    let result = try run(["sessions", "show", "x"], data: data)
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "Error: \(data)/sessions/x.jsonl is not a socratic session log: its first line is not a session header.\n"
    )
  }

  @Test("export writes Markdown to standard output by default, exactly what the exporter makes")
  func exportToStandardOutput() throws {
    let data = try SessionFixtures.dataFolder([SessionFixtures.explore])
    let result = try run(["sessions", "export", "last"], data: data)
    #expect(result.status == 0)
    #expect(result.stdout == MarkdownExporter.render(SessionFixtures.explore))
    #expect(result.stderr.isEmpty)
    let json = try run(["sessions", "export", "last", "--format", "json", "-o", "-"], data: data)
    #expect(json.stdout == JSONExporter.render(SessionFixtures.explore))
  }

  @Test("export -o writes the file and says so on standard error")
  func exportToFile() throws {
    let data = try SessionFixtures.dataFolder([SessionFixtures.explore])
    let target = data + "/out.md"
    let result = try run(["sessions", "export", "2026", "-o", target], data: data)
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "Exported session 20261125-0615-k3f9 to \(target).\n")
    #expect(
      try String(contentsOfFile: target, encoding: .utf8)
        == MarkdownExporter.render(SessionFixtures.explore))
  }

  @Test("export refuses a folder, or a folder that does not exist (exit 73)")
  func exportRefusals() throws {
    let data = try SessionFixtures.dataFolder([SessionFixtures.explore])
    let folder = try run(["sessions", "export", "last", "-o", data], data: data)
    #expect(folder.status == 73)
    #expect(
      folder.stderr
        == "Error: Cannot export to \(data): it is a folder. Give a file name, such as \(data)/session.md.\n"
    )
    let missing = try run(["sessions", "export", "last", "-o", data + "/no/x.md"], data: data)
    #expect(missing.status == 73)
    #expect(
      missing.stderr
        == "Error: Cannot export to \(data)/no/x.md: the folder \(data)/no does not exist. Create it first, or choose another place.\n"
    )
  }

  @Test("an export that fails half-way leaves the old file whole and no temporary file behind")
  func exportFailureLeavesNothing() throws {
    var big = SessionFixtures.explore
    big.events.append(
      SessionEvent(
        .note(.init(text: String(repeating: "long note ", count: 1000))), at: SessionFixtures.at(62)
      ))
    let data = try SessionFixtures.dataFolder([big])
    let folder = data + "/out"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data("the old export\n".utf8).write(to: URL(fileURLWithPath: folder + "/x.md"))
    // A file size limit of 4 KiB makes the write fail with EFBIG part of the way through.
    let result = try SocraticProcess.run(
      [
        "-c", "trap '' XFSZ; ulimit -f 4; exec \"$0\" \"$@\"", SocraticProcess.executable.path,
        "sessions", "export", "last", "-o", folder + "/x.md",
      ],
      environment: SessionFixtures.environment(data), executable: URL(fileURLWithPath: "/bin/sh"))
    #expect(result.status == 73)
    #expect(
      result.stderr
        == "Error: Cannot write \(folder)/x.md: File too large. Nothing was written there.\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["x.md"])
    #expect(try String(contentsOfFile: folder + "/x.md", encoding: .utf8) == "the old export\n")
  }

  @Test("delete asks on a terminal; without one it needs --yes, and says so")
  func deleteNeedsYes() throws {
    let data = try SessionFixtures.dataFolder([SessionFixtures.explore])
    let refused = try run(["sessions", "delete", "last"], data: data)
    #expect(refused.status == 1)
    #expect(
      refused.stderr
        == "Error: Not deleting 20261125-0615-k3f9: standard input is not a terminal, so there is no one to ask. Run 'socratic sessions delete 20261125-0615-k3f9 --yes' to delete it without asking.\n"
    )
    #expect(FileManager.default.fileExists(atPath: data + "/sessions/20261125-0615-k3f9.jsonl"))
    let deleted = try run(["sessions", "delete", "last", "--yes"], data: data)
    #expect(deleted.status == 0)
    #expect(deleted.stdout == "Deleted session 20261125-0615-k3f9.\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: data + "/sessions").isEmpty)
  }

  @Test("a data folder that is not a folder is reported, not crashed on")
  func dataFolderIsAFile() throws {
    let root = try SocraticProcess.temporaryFolder().path
    try Data().write(to: URL(fileURLWithPath: root + "/file"))
    let result = try run(["sessions", "list"], data: root + "/file")
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "Error: Cannot list the sessions in \(root)/file/sessions: Not a directory.\n")
  }
}
