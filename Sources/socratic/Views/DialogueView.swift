import SocraticCore
import SocraticTerminal

/// Shows what a dialogue says on the terminal: every mode's outputs, in one look.
///
/// Every text in an output is sanitised before it is shown: many hold what the person typed
/// or what a pack file said. Prose is wrapped to the terminal; piped output is left unwrapped.
struct DialogueView {
  var out: OutputChannel
  var glyphs: Glyphs

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
      out.line(QuestionLabel.text(for: question), style: .quiet)
      out.line(clean(question.text), style: .emphasis)
    case .help(let commands):
      showHelp(commands)
    case .invitations(let questions):
      out.line()
      out.line("To open, invite them to say what they think:", style: .emphasis)
      showQuestions(questions)
    case .suggestions(let stage, let items):
      out.line()
      out.line(
        stage.map { "Say next \u{00B7} stage \($0.number) of 5, \($0.title)" } ?? "Say next",
        style: .emphasis)
      showSuggestions(items, at: stage)
    case .stages(let current):
      showStages(current)
    case .review(let review):
      showReview(review)
    case .persona(let persona):
      out.line()
      out.labelled("The persona believes:", persona.belief)
      if let topic = persona.topic {
        out.labelled("Topic:", topic, indent: "  ", labelStyle: .quiet)
      }
      out.indentedLine("How sure it is: \(persona.confidence) out of 100", indent: "  ")
      out.indentedLine("Questions left: \(persona.questionsLeft)", indent: "  ", style: .quiet)
    case .personaReply(let answer):
      out.labelled("Persona:", answer.text)
      let change =
        answer.confidenceAfter == answer.confidenceBefore
        ? "\(answer.confidenceAfter), unchanged"
        : "\(answer.confidenceBefore) \(glyphs.arrow) \(answer.confidenceAfter)"
      out.indentedLine("How sure it is: " + change, indent: "  ", style: .quiet)
    case .summary, .closingSummary, .export:
      break
    }
  }

  /// Questions to ask, each after its kind.
  private func showQuestions(_ questions: [Question]) {
    for question in questions {
      out.labelled(question.kind.label + ":", question.text, indent: "  ", labelStyle: .quiet)
    }
  }

  /// Partner's suggestions, each labelled with what it is: "reflect", "close" at the close, or
  /// the question's kind.
  private func showSuggestions(_ items: [PartnerSuggestion], at stage: ConversationStage?) {
    for item in items {
      out.labelled(item.label(at: stage) + ":", item.text, indent: "  ", labelStyle: .quiet)
    }
  }

  /// `/stage`: the arc of the conversation, the current stage marked, and what to aim for.
  private func showStages(_ current: ConversationStage) {
    out.line("The conversation is at stage \(current.number) of 5: \(current.title).")
    for stage in ConversationStage.allCases {
      let line = "\(stage.number). \(stage.title)"
      if stage == current {
        out.indentedLine(line + " (you are here)", indent: "  ", style: .emphasis)
      } else {
        out.indentedLine(line, indent: "  ", style: .quiet)
      }
    }
    out.line(current.aim)
    out.line("/stage NAME or /stage NUMBER moves to a stage.", style: .quiet)
  }

  /// The critic's verdict on a question the person asked: in full in a drill, in a line for
  /// partner's `/me` (its better wording only when the question was closed or leading).
  private func showReview(_ review: QuestionReview) {
    let critique = review.critique
    let form = clean(critique.form) + (critique.detail.map { " \u{00B7} " + $0 } ?? "")
    let isGood = critique.isGood
    let isQuestion = QuestionForm(rawValue: critique.form)?.isQuestion ?? true
    if review.isBrief {
      var line = (isQuestion ? "Question" : "Line") + " \(review.number): " + form
      line +=
        isGood
        ? (isQuestion ? ", a good question." : ", well heard.")
        : ": " + critique.problems.map(clean).joined(separator: "; ") + "."
      out.indentedLine(line, style: isGood ? .success : .warning)
      if critique.form != "open", let suggestion = critique.suggestion {
        out.labelled("Better:", suggestion, indent: "  ", labelStyle: .quiet)
      }
      return
    }
    out.line()
    var heading = "Question \(review.number)"
    if let limit = review.limit { heading += " of \(limit)" }
    heading += " \u{00B7} " + form
    if isGood {
      out.indentedLine(
        heading + (isQuestion ? ": a good question." : ": well heard."), style: .success)
      return
    }
    out.indentedLine(heading, style: .warning)
    for problem in critique.problems {
      out.labelled("Problem:", problem, indent: "  ", labelStyle: .quiet)
    }
    if let suggestion = critique.suggestion {
      out.labelled("Better:", suggestion, indent: "  ", labelStyle: .quiet)
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
