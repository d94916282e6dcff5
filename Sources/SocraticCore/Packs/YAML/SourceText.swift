/// A file's text, split into lines the way libyaml counts them, for showing where a problem is.
struct SourceText {
  private let lines: [Substring]

  init(_ text: String) {
    var lines: [Substring] = []
    var lineStart = text.unicodeScalars.startIndex
    var index = lineStart
    let scalars = text.unicodeScalars
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      if Self.isBreak(scalar) {
        lines.append(Substring(scalars[lineStart..<index]))
        if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
          index = scalars.index(after: next)
        } else {
          index = next
        }
        lineStart = index
      } else {
        index = next
      }
    }
    lines.append(Substring(scalars[lineStart..<scalars.endIndex]))
    self.lines = lines
  }

  /// The widest excerpt of a line shown under a problem; longer lines are cut around the column.
  static let excerptWidth = 120

  /// The line at a position, with invisible characters made visible, and a caret line under the
  /// column (tabs copied, so the caret lines up wherever the terminal puts tab stops).
  func excerpt(at position: SourcePosition) -> (line: String, caret: String)? {
    guard position.line >= 1, position.line <= lines.count else { return nil }
    var scalars = Array(lines[position.line - 1].unicodeScalars)
    var column = max(1, min(position.column, scalars.count + 1))
    var prefix = ""
    if scalars.count > Self.excerptWidth {
      let start = max(0, min(column - 1 - Self.excerptWidth / 2, scalars.count - Self.excerptWidth))
      let end = min(scalars.count, start + Self.excerptWidth)
      let cut = Array(scalars[start..<end])
      prefix = start > 0 ? "…" : ""
      column -= start
      scalars = cut + (end < lines[position.line - 1].unicodeScalars.count ? ["…"] : [])
    }
    var line = String.UnicodeScalarView()
    var caret = String.UnicodeScalarView()
    caret.append(contentsOf: String(repeating: " ", count: prefix.count).unicodeScalars)
    for (offset, scalar) in scalars.enumerated() {
      line.append(scalar == "\t" ? scalar : Self.visible(scalar))
      if offset < column - 1 { caret.append(scalar == "\t" ? "\t" : " ") }
    }
    caret.append("^")
    return (prefix + String(line), String(caret))
  }

  /// Where a byte offset falls, for libyaml's reader errors, which give only an offset.
  static func position(ofByteOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> SourcePosition
  {
    let text = String(decoding: bytes[..<min(offset, bytes.count)], as: UTF8.self)
    let lines = SourceText(text).lines
    return SourcePosition(line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
  }

  /// The column of the first character on a line that is not a space, for the start of a block
  /// scalar's text.
  func firstContentColumn(ofLine line: Int) -> Int? {
    guard line >= 1, line <= lines.count else { return nil }
    let scalars = lines[line - 1].unicodeScalars
    guard let index = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return nil }
    return scalars.distance(from: scalars.startIndex, to: index) + 1
  }

  /// Where a literal piece of text occurs for the `occurrence`-th time (from 0) at or after a
  /// position, looking at most `lineLimit` lines ahead.
  func find(
    _ needle: String, occurrence: Int, from start: SourcePosition, lineLimit: Int = 100
  ) -> SourcePosition? {
    var remaining = occurrence
    let needleScalars = Array(needle.unicodeScalars)
    var lineNumber = start.line
    while lineNumber <= min(lines.count, start.line + lineLimit) {
      let scalars = Array(lines[lineNumber - 1].unicodeScalars)
      var column = lineNumber == start.line ? start.column - 1 : 0
      while column + needleScalars.count <= scalars.count {
        if scalars[column..<column + needleScalars.count].elementsEqual(needleScalars) {
          if remaining == 0 { return SourcePosition(line: lineNumber, column: column + 1) }
          remaining -= 1
        }
        column += 1
      }
      lineNumber += 1
    }
    return nil
  }

  /// Text from a file made safe to show: control characters, which could drive a terminal, and
  /// the bidirectional overrides, which could reorder what is shown, become '?', one for one, so
  /// columns still line up.
  static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { visible($0) != $0 }) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.map(visible)))
  }

  private static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: "?"
    default: scalar
    }
  }

  /// libyaml's line breaks: LF, CR, CRLF, NEL, LS and PS.
  private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }
}
