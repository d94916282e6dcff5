import SocraticCore
import SocraticTerminal

/// A session's summary for the terminal: what `sessions show` ends with, and what a session
/// can show when it ends.
struct SessionSummaryView {
  var summary: SessionSummary
  var glyphs: Glyphs

  /// Writes the summary's lines, each indented by `indent`.
  func write(to out: OutputChannel, indent: String = "  ") {
    for line in lines { out.indentedLine(line, indent: indent) }
  }

  /// The belief map under its heading, each part indented under its own; none when it is empty.
  private var mapLines: [String] {
    let digest = summary.mapDigest
    guard !digest.isEmpty else { return [] }
    var lines = [summary.mapHeading]
    for section in digest {
      lines.append("  " + section.heading + ":")
      lines += section.items.map { "    - " + clean($0) }
    }
    return lines
  }

  /// The lines, plain.
  var lines: [String] {
    switch summary.mode {
    case .explore:
      // The kinds asked are listed with the count answered, never as a count out of all
      // kinds: the person explored a belief, and "2 of 7" reads as a failing mark.
      var lines = [
        summary.confidenceLine(arrow: glyphs.arrow),
        "Answered: " + Plural.counted(summary.answeredCount, "question")
          + SummaryWording.byKind(summary.answeredByKind),
        "Skipped: " + Plural.counted(summary.skippedQuestions.count, "question")
          + SummaryWording.byKind(summary.skippedByKind),
      ]
      for thread in summary.earlierThreads {
        guard let belief = thread.belief else { continue }
        lines.append(
          "Earlier belief (thread \(thread.number)): " + clean(belief.text) + " · confidence "
            + SummaryWording.shift(
              thread.confidenceBefore, thread.confidenceAtEnd, arrow: glyphs.arrow))
      }
      lines += mapLines
      // Last, so that the notes a live session lists follow their count.
      if !summary.notes.isEmpty { lines.append("Notes: \(summary.notes.count)") }
      return lines
    case .partner:
      var lines = ["They said: " + Plural.counted(summary.theySaid.count, "thing")]
      if !summary.shownStages.isEmpty {
        lines.append("Stages reached: " + summary.shownStages.map(clean).joined(separator: ", "))
      }
      lines += mapLines
      lines.append("You said: " + Plural.counted(summary.asked.count, "line") + byForm)
      // The scorecard of the lines logged with /me, once there are any.
      if !summary.asked.isEmpty { lines += scorecard(lastWordsOf: "what they said last") }
      if !summary.notes.isEmpty { lines.append("Notes: \(summary.notes.count)") }
      return lines
    case .drill:
      var lines = [
        "Persona's confidence: "
          + SummaryWording.shift(
            summary.confidenceBefore, summary.personaConfidence, arrow: glyphs.arrow)
      ]
      // Every line said, by form, so that the figures below add up to the session.
      if !summary.asked.isEmpty {
        lines.append("You said: " + Plural.counted(summary.asked.count, "line") + byForm)
      }
      lines += scorecard(lastWordsOf: "the persona's last answer")
      if !summary.notes.isEmpty { lines.append("Notes: \(summary.notes.count)") }
      return lines
    }
  }

  /// The listening scorecard, each leading question with the better wording after its count:
  /// what the coaching is there to teach.
  private func scorecard(lastWordsOf other: String) -> [String] {
    let scorecard = ListeningScorecard(summary)
    var lines = scorecard.figures(lastWordsOf: other).flatMap { [$0.line, "  " + $0.meaning] }
    for question in scorecard.leading {
      lines.append("  - Question \(question.number): " + clean(question.text))
      if let suggestion = question.suggestion {
        lines.append("    Better: " + clean(suggestion))
      }
      if let aftermath = question.aftermath { lines.append("    " + aftermath) }
    }
    return lines
  }

  private func clean(_ text: String) -> String {
    TerminalSanitizer.sanitize(text, keepingLineBreaks: false)
  }

  private var byForm: String {
    let forms = summary.askedByForm
    return forms.isEmpty
      ? ""
      : " ("
        + forms.map {
          TerminalSanitizer.sanitize(
            SessionSummary.formLabel($0.form), keepingLineBreaks: false) + " \($0.count)"
        }
        .joined(separator: ", ") + ")"
  }
}
