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
    // Work on UTF-8 bytes: every character that matters is ASCII, which never occurs inside a
    // multi-byte sequence, and as Characters "\r\n" is one grapheme that is not "\n".
    var text = text
    return text.withUTF8 { utf8 in
      var end = utf8.count
      var trailingBreaks = 0
      while end > 0, utf8[end - 1] == newline {
        end -= 1
        trailingBreaks += 1
      }
      var output: [UInt8] = []
      output.reserveCapacity(utf8.count + utf8.count / 8 + 16)
      if end > 0 || trailingBreaks == 0 {
        var lineStart = 0
        while true {
          let lineEnd = utf8[lineStart..<end].firstIndex(of: newline) ?? end
          if lineStart > 0 {
            output.append(backslash)
            output.append(newline)
            output.append(contentsOf: continuationIndent.utf8)
          }
          appendLine(UnsafeBufferPointer(rebasing: utf8[lineStart..<lineEnd]), to: &output)
          if lineEnd == end { break }
          lineStart = lineEnd + 1
        }
      }
      for _ in 0..<trailingBreaks { output.append(contentsOf: "&#10;".utf8) }
      return String(decoding: output, as: UTF8.self)
    }
  }

  /// The text escaped for one line, such as a heading or table cell: line breaks become
  /// spaces.
  public static func escapedLine(_ text: String) -> String {
    let bytes = text.utf8.map { $0 == newline || $0 == carriageReturn ? space : $0 }
    var output: [UInt8] = []
    bytes.withUnsafeBufferPointer { appendLine($0, to: &output) }
    return String(decoding: output, as: UTF8.self)
  }

  private static func appendLine(_ line: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    var start = 0
    while start < line.count, line[start] == space || line[start] == tab {
      appendReference(to: line[start], &output)
      start += 1
    }
    var end = line.count
    while end > start, line[end - 1] == space || line[end - 1] == tab { end -= 1 }
    let marker = blockMarkerPosition(in: line, from: start, to: end)
    for index in start..<end {
      let byte = line[index]
      if byte == carriageReturn {
        output.append(contentsOf: "&#13;".utf8)
      } else if (byte < 128 && alwaysEscaped[Int(byte)]) || index == marker {
        output.append(backslash)
        output.append(byte)
      } else {
        output.append(byte)
      }
    }
    for index in end..<line.count { appendReference(to: line[index], &output) }
  }

  /// Where the character that would make the line a block (heading, quote, list item,
  /// thematic break, setext underline) is, if the line starts with one.
  private static func blockMarkerPosition(
    in line: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Int? {
    guard start < end else { return nil }
    switch line[start] {
    case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+"),
      UInt8(ascii: "="):
      return start
    default:
      var index = start
      while index < end, line[index] >= UInt8(ascii: "0"), line[index] <= UInt8(ascii: "9") {
        index += 1
      }
      if index > start, index < end,
        line[index] == UInt8(ascii: ".") || line[index] == UInt8(ascii: ")")
      {
        return index
      }
      return nil
    }
  }

  private static func appendReference(to byte: UInt8, _ output: inout [UInt8]) {
    output.append(contentsOf: "&#\(byte);".utf8)
  }

  /// ASCII characters escaped wherever they are: `\` `` ` `` `*` `_` `[` `]` `<` `&` `~` `|`.
  private static let alwaysEscaped: [Bool] = (0..<128).map { code in
    "\\`*_[]<&~|".utf8.contains(UInt8(code))
  }

  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
  private static let space = UInt8(ascii: " ")
  private static let tab = UInt8(ascii: "\t")
  private static let backslash = UInt8(ascii: "\\")
}
