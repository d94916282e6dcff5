import ArgumentParser
import SocraticCore
import SocraticTerminal

/// `socratic critique`: one-shot coaching of a question, for people and for scripts.
struct Critique: SocraticCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Coach a question or reflection: its form, its kind or depth, and a better wording.",
    discussion: """
      EXAMPLES:
        socratic critique "Don't you think crypto is a scam?"
        socratic critique --json "Should we ban TikTok?"
        socratic critique --after "My brother never calls." "You miss him."
        socratic critique --stdin --json < questions.txt

      A question is open when it invites an answer in the person's own words, closed when \
      yes, no or a single fact answers it, and leading when it steers the answer or puts the \
      person on the defensive. A line that asks nothing is a reflection when it gives back \
      what the other person said or meant: simple in their words, complex when it adds the \
      feeling, meaning or value underneath (judged against --after, what they last said). \
      Anything else is a statement (advice, information, an opinion), with a question to ask \
      instead. Text before a question is read as context; when a line asks several \
      questions, the first is critiqued. With --stdin each line is critiqued and blank lines \
      are skipped; with --json the output is then JSON Lines, one object per line, and a line \
      with no words gives {"question": …, "error": …} while the rest go on. The exit code is \
      65 when any line had no words to critique.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Print JSON: one object, or with --stdin one object per line (JSON Lines).")
  var json = false

  @Flag(help: "Read questions from standard input, one per line.")
  var stdin = false

  @Option(
    help: ArgumentHelp(
      "What the other person last said: a reflection's depth is judged against it.",
      valueName: "text"))
  var after: String?

  @Argument(
    help: ArgumentHelp("The question or reflection to critique, in quotes.", valueName: "text"))
  var text: String?

  func validate() throws {
    if stdin, text != nil {
      throw ValidationError("Give the question as an argument or with --stdin, not both.")
    }
    if !stdin, text == nil {
      throw ValidationError(
        "Give a question to critique, such as: socratic critique \"Is crypto a scam?\" "
          + "(or use --stdin).")
    }
  }

  func run(_ context: CommandContext) throws {
    let report = CritiqueReport(critic: QuestionCritic(), after: after, console: context.console)
    guard stdin else {
      if !report.show(text ?? "", asJSON: json, separated: false) {
        throw ExitCode(FailureCategory.badInput.exitCode)
      }
      return
    }
    try context.forEachInputLine { line, isFirst in
      report.show(line, asJSON: json, separated: !isFirst)
    }
  }
}

/// Shows what the critic makes of a line: as a readable block, or as DESIGN.md's JSON object.
private struct CritiqueReport {
  var critic: QuestionCritic
  /// What the other person last said, for a reflection's depth.
  var after: String?
  var console: Console

  /// Shows one line. Returns false when it has no words to critique (the reason is shown: as
  /// `{"question": …, "error": …}` in JSON, on standard error otherwise).
  func show(_ question: String, asJSON: Bool, separated: Bool) -> Bool {
    let critique: QuestionCritique
    do {
      critique = try critic.critique(question, after: after)
    } catch {
      if asJSON {
        console.out.write(error.jsonObject(question: question) + "\n")
      } else {
        console.err.line("Error: " + TerminalSanitizer.sanitize(error.description), style: .error)
      }
      return false
    }
    if asJSON {
      console.out.write(critique.jsonObject + "\n")
    } else {
      if separated { console.out.line() }
      showBlock(critique)
    }
    return true
  }

  private func showBlock(_ critique: QuestionCritique) {
    let out = console.out
    var rows: [(label: String, value: String, style: TextStyle?)] = [
      ("Question", critique.question, nil),
      ("Form", critique.formSummary(heard: after != nil), critique.form.style),
    ]
    if let kind = critique.kind { rows.append(("Kind", kind.label, nil)) }
    if let depth = critique.depth { rows.append(("Depth", depth.rawValue, nil)) }
    for (index, problem) in critique.problems.enumerated() {
      let label = index > 0 ? "" : critique.problems.count == 1 ? "Problem" : "Problems"
      rows.append((label, problem, nil))
    }
    if let suggestion = critique.suggestion { rows.append(("Try", suggestion, .emphasis)) }
    let width = (rows.map(\.label.count).max() ?? 0) + 2
    for row in rows {
      let text = TerminalSanitizer.sanitize(row.value, keepingLineBreaks: false)
      let padding = String(repeating: " ", count: width - row.label.count)
      let line = out.aligned(text, after: "", width: width)
      out.write(out.styled(row.label, .quiet) + padding + out.styled(line, row.style) + "\n")
    }
  }
}

extension QuestionCritique {
  /// The form as a learner reads it: "open: a good question to ask", "reflection: well
  /// heard", "closed", "leading", "statement". A reflection is well heard only against what
  /// they said (`heard`); with nothing of theirs given, the line may give back nothing.
  fileprivate func formSummary(heard: Bool) -> String {
    guard isGood else { return form.rawValue }
    if form == .open { return "open: a good question to ask" }
    return heard ? "reflection: well heard" : Self.unheardReflection
  }

  /// A reflection's summary when what they said is not known.
  private static let unheardReflection =
    "reflection: good if it gives back what they said (--after checks it)"
}

extension QuestionForm {
  /// The colour of the form on a terminal.
  fileprivate var style: TextStyle {
    switch self {
    case .open, .reflection: .success
    case .closed, .statement: .warning
    case .leading: .error
    }
  }
}
