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

  /// The lines, plain.
  var lines: [String] {
    switch summary.mode {
    case .explore:
      var lines = [
        "Confidence: " + shift(summary.confidenceBefore, summary.confidenceAfter),
        "Answered: " + counted(summary.answeredCount, "question") + byKind(summary.answeredByKind),
        "Kinds covered: \(summary.answeredByKind.count) of \(QuestionKind.allCases.count)",
        "Skipped: " + counted(summary.skippedQuestions.count, "question")
          + byKind(summary.skippedByKind),
      ]
      for thread in summary.earlierThreads {
        guard let belief = thread.belief else { continue }
        lines.append(
          "Earlier belief (thread \(thread.number)): " + clean(belief.text) + " · confidence "
            + shift(thread.confidenceBefore, thread.confidenceAtEnd))
      }
      let digest =
        summary.map?.digest(excludingNotes: Set(summary.notes.map(\.note.text))) ?? []
      if !digest.isEmpty {
        lines.append("What you said")
        for section in digest {
          lines.append("  " + section.heading + ":")
          lines += section.items.map { "    - " + clean($0) }
        }
      }
      // Last, so that the notes a live session lists follow their count.
      if !summary.notes.isEmpty { lines.append("Notes: \(summary.notes.count)") }
      return lines
    case .partner:
      var lines = [
        "They said: " + counted(summary.theySaid.count, "thing"),
        "You asked: " + counted(summary.asked.count, "question") + byForm,
        "Kinds you asked: " + kindList(summary.askedKinds),
      ]
      if !summary.stages.isEmpty {
        lines.append("Stages reached: " + summary.stages.map(clean).joined(separator: ", "))
      }
      if !summary.notes.isEmpty { lines.append("Notes: \(summary.notes.count)") }
      return lines
    case .drill:
      let leading = summary.asked.filter { $0.asked.critique.form == "leading" }
      var lines = [
        "Persona's confidence: " + shift(summary.confidenceBefore, summary.personaConfidence),
        openQuestions,
      ]
      if summary.reflectionCount > 0 { lines += listening }
      lines += [
        "Kinds covered: " + kindList(summary.askedKinds),
        "Leading questions: \(leading.count)",
      ]
      // Each leading question with the better wording: what the drill is there to teach.
      for record in leading {
        lines.append("  - Question \(record.asked.number): " + clean(record.asked.text))
        if let suggestion = record.asked.critique.suggestion {
          lines.append("    Better: " + clean(suggestion))
        }
      }
      if !summary.notes.isEmpty { lines.append("Notes: \(summary.notes.count)") }
      return lines
    }
  }

  /// "Open questions: 7 of 9 (78%)", with the coding standard's target once any was asked.
  private var openQuestions: String {
    let share = summary.openAskedPercentage.map { " (\($0)%; target 70% or more)" } ?? ""
    return "Open questions: \(summary.openAskedCount) of \(summary.askedQuestionCount)" + share
  }

  /// Reflections per question and the share of complex ones, against the coding standard's
  /// targets: at least one reflection a question is fair, two good; 40% complex.
  private var listening: [String] {
    let reflections = summary.reflectionCount
    let questions = summary.askedQuestionCount
    // Tenths, rounded to the nearest: 3 reflections over 2 questions is 1.5.
    let tenths = questions == 0 ? 0 : (reflections * 20 + questions) / (questions * 2)
    let perQuestion =
      questions == 0
      ? "" : ", \(tenths / 10).\(tenths % 10) per question (target 1 fair, 2 good)"
    let complex = summary.complexReflectionPercentage.map { "\($0)%" } ?? "0%"
    return [
      "Reflections: \(reflections)" + perQuestion,
      "Complex reflections: \(summary.complexReflectionCount) of \(reflections) (\(complex); "
        + "target 40% or more)",
    ]
  }

  private func clean(_ text: String) -> String {
    TerminalSanitizer.sanitize(text, keepingLineBreaks: false)
  }

  private func shift(_ before: Int?, _ after: Int?) -> String {
    switch (before, after) {
    case (let before?, let after?):
      let change = after - before
      return "\(before) \(glyphs.arrow) \(after) (" + (change > 0 ? "+" : "") + "\(change))"
    case (let before?, nil): return "\(before) \(glyphs.arrow) not rated at the end"
    case (nil, let after?): return "not rated at the start \(glyphs.arrow) \(after)"
    case (nil, nil): return "not rated"
    }
  }

  private func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)" + (count == 1 ? "" : "s")
  }

  private func byKind(_ counts: [(kind: QuestionKind, count: Int)]) -> String {
    counts.isEmpty
      ? "" : " (" + counts.map { "\($0.kind.label) \($0.count)" }.joined(separator: ", ") + ")"
  }

  private var byForm: String {
    let forms = summary.askedByForm
    return forms.isEmpty
      ? ""
      : " ("
        + forms.map {
          TerminalSanitizer.sanitize($0.form, keepingLineBreaks: false) + " \($0.count)"
        }
        .joined(separator: ", ") + ")"
  }

  private func kindList(_ kinds: [QuestionKind]) -> String {
    kinds.isEmpty
      ? "none"
      : kinds.map(\.label).joined(separator: ", ")
        + " (\(kinds.count) of \(QuestionKind.allCases.count))"
  }
}
