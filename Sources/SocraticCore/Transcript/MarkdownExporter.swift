import Foundation

/// Renders a session as Markdown to read, share or file.
///
/// YAML front matter starts at the first byte (title, mode, topic, belief, claim, inverted,
/// confidence_before, confidence_after, started, ended, socratic_version; every string
/// double-quoted, see `YAMLText`); then the belief and its inversion, the conversation in
/// order, the notes, and a summary. Every piece of text that came from a person or from
/// their words goes through `MarkdownText`, so only this exporter makes structure.
public enum MarkdownExporter {
  /// The whole document, ending with a line break.
  public static func render(_ transcript: SessionTranscript) -> String {
    let summary = SessionSummary(transcript)
    var document = MarkdownDocument()
    frontMatter(summary, transcript.header, into: &document)
    document.heading(1, "Socratic session " + MarkdownText.escapedLine(summary.id))
    document.paragraph(overview(summary))
    belief(summary, into: &document)
    conversation(transcript, summary, into: &document)
    notes(summary, into: &document)
    closingSummary(summary, into: &document)
    beliefMap(summary, into: &document)
    return document.text
  }

  private static func frontMatter(
    _ summary: SessionSummary, _ header: SessionHeader, into document: inout MarkdownDocument
  ) {
    document.raw(
      """
      ---
      title: \(YAMLText.quoted("Socratic session " + summary.id))
      mode: \(YAMLText.quoted(summary.mode.rawValue))
      topic: \(YAMLText.quoted(summary.topic))
      belief: \(YAMLText.quoted(summary.belief))
      claim: \(YAMLText.quoted(summary.claim))
      inverted: \(YAMLText.quoted(summary.inverted))
      confidence_before: \(YAMLText.number(summary.confidenceBefore))
      confidence_after: \(YAMLText.number(summary.confidenceAfter))
      started: \(YAMLText.quoted(Timestamp.string(from: summary.started)))
      ended: \(YAMLText.quoted(summary.ended.map(Timestamp.string(from:))))
      socratic_version: \(YAMLText.quoted(header.socraticVersion))
      ---
      """)
  }

  private static func overview(_ summary: SessionSummary) -> String {
    var text = (summary.mode == .explore ? "An " : "A ") + summary.mode.rawValue + " session"
    if let topic = summary.topic { text += " on the topic " + MarkdownText.escapedLine(topic) }
    text += ", started " + humanTime(summary.started)
    if let ended = summary.ended { text += ", ended " + humanTime(ended) }
    return text + "."
  }

  private static func belief(_ summary: SessionSummary, into document: inout MarkdownDocument) {
    guard summary.belief != nil else { return }
    document.heading(2, "Belief")
    let label =
      switch summary.mode {
      case .explore: "You believe:"
      case .partner: "They said:"
      case .drill: "The persona believes:"
      }
    document.labelled(label, summary.belief)
    document.labelled("Understood as:", summary.claim)
    document.labelled("Inverted:", summary.inverted)
    if let reasons = summary.persona?.reasons, !reasons.isEmpty {
      document.paragraph("**Its reasons:**")
      for reason in reasons {
        document.bullet(MarkdownText.escaped(reason, continuationIndent: "  "))
      }
    }
  }

  private static func conversation(
    _ transcript: SessionTranscript, _ summary: SessionSummary,
    into document: inout MarkdownDocument
  ) {
    document.heading(2, "Conversation")
    var statementsInThread = 0
    // What the other side said last: a drill question that opens with a reflection of it is
    // credited here as the scorecard counts it.
    var otherSideSaid: String?
    // A talk that argued no view is not read by the stages of a belief.
    let showsStages = !summary.shownStages.isEmpty
    // Where the talk stood when each line was offered: at the close, a closing line says so.
    var stage: ConversationStage?
    for event in transcript.shownEvents {
      switch event.payload {
      case .topic(let value):
        document.paragraph(
          "**Topic:** " + (value.topic.map(MarkdownText.escapedLine) ?? "your own belief"))
      case .belief(let value):
        document.labelled(statementsInThread == 0 ? "You believe:" : "Restated:", value.text)
        document.labelled("Understood as:", value.claim)
        document.labelled("Inverted:", value.inverted)
        document.labelled("Reason given:", value.reason)
        statementsInThread += 1
      case .newThread(let value):
        document.heading(3, "New belief · thread \(value.number)")
        statementsInThread = 0
      case .confidence(let value):
        document.paragraph("**\(confidenceLabel(value.moment)):** \(value.value)")
        document.labelled("Said:", value.said)
      case .question(let value):
        var title = "Question \(value.number) · \(value.kind.label)"
        if let follows = value.follows { title += " · follow-up to question \(follows)" }
        document.heading(3, title)
        if value.source == .pack, let pack = value.pack {
          document.paragraph("*From the topic pack " + MarkdownText.escapedLine(pack) + ".*")
        }
        document.labelled("Question:", value.text)
      case .answer(let value):
        document.labelled("Answer:", value.text)
      case .skip:
        document.paragraph("*Skipped.*")
      case .reflection(let value):
        document.labelled("Reflection:", value.text)
      case .summary(let value):
        document.labelled("Summary so far:", value.text)
      case .said(let value):
        document.labelled("Said:", value.text)
      case .note(let value) where value.category == .hint:
        document.labelled("Hint:", value.text)
      case .note(let value) where value.category == .aside:
        document.labelled("Said aside:", value.text)
      case .note:
        break
      case .theySaid(let value):
        document.labelled("They said:", value.text)
        otherSideSaid = value.text
        document.labelled("Understood as:", value.claim)
      case .suggestions(let value):
        document.paragraph("**Offered to say next:**")
        for item in value.items {
          let text = MarkdownText.escaped(item.text, continuationIndent: "  ")
          document.bullet("**\(item.label(at: stage)):** " + text)
        }
      case .asked(let value):
        // A reflection or a statement is not a question, and is not headed or labelled as one.
        let form = QuestionForm(rawValue: value.critique.form)
        if summary.mode == .drill {
          document.heading(3, (form.map(Self.lineName) ?? "Question") + " \(value.number)")
        }
        document.labelled(form.map(Self.saidLabel) ?? "You asked:", value.text)
        let credited =
          summary.mode == .drill && form != .reflection
          && ListeningScorecard.reflections(in: value.text, form: form, after: otherSideSaid) > 0
        critique(value.critique, credited: credited, into: &document)
      case .stage(let value):
        stage = ConversationStage(rawValue: value.stage)
        guard showsStages else { break }
        document.heading(3, "Stage: " + MarkdownText.escapedLine(value.stage))
      case .persona(let value):
        document.labelled("The persona believes:", value.belief)
        document.paragraph("**Persona's confidence:** \(value.confidence)")
      case .personaReply(let value):
        document.labelled("Reply:", value.text)
        if value.question != nil { otherSideSaid = value.text }
      case .personaConfidence(let value):
        document.paragraph("**Persona's confidence now:** \(value.value)")
      case .resumed:
        document.paragraph("*The session was resumed " + humanTime(event.at) + ".*")
      case .end:
        break
      }
    }
  }

  /// The coaching of a line, in one paragraph.
  /// - Parameter credited: whether it opens with a reflection that the scorecard counts.
  private static func critique(
    _ critique: SessionEvent.Critique, credited: Bool = false,
    into document: inout MarkdownDocument
  ) {
    var verdict = MarkdownText.escapedLine(critique.form)
    if let detail = critique.detail { verdict += " · " + detail }
    for problem in critique.problems { verdict += " · " + MarkdownText.escapedLine(problem) }
    if credited { verdict += " · " + DrillDialogue.reflectionCredit }
    document.paragraph("**Critique:** " + verdict)
    document.labelled("Better:", critique.suggestion)
  }

  private static func notes(_ summary: SessionSummary, into document: inout MarkdownDocument) {
    guard !summary.notes.isEmpty else { return }
    document.heading(2, "Notes")
    for record in summary.notes {
      var label = record.note.category.map { capitalized($0.rawValue) } ?? "Note"
      if let question = record.afterQuestion { label += ", after question \(question)" }
      document.labelled(MarkdownText.escapedLine(label) + ":", record.note.text)
    }
  }

  /// "What you said": the belief map of the headline belief, in explore; "What they said",
  /// the map of what the other person said, in partner.
  private static func beliefMap(_ summary: SessionSummary, into document: inout MarkdownDocument) {
    let digest = summary.mapDigest
    guard !digest.isEmpty else { return }
    document.heading(2, summary.mapHeading)
    for section in digest {
      document.paragraph("**" + MarkdownText.escapedLine(section.heading) + ":**")
      for item in section.items {
        document.bullet(MarkdownText.escaped(item, continuationIndent: "  "))
      }
    }
  }

  private static func closingSummary(
    _ summary: SessionSummary, into document: inout MarkdownDocument
  ) {
    document.heading(2, "Summary")
    switch summary.mode {
    case .explore:
      document.bullet(summary.confidenceLine())
      document.bullet(
        "Answered: " + Plural.counted(summary.answeredCount, "question")
          + SummaryWording.byKind(summary.answeredByKind))
      // The kinds answered are named above; a count out of all kinds reads as a failing mark.
      document.bullet(
        "Skipped: " + Plural.counted(summary.skippedQuestions.count, "question")
          + SummaryWording.byKind(summary.skippedByKind))
      let skipped = summary.skippedQuestions
      if !skipped.isEmpty {
        document.paragraph("**Skipped questions:**")
        for record in skipped {
          document.bullet(
            "**Question \(record.question.number), \(record.question.kind.label):** "
              + MarkdownText.escaped(record.question.text, continuationIndent: "  "))
        }
      }
    case .partner:
      document.bullet("They said: " + Plural.counted(summary.theySaid.count, "thing"))
      if !summary.shownStages.isEmpty {
        document.bullet(
          "Stages reached: "
            + summary.shownStages.map(MarkdownText.escapedLine).joined(separator: ", "))
      }
      document.bullet("You said: " + Plural.counted(summary.asked.count, "line") + byForm(summary))
      if !summary.asked.isEmpty {
        scorecard(of: summary, lastWordsOf: "what they said last", into: &document)
      }
    case .drill:
      document.bullet(
        "Persona's confidence: "
          + SummaryWording.shift(summary.confidenceBefore, summary.personaConfidence))
      scorecard(of: summary, lastWordsOf: "the persona's last answer", into: &document)
    }
  }

  /// The listening scorecard's figures, then each leading question with its better wording.
  private static func scorecard(
    of summary: SessionSummary, lastWordsOf other: String, into document: inout MarkdownDocument
  ) {
    let scorecard = ListeningScorecard(summary)
    for figure in scorecard.figures(lastWordsOf: other) {
      document.bullet(
        MarkdownText.escapedLine(figure.line) + "\\\n  *" + figure.meaning + "*")
    }
    guard !scorecard.leading.isEmpty else { return }
    document.paragraph("**Leading questions, and better wordings:**")
    for question in scorecard.leading {
      var item =
        "**Question \(question.number):** "
        + MarkdownText.escaped(question.text, continuationIndent: "  ")
      if let suggestion = question.suggestion {
        item += "\\\n  **Better:** " + MarkdownText.escaped(suggestion, continuationIndent: "  ")
      }
      if let aftermath = question.aftermath { item += "\\\n  " + aftermath }
      document.bullet(item)
    }
  }
}
