import SocraticCore
import SocraticTerminal

/// The line that heads a question, on the screen and in `sessions show` alike: its number and
/// kind, the question it follows up, the pack it came from ("Question 3 · inversion · pack
/// politics"). The pack's name is the user's own text, so it is sanitised.
enum QuestionLabel {
  static func text(for question: SessionEvent.QuestionAsked) -> String {
    var label = "Question \(question.number) \u{00B7} \(question.kind.label)"
    if let follows = question.follows { label += " \u{00B7} follow-up to \(follows)" }
    if question.source == .pack, let pack = question.pack {
      label += " \u{00B7} pack " + TerminalSanitizer.sanitize(pack, keepingLineBreaks: false)
    }
    return label
  }
}
