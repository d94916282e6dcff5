import SocraticCore
import SocraticTerminal

/// A session as a readable transcript on a terminal: `socratic sessions show`.
///
/// Everything that came from a person or a file is sanitised; prose is wrapped to the
/// terminal and left as it is when piped.
struct TranscriptView {
  var transcript: SessionTranscript
  var glyphs: Glyphs

  func write(to out: OutputChannel) {
    let summary = SessionSummary(transcript)
    out.line("Session " + clean(summary.id), style: .emphasis)
    var overview = summary.mode.rawValue
    if let topic = summary.topic { overview += " · topic " + clean(topic) }
    overview += " · started " + LocalTime.minute(summary.started)
    if let ended = summary.ended { overview += " · ended " + LocalTime.minute(ended) }
    out.indentedLine(overview, style: .quiet)
    var statementsInThread = 0
    // A talk that argued no view is not read by the stages of a belief.
    let showsStages = !summary.shownStages.isEmpty
    // Where the talk stood when each line was offered: at the close, a closing line says so.
    var stage: ConversationStage?
    for event in transcript.shownEvents {
      switch event.payload {
      case .topic(let value):
        out.line()
        out.indentedLine("Topic: " + (value.topic.map(clean) ?? "your own belief"), style: .quiet)
      case .belief(let value):
        out.line()
        out.labelled(statementsInThread == 0 ? "You believe:" : "Restated:", value.text)
        if let claim = value.claim { out.labelled("Understood as:", claim, indent: "  ") }
        if let inverted = value.inverted { out.labelled("Inverted:", inverted, indent: "  ") }
        statementsInThread += 1
      case .newThread(let value):
        out.line()
        out.indentedLine("New belief · thread \(value.number)", style: .emphasis)
        statementsInThread = 0
      case .confidence(let value):
        out.indentedLine(confidenceLabel(value.moment) + ": \(value.value)")
        if let said = value.said { out.labelled("Said:", said, indent: "  ") }
      case .question(let value):
        out.line()
        out.indentedLine(QuestionLabel.text(for: value), style: .quiet)
        out.labelled("", value.text, labelStyle: nil)
      case .answer(let value):
        out.labelled("", value.text, indent: "  ", labelStyle: nil)
      case .skip:
        out.indentedLine("(skipped)", indent: "  ", style: .quiet)
      case .reflection(let value):
        out.line()
        out.labelled("", value.text, labelStyle: nil)
      case .summary(let value):
        out.line()
        out.labelled("", value.text, labelStyle: nil)
      case .said(let value):
        out.line()
        out.labelled("", value.text, labelStyle: nil)
      case .note(let value) where value.category == .hint:
        out.line()
        out.labelled("Hint:", value.text, labelStyle: .quiet)
      case .note(let value) where value.category == .aside:
        out.line()
        out.labelled("Said aside:", value.text, labelStyle: .quiet)
      case .note:
        break
      case .theySaid(let value):
        out.line()
        out.labelled("They said:", value.text)
      case .suggestions(let value):
        out.indentedLine("Offered to say next:", indent: "  ", style: .quiet)
        for item in value.items {
          out.labelled(item.label(at: stage) + ":", item.text, indent: "    ", labelStyle: .quiet)
        }
      case .asked(let value):
        out.line()
        if summary.mode == .drill { out.indentedLine("Question \(value.number)", style: .quiet) }
        // A reflection or a statement is not a question, and is not labelled as one.
        out.labelled(
          QuestionForm(rawValue: value.critique.form).map(MarkdownExporter.saidLabel)
            ?? "You asked:", value.text)
        var verdict = clean(value.critique.form)
        if let detail = value.critique.detail { verdict += " · " + detail }
        if !value.critique.problems.isEmpty {
          verdict += ": " + value.critique.problems.map(clean).joined(separator: "; ")
        }
        out.indentedLine(verdict, indent: "  ", style: .quiet)
        if let suggestion = value.critique.suggestion {
          out.labelled("Better:", suggestion, indent: "  ", labelStyle: .quiet)
        }
      case .stage(let value):
        stage = ConversationStage(rawValue: value.stage)
        guard showsStages else { break }
        out.line()
        out.indentedLine("Stage: " + clean(value.stage), style: .quiet)
      case .persona(let value):
        out.line()
        out.labelled("The persona believes:", value.belief)
        out.indentedLine("Confidence: \(value.confidence)", indent: "  ")
        for reason in value.reasons { out.labelled("-", reason, indent: "  ", labelStyle: nil) }
      case .personaReply(let value):
        out.labelled("Reply:", value.text, indent: "  ")
      case .personaConfidence(let value):
        out.indentedLine("Persona's confidence now: \(value.value)", indent: "  ")
      case .resumed:
        out.line()
        out.indentedLine("(resumed " + LocalTime.minute(event.at) + ")", style: .quiet)
      case .end:
        break
      }
    }
    if !summary.notes.isEmpty {
      out.line()
      out.line("Notes", style: .emphasis)
      for record in summary.notes {
        var label = record.note.category.map { clean($0.rawValue).capitalized } ?? "Note"
        if let question = record.afterQuestion { label += ", after question \(question)" }
        out.labelled(label + ":", record.note.text, indent: "  ", labelStyle: .quiet)
      }
    }
    out.line()
    out.line("Summary", style: .emphasis)
    SessionSummaryView(summary: summary, glyphs: glyphs).write(to: out)
  }

  private func confidenceLabel(_ moment: SessionEvent.ConfidenceMoment) -> String {
    switch moment {
    case .before: "Confidence before"
    case .after: "Confidence after"
    case .update: "Confidence now"
    case .correction: "Confidence set right"
    default: "Confidence (" + clean(moment.rawValue) + ")"
    }
  }

  private func clean(_ text: String) -> String {
    TerminalSanitizer.sanitize(text, keepingLineBreaks: false)
  }
}

extension String {
  fileprivate var capitalized: String { prefix(1).uppercased() + dropFirst() }
}
