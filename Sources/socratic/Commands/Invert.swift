import ArgumentParser
import SocraticCore
import SocraticTerminal

/// `socratic invert`: one-shot inversion of a belief, for people and for scripts.
struct Invert: SocraticCommand {
  static let configuration = CommandConfiguration(
    commandName: "invert",
    abstract: "Invert a belief and ask open-ended questions about it.",
    discussion: """
      EXAMPLES:
        socratic invert "I think crypto is a scam because of FTX."
        socratic invert --json "AI regulation will stifle innovation."
        socratic invert --stdin --json < beliefs.txt
        socratic invert --pack climate.yaml "Climate policy is a scam."

      The first sentence is the belief; any further sentences are context and are kept as \
      written. With --stdin each line is a belief and blank lines are skipped; with --json \
      the output is then JSON Lines, one object per belief, and a belief that cannot be read \
      gives {"belief": …, "error": …} while the rest go on. The exit code is 65 when any \
      belief could not be read.
      """
  )

  @OptionGroup var global: GlobalOptions

  @OptionGroup var packs: PackOptions

  @Flag(help: "Print JSON: one object, or with --stdin one object per line (JSON Lines).")
  var json = false

  @Flag(help: "Read beliefs from standard input, one per line.")
  var stdin = false

  @Option(
    help: ArgumentHelp(
      "Vary the wording of the questions; the same number always gives the same wording.",
      valueName: "n"))
  var seed: UInt64?

  @Argument(help: ArgumentHelp("The belief to invert, in quotes.", valueName: "text"))
  var text: String?

  func validate() throws {
    if stdin, text != nil {
      throw ValidationError("Give the belief as an argument or with --stdin, not both.")
    }
    if !stdin, text == nil {
      throw ValidationError(
        "Give a belief to invert, such as: socratic invert \"Crypto is a scam.\" (or use --stdin)."
      )
    }
  }

  func run(_ context: CommandContext) throws {
    let library = try context.loadPacks(packs)
    let engine = InversionEngine(topicIndex: library.topicIndex, extraTerms: library.terms)
    let report = InversionReport(engine: engine, seed: seed, console: context.console)
    guard stdin else {
      if try !report.show(text ?? "", asJSON: json, separated: false) {
        throw ExitCode(FailureCategory.badInput.exitCode)
      }
      return
    }
    try context.forEachInputLine { line, isFirst in
      try report.show(line, asJSON: json, separated: !isFirst)
    }
  }
}

/// Shows what the engine makes of a belief: as a readable block, or as DESIGN.md's JSON object.
private struct InversionReport {
  var engine: InversionEngine
  var seed: UInt64?
  var console: Console

  /// Shows one belief. Returns false when the text is not a belief (the reason is shown: as
  /// `{"belief": …, "error": …}` in JSON, on standard error otherwise).
  func show(_ belief: String, asJSON: Bool, separated: Bool) throws -> Bool {
    if asJSON {
      let (json, isBelief) = Self.jsonLine(for: belief, engine: engine, seed: seed)
      console.out.write(json + "\n")
      return isBelief
    }
    let analysis: BeliefAnalysis
    do {
      analysis = try engine.analyze(belief)
    } catch {
      console.err.line("Error: " + TerminalSanitizer.sanitize(error.description), style: .error)
      return false
    }
    if separated { console.out.line() }
    showBlock(analysis, engine.questions(for: analysis, seed: seed))
    return true
  }

  /// The JSON object for a belief (DESIGN.md's contract), or `{"belief": …, "error": …}` when
  /// the text is not a belief; and whether it was one.
  static func jsonLine(
    for belief: String, engine: InversionEngine, seed: UInt64?
  ) -> (json: String, isBelief: Bool) {
    do {
      let analysis = try engine.analyze(belief)
      return (analysis.jsonObject(questions: engine.questions(for: analysis, seed: seed)), true)
    } catch {
      return (error.jsonObject(belief: belief), false)
    }
  }

  private func showBlock(_ analysis: BeliefAnalysis, _ questions: [Question]) {
    let out = console.out
    var facts: [(String, String)] = [("Claim", analysis.claim), ("Inverted", analysis.inverted)]
    if let reason = analysis.reason { facts.append(("Reason", reason)) }
    if !analysis.terms.isEmpty {
      facts.append(("Terms", analysis.terms.joined(separator: ", ")))
    }
    if !analysis.topics.isEmpty {
      facts.append(("Topics", analysis.topics.joined(separator: ", ")))
    }
    let labelWidth = facts.map(\.0.count).max() ?? 0
    for (label, value) in facts {
      let padding = String(repeating: " ", count: labelWidth + 2 - label.count)
      let text = TerminalSanitizer.sanitize(value, keepingLineBreaks: false)
      out.write(
        out.aligned(text, after: out.styled(label, .quiet) + padding, width: labelWidth + 2)
          + "\n")
    }
    for kind in QuestionKind.allCases {
      let ofKind = questions.filter { $0.kind == kind }
      guard !ofKind.isEmpty else { continue }
      out.line()
      out.line(kind.heading, style: .emphasis)
      for question in ofKind {
        let text = TerminalSanitizer.sanitize(question.text, keepingLineBreaks: false)
        out.write(out.aligned(text, after: "  ", width: 2, hanging: "  ") + "\n")
      }
    }
  }
}

extension QuestionKind {
  /// The kind's label as a heading: "Reasons and evidence".
  fileprivate var heading: String {
    label.prefix(1).uppercased() + label.dropFirst()
  }
}
