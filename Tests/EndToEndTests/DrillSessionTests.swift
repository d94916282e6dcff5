import Foundation
import Testing

@Suite("A drill session with piped input")
struct DrillSessionTests {
  @Test("a whole drill: the persona, each question coached and answered, then the scorecard")
  func wholeSession() throws {
    let home = try SocraticProcess.temporaryFolder()
    let result = try SocraticProcess.run(
      ["drill", "--topic", "crypto", "--seed", "2"],
      stdin:
        "What evidence do you have for that?\nIsn't crypto just hype?\n/quit\n",
      home: home)
    #expect(result.status == 0)
    let log = try SessionLog.only(in: home)
    let persona = try #require(log.events("persona").first)
    let belief = try #require(persona["belief"] as? String)
    let start = try #require(persona["confidence"] as? Int)
    let reasons = try #require(persona["reasons"] as? [String])
    let replies = log.events("persona_reply").compactMap { $0["text"] as? String }
    let critiques = log.events("asked").compactMap { $0["critique"] as? [String: Any] }
    // A leading question gets one of the persona's short, firm lines, never a flat "No", after
    // what it pushed about, if it named anything ("Hype? …").
    let dugIn = replies.last ?? ""
    #expect(
      [
        "I've heard that before, and I'm not convinced.",
        "I can see why you'd put it that way, but it isn't how it looks from where I stand.",
        "That's not how I see it, and you won't talk me into it.",
        "You're putting words in my mouth. I stand by what I said.",
      ].contains { dugIn.hasSuffix($0) }, "\(dugIn)")
    try #require(critiques.count == 2)
    let better = try #require(critiques[1]["suggestion"] as? String)
    let leadingKind = kindLabels[critiques[1]["kind"] as? String ?? ""] ?? "?"
    // The kinds not asked yet are named after the count, in the kinds' order.
    let kindsCovered =
      "\(leadingKind), reasons and evidence (2 of 7); not asked yet: "
      + [
        "what would change their mind", "clarification", "assumptions", "reasons and evidence",
        "viewpoints", "implications", "about the question",
      ].filter { ![leadingKind, "reasons and evidence"].contains($0) }.joined(separator: ", ")
    let expected = """

      The persona believes: \(belief)
        Topic: Crypto
        How sure it is: \(start) out of 100
        Questions left: 10
      Ask it questions, one at a time, to find out why it believes this and what would change its mind. Each question is coached as you ask it. After 10 questions, or /quit, you get a scorecard; /hint gives an example.

      Question 1 of 10 · open · reasons and evidence: a good question.
      Persona: \(reasons[0])
        How sure it is: \(start), unchanged

      Question 2 of 10 · leading · \(leadingKind)
        Problem: negative question that presumes the answer
        Better: \(better)
      Persona: \(dugIn)
        How sure it is: \(start) → \(start + 5)

      Your scorecard
        Belief: \(belief)
        Persona's confidence: \(start) → \(start + 5) (+5)
        You said: 2 lines (open 1, leading 1)
        Open questions: 1 of 2 (50%; target 70% or more)
          Questions that can't be answered with a yes or a no and push no answer; reflections and statements are not questions, and are not counted here. Below the target: next time, turn a yes-or-no question into one that opens with “what” or “how” (“Is it worth it?” → “What makes it worth it for you?”).
        Reflections: 0 for 2 questions — 0 per question (fair: 1 or more per question; good: 2 or more)
          How often you gave back what was said, for each question you asked: it shows you heard before you asked more. Below fair: before your next question, give back in one sentence what they just said (“So for you, …”).
        Built on the persona's last answer: 0 of 1 line said right after it (0%)
          Lines that took up what had just been said, rather than moving to a new point.
        Kinds covered: \(kindsCovered)
          The kinds of question you asked: more kinds look at the belief from more sides.
        Leading questions: 1
          Questions that push an answer: a pushed person defends their view instead of examining it.
          - Question 2: Isn't crypto just hype?
            Better: \(better)
            The persona grew surer after it (+5): pushed, people defend their view.
        Log: \(log.path)
        Export it: socratic sessions export \(log.id) -o session.md

      """
    #expect(result.stdout == expected)
    #expect(result.stderr == String(repeating: "You ask: ", count: 3))
    #expect(
      replies == [reasons[0], dugIn])
    #expect(
      log.types == [
        "header", "persona", "asked", "persona_reply", "asked", "persona_reply",
        "persona_confidence", "end",
      ])
    #expect(
      log.events("persona_confidence").compactMap { $0["value"] as? Int } == [start + 5])
    #expect((70...85).contains(start))
  }

  @Test("the scorecard counts reflections against questions, with the coding standard's targets")
  func listeningScorecard() throws {
    let home = try SocraticProcess.temporaryFolder()
    let result = try SocraticProcess.run(
      ["drill", "--topic", "crypto", "--seed", "2"],
      stdin: "What evidence do you have for that?\nSo exchanges have collapsed with the money.\n"
        + "It sounds like you're worried about people you care about.\n/quit\n",
      home: home)
    #expect(result.status == 0)
    #expect(result.stdout.contains("  Open questions: 1 of 1 (100%; target 70% or more)\n"))
    #expect(
      result.stdout.contains(
        "  Reflections: 2 for 1 question — 2 per question (fair: 1 or more per question; "
          + "good: 2 or more)\n"))
    #expect(result.stdout.contains("  Complex reflections: 1 of 2 (50%; target 40% or more)\n"))
  }

  @Test("after ten questions the drill ends by itself with the scorecard")
  func tenQuestions() throws {
    let home = try SocraticProcess.temporaryFolder()
    // Each typed differently, as a number in brackets: a question typed again moves nothing.
    let questions = (1...12).map { "What evidence do you have (\($0))?" }
    let result = try SocraticProcess.run(
      ["drill", "--topic", "politics", "--seed", "5"],
      stdin: questions.joined(separator: "\n") + "\n", home: home)
    #expect(result.status == 0)
    #expect(result.stdout.contains("That was question 10 of 10: here is your scorecard.\n"))
    #expect(result.stdout.contains("  Open questions: 10 of 10 (100%; target 70% or more)\n"))
    let log = try SessionLog.only(in: home)
    #expect(log.events("asked").count == 10)
    #expect(log.events("end").first?["reason"] as? String == "finished")
    let replies = log.events("persona_reply").compactMap { $0["text"] as? String }
    #expect(Set(replies).count == replies.count)
  }

  @Test("without --topic, a menu of topics comes first; a topic id chooses one")
  func menu() throws {
    let result = try SocraticProcess.run(
      ["drill", "--seed", "1"], stdin: "crypto\nWhat evidence do you have?\n")
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix(
        "\nChoose a topic, and I will hold a belief about it for you to question.\n"
          + "  1. AI regulation (ai-regulation)\n  2. Crypto (crypto)\n"))
    #expect(result.stdout.contains("  Topic: Crypto\n"))
    #expect(result.stderr.hasPrefix("Topic (1-6): You ask: "))
  }

  @Test("sessions export renders a drill, with its scorecard, as Markdown and JSON")
  func export() throws {
    let home = try SocraticProcess.temporaryFolder()
    _ = try SocraticProcess.run(
      ["drill", "--topic", "crypto", "--seed", "2"],
      stdin: "What evidence do you have for that?\nDon't you think that's unfair?\n", home: home)
    let markdown = try SocraticProcess.run(["sessions", "export", "last"], home: home)
    #expect(markdown.status == 0)
    #expect(markdown.stdout.contains("mode: \"drill\"\ntopic: \"crypto\"\n"))
    #expect(markdown.stdout.contains("### Question 1\n\n**You asked:** What evidence do you have"))
    #expect(markdown.stdout.contains("**Leading questions, and better wordings:**"))
    #expect(markdown.stdout.contains("- Open questions: 1 of 2 (50%; target 70% or more)"))
    let json = try SocraticProcess.run(
      ["sessions", "export", "last", "--format", "json"], home: home)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["mode"] as? String == "drill")
    let asked = try #require(object["asked"] as? [[String: Any]])
    #expect(asked.count == 2)
    #expect(asked[1]["form"] as? String == "leading")
    #expect((asked[0]["reply"] as? String)?.isEmpty == false)
    #expect(object["confidence_before"] as? Int != nil)
  }

  @Test("--resume continues the drill with the same persona, numbering on")
  func resume() throws {
    let home = try SocraticProcess.temporaryFolder()
    _ = try SocraticProcess.run(
      ["drill", "--topic", "crypto", "--seed", "2"],
      stdin: "What evidence do you have for that?\n", home: home)
    let before = try SessionLog.only(in: home)
    let result = try SocraticProcess.run(
      ["drill", "--resume", "last"], stdin: "How might others see it?\n", home: home)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Picking up where you left off: 1 of 10 questions asked.\n"))
    #expect(result.stdout.contains("Question 2 of 10 · "))
    let after = try SessionLog.only(in: home)
    #expect(after.text.hasPrefix(before.text))
    #expect(after.events("persona").count == 1)
    #expect(after.events("asked").compactMap { $0["number"] as? Int } == [1, 2])
  }

  @Test("a drill that ended after its last question is not resumed: a message, exit 1, log kept")
  func resumeEnded() throws {
    let home = try SocraticProcess.temporaryFolder()
    let questions = (1...10).map { "What do you make of point \($0) here?\n" }.joined()
    let first = try SocraticProcess.run(
      ["drill", "--topic", "crypto", "--seed", "2"], stdin: questions, home: home)
    #expect(first.status == 0)
    let before = try SessionLog.only(in: home)
    for _ in 1...2 {
      let result = try SocraticProcess.run(["drill", "--resume", "last"], home: home)
      #expect(result.status == 1)
      #expect(result.stderr.contains("has ended, so there is nothing to continue."))
      #expect(result.stderr.contains("or 'socratic drill' to start a new one."))
      #expect(result.stdout.isEmpty)
    }
    #expect(try SessionLog.only(in: home).text == before.text)
  }

  @Test("a topic pack without beliefs cannot hold a drill: bad usage, with the topics that can")
  func topicWithoutBeliefs() throws {
    let home = try SocraticProcess.temporaryFolder()
    let pack = home.appendingPathComponent("plain.yaml")
    try Data(
      "id: plain\ntitle: Plain\nversion: 1\nkeywords: [plain]\nquestions:\n  - kind: meta\n    text: Why does this matter to you?\n"
        .utf8
    ).write(to: pack)
    let result = try SocraticProcess.run(
      ["drill", "--pack", pack.path, "--topic", "plain"], home: home)
    #expect(result.status == 64)
    #expect(
      result.stderr.hasPrefix(
        "Error: The topic pack 'plain' has no sample beliefs for the persona to hold. Topics with "
          + "beliefs: ai-regulation, crypto, general, geopolitics, politics."))
  }
}
