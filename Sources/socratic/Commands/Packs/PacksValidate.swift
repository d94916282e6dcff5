import ArgumentParser
import SocraticCore
import SocraticTerminal

/// `socratic packs validate FILE...`: checks pack files and lists every problem in them.
struct PacksValidate: SocraticCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check topic pack files, listing every problem with its line and column.",
    discussion: """
      EXAMPLES:
        socratic packs validate climate.yaml
        socratic packs validate ~/.config/socratic/packs/*.yaml

      Prints 'FILE: ok' on standard output for each valid file and every problem of the others \
      on standard error. Exits 0 when all are valid, 65 when any has problems, and 1 when a \
      file cannot be read.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("The pack files to check.", valueName: "file"))
  var files: [String]

  func run(_ context: CommandContext) throws {
    let builtInIDs = Set(PackLibrary.builtIn().packs.map(\.pack.id))
    var invalidCount = 0
    var unreadableCount = 0
    for (path, outcome) in PackLibrary.validate(files) {
      let shownPath = TerminalSanitizer.sanitize(path, keepingLineBreaks: false)
      switch outcome {
      case .success(let pack):
        let count = pack.questions.count == 1 ? "1 question" : "\(pack.questions.count) questions"
        let replaces = builtInIDs.contains(pack.id) ? "; replaces the built-in pack" : ""
        context.console.out.line(
          "\(shownPath): ok ('\(TerminalSanitizer.sanitize(pack.id))', \(count)\(replaces))",
          style: .success)
      case .failure(.invalid(let reports)):
        invalidCount += 1
        for report in reports {
          context.console.err.write(TerminalSanitizer.sanitize(report.report) + "\n")
        }
      case .failure(let error):
        unreadableCount += 1
        context.console.err.line("Error: \(error.description)", style: .error)
      }
    }
    if invalidCount > 0 {
      let packs = invalidCount == 1 ? "1 pack has" : "\(invalidCount) packs have"
      context.console.err.line(
        "Error: \(packs) problems, listed above; fix them and run 'socratic packs validate' "
          + "again.", style: .error)
      throw ExitCode(FailureCategory.badInput.exitCode)
    }
    if unreadableCount > 0 { throw ExitCode(FailureCategory.failure.exitCode) }
  }
}
