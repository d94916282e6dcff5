import SocraticCore
import SocraticTerminal

/// Shows what a dialogue says on the terminal: every mode's outputs, in one look.
///
/// Every text in an output is sanitised before it is shown: many hold what the person typed
/// or what a pack file said. Prose is wrapped to the terminal; piped output is left unwrapped.
struct DialogueView {
  var out: OutputChannel

  /// Shows one output. The outputs that need the recorded session (`.summary`,
  /// `.closingSummary`, `.export`) are the runner's to show; they show nothing here.
  func render(_ output: DialogueOutput) {
    switch output {
    case .notice(let text, let tone):
      if tone == .request { out.line() }
      out.line(clean(text), style: style(of: tone))
    case .topicMenu(let choices):
      for choice in choices {
        let id = choice.id.map { " " + out.styled("(" + clean($0) + ")", .quiet) } ?? ""
        out.write("  \(choice.number). " + clean(choice.title) + id + "\n")
      }
    case .sampleBeliefs(let topic, let beliefs):
      out.line()
      out.line("Beliefs about " + clean(topic) + " to start from:", style: .emphasis)
      for (index, belief) in beliefs.enumerated() {
        out.labelled("\(index + 1).", belief, indent: "  ", labelStyle: nil)
      }
    case .beliefReading(let reading):
      out.line()
      out.labelled(
        reading.isRestatement ? "Restated:" : "You believe:", reading.text, labelStyle: nil)
      out.labelled("Understood as:", reading.claim, indent: "  ", labelStyle: .quiet)
      if let reason = reading.reason {
        out.labelled("Reason:", reason, indent: "  ", labelStyle: .quiet)
      }
      out.labelled("Inverted:", reading.inverted, indent: "  ", labelStyle: .quiet)
    case .inversion(let claim, let inverted):
      out.labelled("Your belief:", claim)
      out.labelled("Inverted:", inverted)
    case .question(let question):
      out.line()
      var label = "Question \(question.number) \u{00B7} \(question.kind.label)"
      if let follows = question.follows { label += " \u{00B7} follow-up to \(follows)" }
      out.line(label, style: .quiet)
      out.line(clean(question.text), style: .emphasis)
    case .help(let commands):
      showHelp(commands)
    case .summary, .closingSummary, .export:
      break
    }
  }

  private func showHelp(_ commands: [CommandSpec]) {
    let width = commands.map { TextWrapper.displayWidth(of: $0.usage) }.max() ?? 0
    for command in commands {
      let padding = String(
        repeating: " ", count: width - TextWrapper.displayWidth(of: command.usage))
      out.labelled(command.usage + padding, command.summary, indent: "  ", labelStyle: .emphasis)
    }
    out.line(
      "Keys: Tab completes a command; Up and Ctrl-R recall earlier lines; Ctrl-C clears the "
        + "line; Ctrl-D ends the session, like /quit.", style: .quiet)
  }

  private func style(of tone: NoticeTone) -> TextStyle? {
    switch tone {
    case .plain, .request: nil
    case .quiet: .quiet
    case .success: .success
    case .problem: .warning
    }
  }

  private func clean(_ text: String) -> String {
    TerminalSanitizer.sanitize(text, keepingLineBreaks: false)
  }
}
