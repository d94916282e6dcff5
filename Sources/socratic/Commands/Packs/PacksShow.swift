import ArgumentParser
import SocraticCore
import SocraticTerminal

/// `socratic packs show ID`: a pack's description, keywords, beliefs, questions by kind and
/// terms.
struct PacksShow: SocraticCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a topic pack: its beliefs, its questions grouped by kind, and its terms.",
    discussion: """
      EXAMPLES:
        socratic packs show crypto
        socratic packs show climate --pack ./climate.yaml
      """
  )

  @OptionGroup var global: GlobalOptions
  @OptionGroup var packOptions: PackOptions

  @Argument(help: ArgumentHelp("The id of the pack, as 'socratic packs list' shows it."))
  var id: String

  func run(_ context: CommandContext) throws {
    let library = try context.loadPacks(packOptions)
    guard let entry = library.pack(id: id) else {
      throw UnknownPackError(id: id, known: library.packs.map(\.pack.id))
    }
    let pack = entry.pack
    let out = context.console.out
    func clean(_ text: String) -> String {
      TerminalSanitizer.sanitize(text, keepingLineBreaks: false)
    }

    out.line(
      out.styled(clean(pack.title), .emphasis)
        + " (\(clean(pack.id)), version \(pack.version), \(clean(entry.source.label)))")
    if !pack.description.isEmpty { out.line(clean(pack.description)) }
    out.line()
    out.line(
      "Keywords: "
        + (pack.keywords.isEmpty
          ? "none; the pack is used for every belief"
          : pack.keywords.map(clean).joined(separator: ", ")),
      indent: "  ")

    if !pack.beliefs.isEmpty {
      out.line()
      out.line(out.styled("Sample beliefs (\(pack.beliefs.count))", .emphasis))
      for belief in pack.beliefs {
        let side = belief.side.map { " (\($0.rawValue))" } ?? ""
        out.line("  - " + clean(belief.text) + side, indent: "    ")
      }
    }

    out.line()
    out.line(out.styled("Questions (\(pack.questions.count))", .emphasis))
    for kind in QuestionKind.allCases {
      let questions = pack.questions.filter { $0.kind == kind }
      guard !questions.isEmpty else { continue }
      out.line(
        "  " + out.styled(kind.label.prefix(1).uppercased() + kind.label.dropFirst(), .prompt))
      for question in questions {
        out.line("    - " + clean(question.text), indent: "      ")
      }
    }

    if !pack.terms.isEmpty {
      out.line()
      out.line(out.styled("Loaded terms (\(pack.terms.count))", .emphasis))
      for term in pack.terms {
        out.line("  " + out.styled(clean(term.term), .prompt))
        for question in term.questions {
          out.line("    - " + clean(question.text), indent: "      ")
        }
      }
    }
  }
}

/// `packs show` was given an id no loaded pack has.
struct UnknownPackError: SocraticError {
  var id: String
  var known: [String]
  var category: FailureCategory { .failure }

  var description: String {
    let suggestion = Suggestion.closest(to: id, among: known).map { " Did you mean '\($0)'?" } ?? ""
    return
      "no loaded pack has the id '\(TerminalSanitizer.sanitize(id, keepingLineBreaks: false))'."
      + suggestion + " Run 'socratic packs list' to see the loaded packs."
  }
}
