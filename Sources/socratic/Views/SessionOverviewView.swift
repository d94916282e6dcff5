import SocraticCore
import SocraticTerminal

/// A live session's summary: what `/summary` shows, and what a session shows when it ends. The
/// headline belief and (in explore) its inversion, the figures of `SessionSummaryView`, the notes, where the
/// log is, and the command that exports it.
struct SessionOverviewView {
  var summary: SessionSummary
  var glyphs: Glyphs
  /// Where the log is (or will be, before its first event).
  var logPath: String
  /// How many recorded events could not be written to the log.
  var unsavedCount: Int

  /// The summary under a heading; with `isNew` false (nothing said since `/summary` showed
  /// it), a line that says so in its place.
  func write(to out: OutputChannel, heading: String, isNew: Bool = true) {
    out.line()
    out.line(heading, style: .emphasis)
    if isNew {
      writeSummary(to: out)
    } else {
      out.indentedLine("Nothing new since the summary above.", indent: "  ")
    }
    writeLog(to: out)
  }

  private func writeSummary(to out: OutputChannel) {
    if let belief = summary.shownBelief {
      out.labelled(summary.shownBeliefLabel, belief, indent: "  ")
    }
    // Only their own belief, explored, is worth seeing negated: a drill's scorecard is about
    // the questions asked, and in partner the other person's view negated word for word is
    // the tool's device, never something to show the listener.
    if summary.mode == .explore, let inverted = summary.shownInversion {
      out.labelled("Inverted:", inverted, indent: "  ")
    }
    SessionSummaryView(summary: summary, glyphs: glyphs).write(to: out)
    for record in summary.notes {
      let category = record.note.category.map { " (" + $0.rawValue + ")" } ?? ""
      out.labelled("-", record.note.text + category, indent: "    ", labelStyle: nil)
    }
  }

  /// Where the log is, and the command that exports it.
  private func writeLog(to out: OutputChannel) {
    let path = TerminalSanitizer.sanitize(logPath, keepingLineBreaks: false)
    if unsavedCount > 0 {
      out.indentedLine(
        "Log: \(path), without the last \(unsavedCount) "
          + (unsavedCount == 1 ? "event" : "events")
          + ", which could not be saved: /export FILE keeps the whole session.",
        indent: "  ", style: .warning)
    } else {
      out.indentedLine("Log: " + path, indent: "  ")
    }
    out.indentedLine(
      "Export it: socratic sessions export \(summary.id) -o session.md", indent: "  ",
      style: .quiet)
  }
}
