import Foundation

/// The words the Markdown export labels lines, ratings and counts with.
extension MarkdownExporter {
  /// What a line the person said is called in a drill's heading.
  static func lineName(_ form: QuestionForm) -> String {
    switch form {
    case .open, .closed, .leading: "Question"
    case .reflection: "Reflection"
    case .statement: "Statement"
    }
  }

  /// The label of a line the person said.
  public static func saidLabel(_ form: QuestionForm) -> String {
    switch form {
    case .open, .closed, .leading: "You asked:"
    case .reflection: "You reflected:"
    case .statement: "You said:"
    }
  }

  /// The label of a confidence rating, by when it was given.
  static func confidenceLabel(_ moment: SessionEvent.ConfidenceMoment) -> String {
    switch moment {
    case .before: "Confidence before"
    case .after: "Confidence after"
    case .update: "Confidence now"
    case .correction: "Confidence set right"
    default: "Confidence (" + MarkdownText.escapedLine(moment.rawValue) + ")"
    }
  }

  /// Counts by form, in brackets after a total: " (open 5, closed 1)".
  static func byForm(_ summary: SessionSummary) -> String {
    let forms = summary.askedByForm
    return forms.isEmpty
      ? ""
      : " ("
        + forms.map {
          MarkdownText.escapedLine(SessionSummary.formLabel($0.form)) + " \($0.count)"
        }.joined(separator: ", ")
        + ")"
  }

  /// The text with its first letter upper case.
  static func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }

  /// `2026-11-25 06:15 UTC`.
  static func humanTime(_ date: Date) -> String {
    let stamp = Timestamp.string(from: date)
    return String(stamp.prefix(10)) + " " + String(stamp.dropFirst(11).prefix(5)) + " UTC"
  }
}
