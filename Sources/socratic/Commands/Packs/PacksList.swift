import ArgumentParser
import SocraticCore
import SocraticTerminal

/// `socratic packs list`: every loaded pack with its id, title, size and source.
struct PacksList: SocraticCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the loaded topic packs: id, title, questions and where each came from.",
    discussion: """
      EXAMPLES:
        socratic packs list
        socratic packs list --pack ./climate.yaml
      """
  )

  @OptionGroup var global: GlobalOptions
  @OptionGroup var packOptions: PackOptions

  func run(_ context: CommandContext) throws {
    let library = try context.loadPacks(packOptions)
    let rows =
      [["ID", "TITLE", "QUESTIONS", "SOURCE"]]
      + library.packs.map { entry in
        [
          entry.pack.id, entry.pack.title, String(entry.pack.questions.count), entry.source.label,
        ].map { TerminalSanitizer.sanitize($0, keepingLineBreaks: false) }
      }
    for (index, row) in Table.align(rows).enumerated() {
      context.console.out.write(
        context.console.out.styled(row, index == 0 ? .emphasis : nil) + "\n")
    }
  }
}

/// Lines of columns padded to a common display width.
enum Table {
  static func align(_ rows: [[String]], gap: Int = 2) -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      rows.map { column < $0.count ? TextWrapper.displayWidth(of: $0[column]) : 0 }.max() ?? 0
    }
    return rows.map { row in
      var line = ""
      for (column, cell) in row.enumerated() {
        line += cell
        if column < row.count - 1 {
          let padding = widths[column] - TextWrapper.displayWidth(of: cell) + gap
          line += String(repeating: " ", count: padding)
        }
      }
      return line
    }
  }
}
