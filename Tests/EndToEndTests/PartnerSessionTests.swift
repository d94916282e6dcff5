import Foundation
import Testing

/// The labels of the seven kinds, as a session shows them.
let kindLabels = [
  "inversion": "inversion", "clarification": "clarification", "assumptions": "assumptions",
  "evidence": "reasons and evidence", "viewpoints": "viewpoints", "implications": "implications",
  "meta": "about the question",
]

extension SessionLog {
  /// The items of every `suggestions` event, each as it is shown: "  reflect: text" or
  /// "  kind: text".
  var suggestionLines: [[String]] {
    events.filter { $0["type"] as? String == "suggestions" }.map { event in
      (event["questions"] as? [[String: String]] ?? []).map { item in
        let label =
          item["form"] == "reflection" ? "reflect" : kindLabels[item["kind"] ?? ""] ?? "?"
        return "  " + label + ": " + (item["text"] ?? "")
      }
    }
  }

  /// The events of a type, in order.
  func events(_ type: String) -> [[String: Any]] {
    events.filter { $0["type"] as? String == type }
  }
}

@Suite("A partner session with piped input")
struct PartnerSessionTests {
  @Test("a whole session: the questions on stdout, prompts on stderr, every turn in the log")
  func wholeSession() throws {
    let home = try SocraticProcess.temporaryFolder()
    let result = try SocraticProcess.run(
      ["partner", "--seed", "1"],
      stdin: "I think crypto is a scam.\n/me Isn't it obvious it's a scam?\nBecause of FTX.\n"
        + "/note blockage: he gets defensive\n/quit\n",
      home: home)
    #expect(result.status == 0)
    let log = try SessionLog.only(in: home)
    let offered = log.suggestionLines
    try #require(offered.count == 2)
    let asked = try #require(log.events("asked").first)
    let critique = try #require(asked["critique"] as? [String: Any])
    let better = try #require(critique["suggestion"] as? String)
    let expected = """

      Type what they say, and I will suggest what to say next: a reflection and up to two open questions that fit; fewer when they share something hard, push back or wind up.
      /me logs a question you asked, /they logs what they said without questions, /stage shows where the conversation is, and /help lists the commands.

      To open, invite them to say what they think:
        clarification: What's on your mind about it?
        reasons and evidence: What got you thinking about it?
        about the question: What matters most to you about this?

      Say next · stage 1 of 5, their claim
      \(offered[0].joined(separator: "\n"))
      Question 1: leading · assumptions: negative question that presumes the answer.
        Better: \(better)

      They gave a reason. Stage 3 of 5: their reasons. Ask what leads them to it, and listen for what the reasons take for granted.

      Say next · stage 3 of 5, their reasons
      \(offered[1].joined(separator: "\n"))
      Noted, as a blockage.

      Where the conversation got to
        Belief: Crypto is a scam.
        They said: 2 things
        Stages reached: claim, reasons
        What they said
          Their reasons:
            - “because of FTX”
        You said: 1 line (leading 1)
        Open questions: 0 of 1 (0%; target 70% or more)
          Questions that can't be answered with a yes or a no and push no answer; reflections and statements are not questions, and are not counted here. Below the target: next time, turn a yes-or-no question into one that opens with “what” or “how” (“Is it worth it?” → “What makes it worth it for you?”).
        Reflections: 0 for 1 question — 0 per question (fair: 1 or more per question; good: 2 or more)
          How often you gave back what was said, for each question you asked: it shows you heard before you asked more. Below fair: before your next question, give back in one sentence what they just said (“So for you, …”).
        Built on what they said last: 1 of 1 line said right after it (100%)
          Lines that took up what had just been said, rather than moving to a new point.
        Kinds covered: assumptions (1 of 7); not asked yet: what would change their mind, clarification, reasons and evidence, viewpoints, implications, about the question
          The kinds of question you asked: more kinds look at the belief from more sides.
        Leading questions: 1
          Questions that push an answer: a pushed person defends their view instead of examining it.
          - Question 1: Isn't it obvious it's a scam?
            Better: \(better)
        Notes: 1
          - he gets defensive (blockage)
        Log: \(log.path)
        Export it: socratic sessions export \(log.id) -o session.md

      """
    #expect(result.stdout == expected)
    #expect(result.stderr == String(repeating: "They said: ", count: 5))
    #expect(
      log.types == [
        "header", "stage", "they_said", "suggestions", "asked", "they_said", "stage",
        "suggestions", "note", "end",
      ])
    let said = log.events("they_said")
    #expect(said[0]["claim"] as? String == "crypto is a scam")
    #expect(said[1]["reason"] as? String == "because of FTX")
    #expect(offered[0][0] == "  reflect: So you think crypto is a scam.")
    #expect(offered[0][1].hasPrefix("  clarification: "))
    #expect(offered[1][0] == "  reflect: So for you it comes down to FTX.")
    #expect(offered[1][1].contains("FTX"))
  }

  @Test("the same seed and the same lines give the same session")
  func deterministic() throws {
    let input = "Crypto is a scam.\nBecause of FTX.\nI'm sure.\nNothing would change my mind.\n"
    let first = try SocraticProcess.run(["partner", "--seed", "4"], stdin: input)
    let second = try SocraticProcess.run(["partner", "--seed", "4"], stdin: input)
    func withoutLog(_ text: String) -> String {
      text.split(separator: "\n").filter { !$0.contains("Log:") && !$0.contains("Export it:") }
        .joined(separator: "\n")
    }
    #expect(first.status == 0)
    #expect(withoutLog(first.stdout) == withoutLog(second.stdout))
  }

  @Test("a closing line keeps its label in sessions show and the export")
  func closingLineLabelled() throws {
    let home = try SocraticProcess.temporaryFolder()
    let live = try SocraticProcess.run(
      ["partner", "--seed", "3"],
      stdin: "Allotments are a waste of council land.\n/stage close\nright I'm off, see you\n",
      home: home)
    #expect(live.stdout.contains("\n  close: "))
    let shown = try SocraticProcess.run(["sessions", "show", "last"], home: home)
    #expect(shown.stdout.contains("\n    close: "))
    let markdown = try SocraticProcess.run(["sessions", "export", "last"], home: home)
    #expect(markdown.stdout.contains("\n- **close:** "))
  }

  @Test("sessions export renders a partner session as Markdown and JSON")
  func export() throws {
    let home = try SocraticProcess.temporaryFolder()
    _ = try SocraticProcess.run(
      ["partner", "--topic", "crypto", "--seed", "2"],
      stdin: "Crypto is a scam.\n/me What makes you say that?\n", home: home)
    let markdown = try SocraticProcess.run(["sessions", "export", "last"], home: home)
    #expect(markdown.status == 0)
    #expect(markdown.stdout.hasPrefix("---\ntitle: "))
    #expect(markdown.stdout.contains("mode: \"partner\"\ntopic: \"crypto\"\n"))
    #expect(markdown.stdout.contains("### Stage: claim\n\n**They said:** Crypto is a scam.\n"))
    #expect(markdown.stdout.contains("**Offered to say next:**\n\n- **reflect:** "))
    #expect(
      markdown.stdout.contains(
        "**You asked:** What makes you say that?\n\n**Critique:** open · reasons and evidence\n"))
    let json = try SocraticProcess.run(
      ["sessions", "export", "last", "--format", "json"], home: home)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["mode"] as? String == "partner")
    let asked = try #require(object["asked"] as? [[String: Any]])
    #expect(asked.first?["text"] as? String == "What makes you say that?")
    #expect(asked.first?["form"] as? String == "open")
  }

  @Test("what they said is shown harmless and logged exactly")
  func escapes() throws {
    let home = try SocraticProcess.temporaryFolder()
    let said = "My \u{1B}[31mbitcoin\u{1B}[0m to the moon\u{07}"
    let result = try SocraticProcess.run(["partner"], stdin: said + "\n", home: home)
    #expect(result.status == 0)
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stdout.contains("\u{07}"))
    #expect(try SessionLog.only(in: home).events("they_said").first?["text"] as? String == said)
  }

  @Test("--resume picks up at the stage it was at, and appends to the same log")
  func resume() throws {
    let home = try SocraticProcess.temporaryFolder()
    _ = try SocraticProcess.run(
      ["partner", "--seed", "3"], stdin: "Crypto is a scam.\nBecause of FTX.\n", home: home)
    let before = try SessionLog.only(in: home)
    let result = try SocraticProcess.run(
      ["partner", "--resume", "last"], stdin: "Everyone I know lost money.\n", home: home)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Session \(before.id)\n"))
    #expect(
      result.stdout.contains(
        "Picking up where you left off (2 things they said), at stage 3 of 5: their reasons. "
          + "Type what they say next."))
    let after = try SessionLog.only(in: home)
    #expect(after.text.hasPrefix(before.text))
    #expect(
      Array(after.types.suffix(from: before.types.count)) == [
        "resumed", "they_said", "suggestions", "end",
      ])
  }

  @Test(
    "bad options are bad usage, with what to do",
    arguments: [
      (
        ["partner", "--topic", "cryto"],
        "Error: There is no topic 'cryto'. Did you mean 'crypto'? The topics are ai-regulation, "
          + "crypto, general, geopolitics, politics."
      ),
      (
        ["partner", "--resume", "last", "--topic", "crypto"],
        "Error: --resume continues a session with its own topic; give it without --topic."
      ),
    ])
  func badOptions(arguments: [String], message: String) throws {
    let result = try SocraticProcess.run(arguments)
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix(message))
  }

  @Test("--resume of a drill session is refused, exit 1")
  func resumeOtherMode() throws {
    let data = try SessionFixtures.dataFolder([SessionFixtures.drill])
    let result = try SocraticProcess.run(["partner", "--resume", "last", "--data-dir", data])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "Error: Session 20261126-0615-x7rt is a drill session, not a partner session, so "
        + "partner cannot continue it. Run 'socratic sessions show 20261126-0615-x7rt' to read "
        + "it.\n")
  }

  @Test(
    "a data folder that cannot be made stops partner and drill before the first prompt, exit 73",
    arguments: ["partner", "drill"])
  func unwritableDataFolder(mode: String) throws {
    let home = try SocraticProcess.temporaryFolder()
    let blocker = home.appendingPathComponent("file")
    try Data().write(to: blocker)
    let result = try SocraticProcess.run(
      [mode, "--data-dir", blocker.path + "/data"], stdin: "Crypto is a scam.\n", home: home)
    #expect(result.status == 73)
    #expect(
      result.stderr
        == "Error: Cannot keep session logs in \(blocker.path)/data/sessions: Not a directory. "
        + "Choose a folder you can write with --data-dir DIR or SOCRATIC_DATA_DIR.\n")
    #expect(result.stdout.isEmpty)
  }
}
