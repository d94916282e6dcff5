import ArgumentParser
import SocraticCore
import SocraticTerminal

/// `socratic sessions list`: every session, newest first.
struct SessionsList: SocraticCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List sessions, newest first.",
    discussion: """
      EXAMPLES:
        socratic sessions list
        socratic sessions list --data-dir ./class-logs

      Each line shows the id, the date, the mode, the topic, the belief, the confidence before and after, and how many questions were answered (in partner and drill mode: asked). A session that explored more than one belief (/belief) shows the last, after how many there were: "(2 beliefs) …".
      """
  )

  @OptionGroup var global: GlobalOptions

  func run(_ context: CommandContext) throws {
    let store = context.sessionStore
    let entries = try store.entries()
    var rows: [[String]] = []
    for entry in entries {
      for warning in entry.warnings {
        context.console.err.line(
          "Warning: " + TerminalSanitizer.sanitize(warning, keepingLineBreaks: false),
          style: .warning)
      }
      if let problem = entry.problem {
        context.console.err.line(
          "Warning: " + TerminalSanitizer.sanitize(problem, keepingLineBreaks: false)
            + " Not listed.",
          style: .warning)
      } else {
        rows.append(row(entry, context.glyphs))
      }
    }
    let out = context.console.out
    guard !rows.isEmpty else {
      if entries.isEmpty {
        out.line("No sessions yet in " + TerminalSanitizer.sanitize(store.folder) + ".")
        out.line("Start one with 'socratic', 'socratic partner' or 'socratic drill'.")
      }
      return
    }
    let header = ["ID", "DATE", "MODE", "TOPIC", "BELIEF", "CONFIDENCE", "QUESTIONS"]
    let table = TableLayout(
      header: header, rows: rows, flexibleColumn: 4, width: out.width, glyphs: context.glyphs)
    out.line(table.lines[0], style: .emphasis)
    for line in table.lines.dropFirst() { out.line(line) }
  }

  private func row(_ entry: SessionListEntry, _ glyphs: Glyphs) -> [String] {
    func clean(_ text: String?) -> String {
      text.map { TerminalSanitizer.sanitize($0, keepingLineBreaks: false) } ?? "-"
    }
    let confidence: String
    switch (entry.confidenceBefore, entry.confidenceAfter) {
    case (nil, nil): confidence = "-"
    case (let before, let after):
      confidence =
        (before.map(String.init) ?? "?") + " \(glyphs.arrow) "
        + (after.map(String.init) ?? "?")
    }
    // The count goes first, where shortening a long belief cannot cut it off.
    let beliefs = entry.earlierBeliefCount > 0 ? "(\(entry.earlierBeliefCount + 1) beliefs) " : ""
    return [
      clean(entry.id), entry.started.map(LocalTime.minute) ?? "-",
      entry.mode?.rawValue ?? "-", clean(entry.topic), beliefs + clean(entry.belief), confidence,
      String(entry.questionCount),
    ]
  }
}

/// Columns aligned by display width; one column shrinks, with an ellipsis, to fit the width.
struct TableLayout {
  /// The header line, then one line per row.
  var lines: [String]

  /// Lays out the table.
  /// - Parameters:
  ///   - flexibleColumn: the column that is shortened when the table is too wide.
  ///   - width: the terminal's width, or nil (not a terminal): then the flexible column is cut
  ///     at 40 columns so lines stay readable in a file.
  init(
    header: [String], rows: [[String]], flexibleColumn: Int, width: Int?,
    glyphs: Glyphs = .unicode
  ) {
    let all = [header] + rows
    var widths = header.indices.map { column in
      all.map { TextWrapper.displayWidth(of: $0[column]) }.max() ?? 0
    }
    let others = widths.enumerated().filter { $0.offset != flexibleColumn }.map(\.element)
    let fixed = others.reduce(0, +) + 2 * (header.count - 1)
    let room = width.map { $0 - fixed } ?? 40
    widths[flexibleColumn] = max(min(widths[flexibleColumn], room), header[flexibleColumn].count)
    lines = all.map { cells in
      cells.enumerated().map { column, cell in
        var text = cell
        if column == flexibleColumn {
          text = Self.shortened(text, to: widths[column], ellipsis: glyphs.ellipsis)
        }
        guard column < cells.count - 1 else { return text }
        return text
          + String(
            repeating: " ", count: max(widths[column] - TextWrapper.displayWidth(of: text), 0))
      }.joined(separator: "  ")
    }
  }

  /// The text cut to a display width, ending with the ellipsis when cut.
  static func shortened(_ text: String, to width: Int, ellipsis: String) -> String {
    guard TextWrapper.displayWidth(of: text) > width else { return text }
    let room = width - TextWrapper.displayWidth(of: ellipsis)
    var result = ""
    var used = 0
    for character in text {
      let characterWidth = TextWrapper.displayWidth(of: String(character))
      if used + characterWidth > room { break }
      result.append(character)
      used += characterWidth
    }
    while result.last == " " { result.removeLast() }
    return result + ellipsis
  }
}
