import Foundation
import Testing

@Suite("A session with piped input")
struct PipedSessionTests {
  @Test("a whole session runs from piped lines: the transcript on stdout, prompts on stderr")
  func wholeSession() throws {
    let home = try SocraticProcess.temporaryFolder()
    let belief = "Remote work hurts junior developers."
    let result = try SocraticProcess.run(
      ["--belief", belief, "--seed", "11"],
      stdin:
        "y\n80%\nThey miss the chats by the coffee machine.\n/note assumption: offices teach\n/quit\n60\n",
      home: home)
    #expect(result.status == 0)
    let log = try SessionLog.only(in: home)
    let questions = log.questions
    try #require(questions.count == 2)
    // What leads them to the belief, asked with it named.
    #expect(
      questions[0].contains(" think ")
        && questions[0].hasSuffix("remote work hurts junior developers?"))
    let expected = """

      You believe: Remote work hurts junior developers.
        Understood as: remote work hurts junior developers
        Inverted: remote work does not hurt junior developers
      Type y to go on, or put the belief in other words.

      How confident are you that remote work hurts junior developers? Give a number from 0 (not at all) to 100 (certain).
      So you're fairly sure, 80 out of 100, that remote work hurts junior developers.
      Answer in your own words. /skip moves on, /why says what a question is for, /help lists the commands.

      Question 1 · reasons and evidence
      \(questions[0])
      You're saying they miss the chats by the coffee machine.

      Question 2 · reasons and evidence · follow-up to 1
      \(questions[1])
      Noted, as an assumption.

      How confident are you now that remote work hurts junior developers, from 0 to 100? /skip leaves it unrated.

      Where you ended up
        Belief: Remote work hurts junior developers.
        Inverted: remote work does not hurt junior developers
        Confidence: 80 → 60 (-20)
        Answered: 1 question (reasons and evidence 1)
        Skipped: 0 questions
        What you said
          Your reasons:
            - they miss the chats by the coffee machine
        Notes: 1
          - offices teach (assumption)
        Log: \(log.path)
        Export it: socratic sessions export \(log.id) -o session.md

      """
    #expect(result.stdout == expected)
    #expect(
      result.stderr
        == "Is that what you mean? (y/n) Confidence (0-100): > > > Confidence (0-100): ")
    #expect(
      log.types == [
        "header", "belief", "confidence", "reflection", "question", "answer", "reflection",
        "question", "note", "confidence", "end",
      ])
    #expect(log.answers == ["They miss the chats by the coffee machine."])
  }

  @Test("the same seed and the same lines give the same transcript")
  func deterministic() throws {
    let input = "2\n1\ny\n70\nBecause fees are lower.\nNo idea.\nEveryone I know lost money.\n"
    let first = try SocraticProcess.run(["--seed", "4"], stdin: input)
    let second = try SocraticProcess.run(["--seed", "4"], stdin: input)
    func withoutLog(_ text: String) -> String {
      text.split(separator: "\n").filter { !$0.contains("Log:") && !$0.contains("Export it:") }
        .joined(separator: "\n")
    }
    #expect(first.status == 0)
    #expect(withoutLog(first.stdout) == withoutLog(second.stdout))
    #expect(first.stdout.contains("follow-up to 1"))
  }

  @Test("escape sequences typed are shown harmless and logged exactly")
  func escapesAreSanitised() throws {
    let home = try SocraticProcess.temporaryFolder()
    let answer = "\u{1B}[2J\u{1B}]0;pwned\u{07}Fees are \u{1B}[31mlower\u{1B}[0m."
    let result = try SocraticProcess.run(
      ["--belief", "Tea is \u{1B}[1mgood\u{1B}[0m.", "--no-color"],
      stdin: "y\n50\n\(answer)\n", home: home)
    #expect(result.status == 0)
    #expect(result.stdout.contains("You believe: Tea is good."))
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stderr.contains("\u{1B}"))
    #expect(try SessionLog.only(in: home).answers == [answer])
  }

  @Test("a line that is not UTF-8 is refused naming the byte, never kept altered")
  func invalidUTF8() throws {
    let home = try SocraticProcess.temporaryFolder()
    let bytes =
      Data("My caf".utf8) + Data([0xC3, 0x28, 0xFF]) + Data(" is fine.\nTea is fine.\ny\n50\n".utf8)
      + Data([0xFE, 0xFE]) + Data(" answer\nAn answer.\n".utf8)
    let result = try SocraticProcess.run([], stdinBytes: bytes, home: home)
    #expect(result.status == 0)
    #expect(result.stdout.contains("You believe: Tea is fine."))
    #expect(
      result.stderr.contains(
        "That line was not kept: its byte 7 (0xC3) is not UTF-8, so it cannot be kept as typed."))
    #expect(result.stderr.contains("its byte 1 (0xFE) is not UTF-8"))
    #expect(!result.stdout.contains("\u{FFFD}"))
    #expect(try SessionLog.only(in: home).answers == ["An answer."])
  }

  @Test("empty input ends the session quietly with exit 0 and leaves no log")
  func emptyInput() throws {
    let home = try SocraticProcess.temporaryFolder()
    let result = try SocraticProcess.run([], stdin: "", home: home)
    #expect(result.status == 0)
    #expect(!result.stdout.contains("You believe"))
    let sessions = home.appendingPathComponent(".local/share/socratic/sessions")
    #expect(try FileManager.default.contentsOfDirectory(atPath: sessions.path).isEmpty)
  }

  @Test("binary garbage piped in is read as text, shown harmless, and nothing crashes")
  func binaryGarbage() throws {
    var generator = SystemRandomNumberGenerator()
    var bytes = Data((0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
    bytes += Data("\nTea is good.\ny\n50\n".utf8)
    bytes += Data((0..<50_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
    let result = try SocraticProcess.run([], stdinBytes: bytes)
    #expect(result.status == 0)
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test("a 10 MB line is refused with a message and not logged; the session goes on")
  func hugeLine() throws {
    let home = try SocraticProcess.temporaryFolder()
    let huge = String(repeating: "word ", count: 2_000_000)
    let result = try SocraticProcess.run(
      ["--belief", "Tea is good."], stdin: "y\n50\n\(huge)\nA short answer.\n", home: home)
    #expect(result.status == 0)
    #expect(
      result.stdout.contains(
        "That line is 10,000,000 bytes long; the most one line may hold is 65,536 (64 KiB). "
          + "Nothing of it was kept: say it in fewer words."))
    let log = try SessionLog.only(in: home)
    #expect(log.answers == ["A short answer."])
    #expect(log.text.utf8.count < 10_000)
  }

  @Test("/export writes the session so far, as Markdown or JSON")
  func export() throws {
    let home = try SocraticProcess.temporaryFolder()
    let result = try SocraticProcess.run(
      ["--belief", "Tea is good."],
      stdin: "y\n50\nIt tastes fine.\n/export notes.md\n/export notes.json\n/export\n", home: home,
      workingDirectory: home)
    #expect(result.status == 0)
    let id = try SessionLog.only(in: home).id
    #expect(result.stdout.contains("Exported the session to notes.md.\n"))
    #expect(result.stdout.contains("Exported the session to notes.json.\n"))
    #expect(result.stdout.contains("Exported the session to socratic-\(id).md.\n"))
    let markdown = try String(
      contentsOf: home.appendingPathComponent("notes.md"), encoding: .utf8)
    #expect(markdown.hasPrefix("---\n"))
    #expect(markdown.contains("It tastes fine."))
    let json = try Data(contentsOf: home.appendingPathComponent("notes.json"))
    let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
    #expect(object?["format"] as? String == "socratic-session-export")
  }

  @Test("/export to a folder that does not exist says so, and the session goes on")
  func exportFails() throws {
    let result = try SocraticProcess.run(
      ["--belief", "Tea is good."], stdin: "y\n50\n/export /nonexistent/x.md\nFine.\n")
    #expect(result.status == 0)
    #expect(
      result.stderr.contains(
        "Error: Cannot export to /nonexistent/x.md: the folder /nonexistent does not exist."))
    #expect(result.stdout.contains("Question 2"))
  }
}

@Suite("Starting and resuming a session")
struct SessionStartTests {
  @Test("a data folder that cannot be made stops the session before it starts, exit 73")
  func unwritableDataFolder() throws {
    let home = try SocraticProcess.temporaryFolder()
    let blocker = home.appendingPathComponent("file")
    try Data().write(to: blocker)
    let result = try SocraticProcess.run(
      ["--data-dir", blocker.path + "/data"], stdin: "Tea is good.\n", home: home)
    #expect(result.status == 73)
    #expect(
      result.stderr
        == "Error: Cannot keep session logs in \(blocker.path)/data/sessions: Not a directory. "
        + "Choose a folder you can write with --data-dir DIR or SOCRATIC_DATA_DIR.\n")
    #expect(result.stdout.isEmpty)
  }

  @Test("--topic with an unknown id is bad usage, with the closest id")
  func unknownTopic() throws {
    let result = try SocraticProcess.run(["--topic", "cryto"])
    #expect(result.status == 64)
    #expect(
      result.stderr.hasPrefix(
        "Error: There is no topic 'cryto'. Did you mean 'crypto'? The topics are ai-regulation, "
          + "crypto, general, geopolitics, politics."))
  }

  @Test("--resume with --belief or --topic is bad usage")
  func resumeWithBelief() throws {
    let result = try SocraticProcess.run(["--resume", "last", "--belief", "Tea is good."])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--resume continues a session with its own topic and belief"))
  }

  @Test("--resume of an unknown session says how to find one, exit 1")
  func resumeUnknown() throws {
    let result = try SocraticProcess.run(["--resume", "2099"])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "Error: No session has an id starting with \"2099\". Run 'socratic sessions list' to "
        + "see them.\n")
  }

  @Test("--resume of a file that is not a log is refused, exit 65, the file untouched")
  func resumeGarbage() throws {
    let data = try SocraticProcess.temporaryFolder()
    let sessions = data.appendingPathComponent("sessions")
    try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
    let garbage = sessions.appendingPathComponent("20270101-0000-zzzz.jsonl")
    let bytes = Data([0x00, 0xFF, 0x7B, 0x0A, 0x41])
    try bytes.write(to: garbage)
    let result = try SocraticProcess.run(["--resume", "2027", "--data-dir", data.path])
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("Error: \(garbage.path) is not a socratic session log"))
    #expect(try Data(contentsOf: garbage) == bytes)
  }

  @Test("--resume of a drill session is refused, exit 1")
  func resumeDrill() throws {
    let data = try SessionFixtures.dataFolder([SessionFixtures.drill])
    let result = try SocraticProcess.run(["--resume", "last", "--data-dir", data])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "Error: Session 20261126-0615-x7rt is a drill session, not an explore session, so "
        + "explore cannot continue it. Run 'socratic sessions show 20261126-0615-x7rt' to read "
        + "it.\n")
  }

  @Test("--resume shows the session so far, picks up, and appends to the same log")
  func resume() throws {
    let home = try SocraticProcess.temporaryFolder()
    let first = try SocraticProcess.run(
      ["--belief", "Tea is good.", "--seed", "2"], stdin: "y\n50\nIt tastes fine.\n", home: home)
    #expect(first.status == 0)
    let before = try SessionLog.only(in: home)
    let result = try SocraticProcess.run(
      ["--resume", "last", "--seed", "2"], stdin: "Some of them do.\n/quit\n45\n", home: home)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Session \(before.id)\n"))
    #expect(result.stdout.contains("It tastes fine."))
    #expect(
      result.stdout.contains(
        "Picking up where you left off (1 question answered): question 2 waits for your answer."))
    let after = try SessionLog.only(in: home)
    #expect(after.text.hasPrefix(before.text))
    #expect(after.answers == ["It tastes fine.", "Some of them do."])
    #expect(Array(after.types.suffix(from: before.types.count).prefix(1)) == ["resumed"])
    #expect(Set(after.questions).count == after.questions.count)
  }

  @Test("a torn last line is set aside with a warning, and the session goes on")
  func tornLine() throws {
    let home = try SocraticProcess.temporaryFolder()
    _ = try SocraticProcess.run(
      ["--belief", "Tea is good."], stdin: "y\n50\nIt tastes fine.\n", home: home)
    let log = try SessionLog.only(in: home)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log.path))
    try handle.seekToEnd()
    try handle.write(
      contentsOf: Data("{\"at\":\"2027-01-01T00:00:00.000Z\",\"question\":2,\"te".utf8))
    try handle.close()
    let result = try SocraticProcess.run(["--resume", "last"], stdin: "Fine.\n", home: home)
    #expect(result.status == 0)
    #expect(result.stderr.hasPrefix("Warning: \(log.path) line \(log.events.count + 1)"))
    #expect(FileManager.default.fileExists(atPath: log.path + ".torn"))
    #expect(try SessionLog.only(in: home).answers.last == "Fine.")
  }

  @Test("a write that fails mid-session is told at once; the turn is kept and /export saves it")
  func writeFailure() throws {
    let home = try SocraticProcess.temporaryFolder()
    // Files this process writes may not grow past 2 KiB (4 blocks of 512 bytes), so the log
    // fills up after a few events while a Markdown export, with no JSON around the words, fits.
    let result = try SocraticProcess.run(
      [
        "-c", "ulimit -f 4 && exec \"$0\" --belief 'Tea is good.' --seed 1",
        SocraticProcess.executable.path,
      ],
      stdin:
        "y\n50\nTea calms.\nGran drank it.\nIt warms.\nIt tastes good.\nIt is cheap.\n"
        + "/summary\n/export \(home.path)/saved.md\n",
      executable: URL(fileURLWithPath: "/bin/sh"), home: home)
    #expect(result.status == 0)
    let failure = try #require(result.stderr.range(of: "Error: Cannot save to the session log "))
    #expect(result.stderr[failure.upperBound...].contains("File too large."))
    #expect(result.stderr.contains("kept in memory; /export FILE saves the session elsewhere."))
    #expect(result.stdout.contains("Answered: 5 questions"))
    #expect(result.stdout.contains("without the last"))
    let saved = try String(contentsOf: home.appendingPathComponent("saved.md"), encoding: .utf8)
    for answer in ["Tea calms.", "Gran drank it.", "It warms.", "It tastes good.", "It is cheap."] {
      #expect(saved.contains(answer))
    }
  }
}
