/// Word-wraps text for a terminal of a given width.
public enum TextWrapper {
  /// The widest socratic ever wraps to, however wide the terminal: long lines are hard to read.
  public static let maximumWidth = 100

  /// Wraps each line of the text at spaces so no line is wider than `width` columns.
  ///
  /// Existing line breaks are kept. A word wider than the line is broken where it must be.
  /// `indent` starts every line after the first of a paragraph (a hanging indent).
  public static func wrap(_ text: String, width: Int, indent: String = "") -> String {
    let width = max(width, 10)
    let indentWidth = displayWidth(of: indent)
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { wrapParagraph($0, width: width, indent: indent, indentWidth: indentWidth) }
      .joined(separator: "\n")
  }

  private static func wrapParagraph(
    _ paragraph: Substring,
    width: Int,
    indent: String,
    indentWidth: Int
  ) -> String {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
      var word = String(word)
      var wordWidth = displayWidth(of: word)
      let space = line.isEmpty ? 0 : 1
      if lineWidth + space + wordWidth <= width {
        line += (line.isEmpty ? "" : " ") + word
        lineWidth += space + wordWidth
        continue
      }
      if !line.isEmpty {
        lines.append(line)
        line = indent
        lineWidth = indentWidth
      }
      // Break a word that cannot fit on a line of its own.
      while lineWidth + wordWidth > width {
        let (head, tail) = split(word, toFit: width - lineWidth)
        lines.append(line + head)
        line = indent
        lineWidth = indentWidth
        word = tail
        wordWidth = displayWidth(of: word)
      }
      line += word
      lineWidth += wordWidth
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines.joined(separator: "\n")
  }

  private static func split(_ word: String, toFit columns: Int) -> (String, String) {
    var head = ""
    var used = 0
    var index = word.startIndex
    while index < word.endIndex {
      let width = displayWidth(of: word[index])
      if used + width > columns, !head.isEmpty { break }
      head.append(word[index])
      used += width
      index = word.index(after: index)
    }
    return (head, String(word[index...]))
  }

  /// The number of terminal columns a text takes: wide East Asian characters and emoji take
  /// two, combining marks none.
  public static func displayWidth<S: StringProtocol>(of text: S) -> Int {
    // ASCII, most of what is shown, takes a column a byte: no need to walk its characters.
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
    return text.reduce(0) { $0 + displayWidth(of: $1) }
  }

  private static func displayWidth(of character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
