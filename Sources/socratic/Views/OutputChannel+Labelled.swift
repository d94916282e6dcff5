import SocraticTerminal

extension OutputChannel {
  /// Writes a label and a piece of text a person typed or a file held: the text sanitised,
  /// each of its lines wrapped to the width, every line after the first indented under it,
  /// the label styled.
  func labelled(
    _ label: String, _ text: String, indent: String = "", labelStyle: TextStyle? = .emphasis
  ) {
    let lines = TerminalSanitizer.sanitize(text).split(
      separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      if index == 0 {
        // Wrapping joins words with one space, which would close up a label padded to align
        // (help's "/skip   "): the label is wrapped as one word as wide as it is, then put back.
        let stand = String(repeating: "x", count: TextWrapper.displayWidth(of: label))
        let lead = label.isEmpty ? "" : stand + " "
        let first = indented(lead + line, indent: indent, hanging: "  ")
        write(indent + styled(label, labelStyle) + first.dropFirst(indent.count + stand.count))
      } else {
        // Lines after a label sit under its text; lines of unlabelled text align with the first.
        write(indented(String(line), indent: label.isEmpty ? indent : indent + "  ", hanging: ""))
      }
    }
  }

  /// Writes a line of the program's own text, indented, wrapped, styled.
  func indentedLine(_ text: String, indent: String = "", style: TextStyle? = nil) {
    let text = indented(text, indent: indent, hanging: "  ")
    write(indent + styled(String(text.dropFirst(indent.count).dropLast()), style) + "\n")
  }

  /// The text wrapped to the width left after the indent, each line indented, ending with a
  /// line break; lines after the first of the text get `hanging` more.
  private func indented(_ text: String, indent: String, hanging: String) -> String {
    guard let width else { return indent + text + "\n" }
    // Wrapping drops leading spaces; keep a line's own indentation as part of the indent.
    let ownIndent = String(text.prefix { $0 == " " })
    let indent = indent + ownIndent
    let text = String(text.dropFirst(ownIndent.count))
    let room = max(width - TextWrapper.displayWidth(of: indent), 20)
    return TextWrapper.wrap(text, width: room, indent: hanging)
      .split(separator: "\n", omittingEmptySubsequences: false)
      .map { indent + $0 + "\n" }.joined()
  }
}
