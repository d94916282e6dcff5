/// Turns text a person typed (or a program derived from it) into Markdown that shows exactly
/// that text and nothing else.
///
/// Only the exporter makes structure. In the text, every character CommonMark could read as
/// inline syntax is backslash-escaped wherever it is (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`,
/// `&`, plus `~` and `|` for GitHub's strikethrough and tables); a character that could start
/// a block is escaped at the start of a line (`#`, `>`, `-`, `+`, `=`, and the `.` or `)`
/// after leading digits). Spaces and tabs at the start or end of a line, which Markdown would
/// drop or read as indentation or a line break, become character references (`&#32;`,
/// `&#9;`), as does a carriage return (`&#13;`). Each line break becomes a hard line break (a
/// backslash at the end of the line), so the next line continues the same paragraph; a line
/// break at the very end of the text, which a paragraph cannot end with, becomes `&#10;`.
/// Rendered by any CommonMark implementation, the text comes out as typed (NUL, which
/// CommonMark replaces with U+FFFD, is the one exception).
public enum MarkdownText {
  /// The text escaped for a paragraph or a list item.
  /// - Parameter continuationIndent: put before every line after the first, such as two
  ///   spaces to keep the lines inside a `- ` list item.
  public static func escaped(_ text: String, continuationIndent: String = "") -> String {
    // Work on scalars: as Characters, "\r\n" is one grapheme that is not equal to "\n".
    var body = Substring(text).unicodeScalars
    var trailingBreaks = 0
    while body.last == "\n" {
      body.removeLast()
      trailingBreaks += 1
    }
    var output = ""
    output.reserveCapacity(text.utf8.count + 16)
    var isFirstLine = true
    if !body.isEmpty || trailingBreaks == 0 {
      for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
        if !isFirstLine { output += "\\\n" + continuationIndent }
        isFirstLine = false
        appendLine(line, to: &output)
      }
    }
    output += String(repeating: "&#10;", count: trailingBreaks)
    return output
  }

  /// The text escaped for one line, such as a heading or table cell: line breaks become
  /// spaces.
  public static func escapedLine(_ text: String) -> String {
    var output = ""
    let scalars = text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }
    var line = String.UnicodeScalarView()
    line.append(contentsOf: scalars)
    appendLine(line[...], to: &output)
    return output
  }

  private static func appendLine(_ scalars: Substring.UnicodeScalarView, to output: inout String) {
    var start = scalars.startIndex
    while start < scalars.endIndex, isSpaceOrTab(scalars[start]) {
      output += reference(for: scalars[start])
      start = scalars.index(after: start)
    }
    var end = scalars.endIndex
    while end > start, isSpaceOrTab(scalars[scalars.index(before: end)]) {
      end = scalars.index(before: end)
    }
    let content = scalars[start..<end]
    let blockMarkerEnd = blockMarkerPosition(in: content)
    var index = content.startIndex
    while index < content.endIndex {
      let scalar = content[index]
      if scalar == "\r" {
        output += "&#13;"
      } else if alwaysEscaped.contains(scalar) || index == blockMarkerEnd {
        output.unicodeScalars.append("\\")
        output.unicodeScalars.append(scalar)
      } else {
        output.unicodeScalars.append(scalar)
      }
      index = content.index(after: index)
    }
    for scalar in scalars[end...] { output += reference(for: scalar) }
  }

  /// Where the character that would make the line a block (heading, quote, list item,
  /// thematic break, setext underline) is, if the line starts with one.
  private static func blockMarkerPosition(in content: Substring.UnicodeScalarView.SubSequence)
    -> String.UnicodeScalarView.Index?
  {
    guard let first = content.first else { return nil }
    if lineStartMarkers.contains(first) { return content.startIndex }
    var index = content.startIndex
    while index < content.endIndex, ("0"..."9").contains(content[index]) {
      index = content.index(after: index)
    }
    if index > content.startIndex, index < content.endIndex,
      content[index] == "." || content[index] == ")"
    {
      return index
    }
    return nil
  }

  private static let alwaysEscaped: Set<Unicode.Scalar> = [
    "\\", "`", "*", "_", "[", "]", "<", "&", "~", "|",
  ]
  private static let lineStartMarkers: Set<Unicode.Scalar> = ["#", ">", "-", "+", "="]

  private static func isSpaceOrTab(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t"
  }

  private static func reference(for scalar: Unicode.Scalar) -> String {
    "&#\(scalar.value);"
  }
}
