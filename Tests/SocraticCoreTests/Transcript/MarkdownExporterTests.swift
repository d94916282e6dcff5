import Foundation
import SocraticCore
import Testing

@Suite("Markdown export")
struct MarkdownExporterTests {
  /// Text a person might type that Markdown would read as structure, and other nasties.
  static let hostile: [String] = [
    "# heading", "## two", "###### six", "#hashtag", ">quote", "> quote", ">", "- item", "+ item",
    "* item", "-1", "+1", "--", "1. one", "1) one", "2024. A year", "1.5 million",
    "    four spaces", "     five spaces", "\tcode after a tab", "   leading spaces",
    "```\ncode\n```", "~~~\ncode\n~~~", "``` swift", "<div>html</div>", "<!-- comment -->",
    "<?php echo 1; ?>", "<![CDATA[x]]>", "<!DOCTYPE html>", "<a href=\"x\">x</a>",
    "<script>alert(1)</script>", "[x]: /u", "[x]: /u \"title\"\n[x]", "a\n---", "a\n===",
    "=\n-", "***", "___", "- - -", "| a | b |\n|---|---|\n| 1 | 2 |", "a | b", "*_emphasis_*",
    "**bold** __bold__", "a_b_c snake_case_word 2*3*4", "\\", "back\\slash\\", "\\# escaped",
    "&lt; &amp; &#65; &copy; &", "<", "[", "]", "![", "trailing double  ", "two  \nlines",
    "trailing tab\t", "<https://x>", "<me@example.com>", "![img](x)", "[link](http://x)",
    "~~x~~", "`code`", "- [ ] task", "www.example.com https://example.com",
    ":smile: $x$ ^sup^ {curly}",
    "emoji 😀 👍🏽 👩‍👩‍👧 𝄞", "RTL עברית والعربية", "é and e\u{301}", "\u{00A0}nbsp first",
    "line\u{2028}separator", "CRLF\r\nline", "line1\r\nline2\r\n", "lone\rcarriage",
    "a\r\n# heading after CRLF", "x\r\n- item after CRLF", "\r\n> quote after CRLF",
    "\nleading newline", "trailing newline\n", "x\n\n\n", "blank\n\nline", "   ",
    "line\n    indented continuation\n> quoted continuation\n- listed continuation\n# heading continuation",
    "",
  ]

  /// The same shape as a text, with no markup in it: each non-empty line becomes "x".
  static func plain(_ text: String) -> String {
    text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : "x" }.joined(separator: "\n")
  }

  static func exploreTranscript(_ texts: [String]) -> SessionTranscript {
    var events: [SessionEvent] = []
    for (index, text) in texts.enumerated() {
      let number = index + 1
      let at = SampleTranscripts.at(Double(index))
      events.append(
        SessionEvent(.belief(.init(text: text, claim: text, inverted: text, reason: text)), at: at))
      events.append(
        SessionEvent(
          .question(.init(number: number, kind: .evidence, text: text, source: .engine)), at: at))
      events.append(SessionEvent(.answer(.init(question: number, text: text)), at: at))
      events.append(SessionEvent(.note(.init(text: text, category: .assumption)), at: at))
    }
    events.append(
      SessionEvent(
        .question(.init(number: texts.count + 1, kind: .meta, text: texts[0], source: .engine)),
        at: SampleTranscripts.at(999)))
    events.append(
      SessionEvent(.skip(.init(question: texts.count + 1)), at: SampleTranscripts.at(999)))
    return SessionTranscript(
      header: SessionHeader(
        id: "20261125-0615-k3f9", mode: .explore, started: SampleTranscripts.start, topic: texts[1]),
      events: events)
  }

  static func partnerTranscript(_ texts: [String]) -> SessionTranscript {
    var events: [SessionEvent] = []
    for (index, text) in texts.enumerated() {
      let at = SampleTranscripts.at(Double(index))
      events.append(SessionEvent(.theySaid(.init(text: text, claim: text)), at: at))
      events.append(
        SessionEvent(
          .suggestions(.init(items: [.question(Question(kind: .clarification, text: text))])),
          at: at))
      events.append(
        SessionEvent(
          .asked(
            .init(
              number: index + 1, text: text,
              critique: .init(form: "leading", kind: .meta, problems: [text], suggestion: text))),
          at: at))
      events.append(SessionEvent(.stage(.init(stage: text)), at: at))
      events.append(SessionEvent(.note(.init(text: text, category: .blockage)), at: at))
    }
    return SessionTranscript(
      header: SessionHeader(
        id: "20261126-0615-m4pq", mode: .partner, started: SampleTranscripts.start), events: events)
  }

  static func drillTranscript(_ texts: [String]) -> SessionTranscript {
    var events = [
      SessionEvent(
        .persona(
          .init(
            belief: texts[0], claim: texts[0], inverted: texts[0], confidence: 70, reasons: texts)),
        at: SampleTranscripts.start)
    ]
    for (index, text) in texts.enumerated() {
      let at = SampleTranscripts.at(Double(index))
      events.append(
        SessionEvent(
          .asked(
            .init(
              number: index + 1, text: text,
              critique: .init(form: "leading", kind: .evidence, problems: [], suggestion: text))),
          at: at))
      events.append(SessionEvent(.personaReply(.init(question: index + 1, text: text)), at: at))
    }
    events.append(SessionEvent(.end(.init(reason: .quit)), at: SampleTranscripts.at(999)))
    return SessionTranscript(
      header: SessionHeader(
        id: "20261127-0615-x7rt", mode: .drill, started: SampleTranscripts.start), events: events)
  }

  /// Compares texts one by one, so a failure names the text that came out wrong.
  private func expectSame(
    _ actual: [String], _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(actual.count == expected.count, sourceLocation: sourceLocation)
    for (index, (got, typed)) in zip(actual, expected).enumerated() {
      #expect(got == typed, "text \(index)", sourceLocation: sourceLocation)
    }
  }

  @Test(
    "golden files, one per mode",
    arguments: [
      ("explore.md", SampleTranscripts.explore), ("partner.md", SampleTranscripts.partner),
      ("drill.md", SampleTranscripts.drill),
    ])
  func golden(name: String, transcript: SessionTranscript) throws {
    try GoldenFile.check(MarkdownExporter.render(transcript), against: name)
  }

  @Test("explore: every answer, question, belief and note comes out of cmark exactly as typed")
  func hostileExplore() throws {
    let html = try CommonMark.html(
      ofExport: MarkdownExporter.render(Self.exploreTranscript(Self.hostile)))
    let corpus = Self.hostile
    try expectSame(CommonMark.texts(after: "Answer:", in: html), corpus)
    try expectSame(CommonMark.texts(after: "Question:", in: html), corpus + [corpus[0]])
    try expectSame(CommonMark.texts(after: "Restated:", in: html), Array(corpus.dropFirst()))
    try expectSame(CommonMark.texts(after: "Reason given:", in: html), corpus)
    try expectSame(CommonMark.texts(after: "Inverted:", in: html), [corpus.last!] + corpus)
    let notes = (1...corpus.count).flatMap {
      try! CommonMark.texts(after: "Assumption, after question \($0):", in: html)
    }
    expectSame(notes, corpus)
  }

  @Test(
    "partner: what they said, the suggestions, what you asked and the rewrites come out exactly")
  func hostilePartner() throws {
    let html = try CommonMark.html(
      ofExport: MarkdownExporter.render(Self.partnerTranscript(Self.hostile)))
    let corpus = Self.hostile
    try expectSame(CommonMark.texts(after: "They said:", in: html), [corpus[0]] + corpus)
    try expectSame(CommonMark.texts(after: "clarification:", in: html), corpus)
    try expectSame(CommonMark.texts(after: "You asked:", in: html), corpus)
    try expectSame(CommonMark.texts(after: "Better:", in: html), corpus)
  }

  @Test("drill: a hint asked for is shown where it was given, and is not one of the notes")
  func drillHint() {
    var transcript = SampleTranscripts.drill
    let hint = "You have not asked about the question yet. For example, ask: Why does it matter?"
    transcript.events.insert(
      SessionEvent(.note(.init(text: hint, category: .hint)), at: SampleTranscripts.at(172_835)),
      at: transcript.events.count - 1)
    let markdown = MarkdownExporter.render(transcript)
    #expect(markdown.contains("**Hint:** " + hint), "\(markdown)")
    #expect(SessionSummary(transcript).notes.isEmpty)
  }

  @Test("drill: a reflection is headed and counted as a reflection, not as a question")
  func drillReflection() {
    var transcript = SampleTranscripts.drill
    transcript.events.insert(
      SessionEvent(
        .asked(
          .init(
            number: 3, text: "So you've watched chatbots write code.",
            critique: .init(
              form: "reflection", kind: nil, depth: .simple, problems: [], suggestion: nil))),
        at: SampleTranscripts.at(172_835)),
      at: transcript.events.count - 1)
    let markdown = MarkdownExporter.render(transcript)
    #expect(markdown.contains("### Reflection 3\n\n**You reflected:** So you've watched"))
    #expect(!markdown.contains("### Question 3"))
    #expect(markdown.contains("- Open questions: 1 of 2 (50%; target 70% or more)\\\n"))
    #expect(
      markdown.contains(
        "- Reflections: 1 for 2 questions — 0.5 per question "
          + "(fair: 1 or more per question; good: 2 or more)\\\n"
          + "  *How often you gave back what was said, for each question you asked: it shows you "
          + "heard before you asked more. Below fair: before your next question, give back in one "
          + "sentence what they just said (\u{201C}So for you, \u{2026}\u{201D}).*\n"))
  }

  @Test("partner: a line offered at the close is labelled as closing, as it was on screen")
  func closingLineLabelled() {
    var transcript = SampleTranscripts.partner
    let offered = SessionEvent(
      .suggestions(
        .init(items: [
          .reflection("So the allotment has been quiet since spring."),
          .reflection("Thanks for telling me all that; I'll ring you Sunday."),
        ])), at: SampleTranscripts.at(86_456))
    transcript.events.insert(
      contentsOf: [
        SessionEvent(.stage(.init(stage: "close")), at: SampleTranscripts.at(86_455)), offered,
      ], at: transcript.events.count - 1)
    let markdown = MarkdownExporter.render(transcript)
    #expect(markdown.contains("- **reflect:** So the allotment has been quiet since spring."))
    #expect(markdown.contains("- **close:** Thanks for telling me all that; I'll ring you Sunday."))
    // Before the close, the same kind of line is a reflection.
    #expect(markdown.contains("- **reflect:** So you think immigration is ruining this country."))
  }

  @Test("drill: the persona's belief and reasons, your questions and its replies come out exactly")
  func hostileDrill() throws {
    let html = try CommonMark.html(
      ofExport: MarkdownExporter.render(Self.drillTranscript(Self.hostile)))
    let corpus = Self.hostile
    try expectSame(CommonMark.texts(after: "You asked:", in: html), corpus)
    try expectSame(CommonMark.texts(after: "Reply:", in: html), corpus)
    try expectSame(
      CommonMark.texts(after: "The persona believes:", in: html), [corpus[0], corpus[0]])
    let reasons = try #require(html.range(of: "<p><strong>Its reasons:</strong></p>\n<ul>\n"))
    let list = html[reasons.upperBound...].prefix { _ in true }
    let items = try list.components(separatedBy: "</ul>")[0]
      .components(separatedBy: "</li>\n").dropLast()
      .map { item in try CommonMark.text(ofInline: String(item.dropFirst("<li>".count))) }
    expectSame(items, corpus)
  }

  @Test(
    "user text never adds structure: the tags are those of the same session with plain text",
    arguments: ["explore", "partner", "drill"])
  func noStructureFromUserText(mode: String) throws {
    let make: ([String]) -> SessionTranscript =
      switch mode {
      case "explore": Self.exploreTranscript
      case "partner": Self.partnerTranscript
      default: Self.drillTranscript
      }
    let hostile = try CommonMark.html(ofExport: MarkdownExporter.render(make(Self.hostile)))
    let plain = try CommonMark.html(
      ofExport: MarkdownExporter.render(make(Self.hostile.map(Self.plain))))
    #expect(CommonMark.skeleton(hostile) == CommonMark.skeleton(plain))
  }

  /// Values YAML would misread unquoted, and text that could break out of a quoted scalar.
  static let yamlHostile: [String] = [
    "yes", "no", "null", "~", "123", "0x1F", "1e3", ".inf", "2026-11-25", "- item", "key: value",
    "# comment", "\"quoted\"", "'single'", "back\\slash", "tab\there", "line\nbreak", "crlf\r\n",
    "trailing  ", "  leading", "---", "...", "{a: 1}", "[1, 2]", "&anchor", "*alias", "!tag",
    "%directive",
    "@at", "`tick`", "|", ">", "emoji 😀", "RTL עברית", "nel\u{85}", "ls\u{2028}ps\u{2029}",
    "bom\u{FEFF}", "esc\u{1B}[31m", "bell\u{07}", "del\u{7F}", "c1\u{9B}", "",
  ]

  @Test("the front matter parses back, with Yams, to the same values", arguments: yamlHostile)
  func frontMatterRoundTrip(value: String) throws {
    let transcript = SessionTranscript(
      header: SessionHeader(
        id: "20261125-0615-k3f9", mode: .explore, started: SampleTranscripts.start, topic: value),
      events: [
        SessionEvent(
          .belief(.init(text: value, claim: value, inverted: value)), at: SampleTranscripts.at(1)),
        SessionEvent(.confidence(.init(value: 80, moment: .before)), at: SampleTranscripts.at(2)),
      ])
    let markdown = MarkdownExporter.render(transcript)
    #expect(markdown.hasPrefix("---\n"))
    let end = try #require(markdown.range(of: "\n---\n"))
    let yaml = String(markdown[markdown.index(markdown.startIndex, offsetBy: 4)..<end.lowerBound])
    let (status, output) = try FilterProcess.run(
      FilterProcess.builtProduct("yams-load"), input: yaml)
    try #require(status == 0, "yams-load could not load the front matter")
    let loaded = try #require(
      try JSONSerialization.jsonObject(with: output) as? [String: Any])
    for key in ["topic", "belief", "claim", "inverted"] {
      #expect(loaded[key] as? String == value, "\(key)")
    }
    #expect(loaded["title"] as? String == "Socratic session 20261125-0615-k3f9")
    #expect(loaded["mode"] as? String == "explore")
    #expect(loaded["confidence_before"] as? Int == 80)
    #expect(loaded["confidence_after"] is NSNull)
    #expect(loaded["started"] as? String == "2026-11-25T06:15:03.120Z")
    #expect(loaded["ended"] is NSNull)
    #expect(loaded["socratic_version"] as? String == SocraticVersion.current)
    #expect(Set(loaded.keys).count == 11)
  }
}
