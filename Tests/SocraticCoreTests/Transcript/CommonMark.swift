import Foundation
import Testing

/// Renders Markdown with `cmark`, the CommonMark reference implementation, and reads text back
/// out of its HTML.
enum CommonMark {
  /// The HTML cmark makes of the Markdown body (front matter removed: CommonMark knows none).
  static func html(ofExport markdown: String) throws -> String {
    let body = try #require(markdown.range(of: "\n---\n")).upperBound
    return try html(String(markdown[body...]))
  }

  static func html(_ markdown: String) throws -> String {
    let (status, output) = try FilterProcess.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["cmark"], input: markdown)
    try #require(status == 0, "cmark is needed: apt-get install cmark")
    return String(decoding: output, as: UTF8.self)
  }

  /// The texts of every paragraph or list item that starts with the bold label, in order.
  ///
  /// Each must be text and hard line breaks only (no other element); breaks become `\n`, and
  /// the entities cmark writes are decoded.
  static func texts(after label: String, in html: String) throws -> [String] {
    var texts: [String] = []
    for element in ["p", "li"] {
      let opening = "<\(element)><strong>\(label)</strong>"
      var rest = html[...]
      while let start = rest.range(of: opening) {
        let end = try #require(rest[start.upperBound...].range(of: "</\(element)>"))
        var inner = String(rest[start.upperBound..<end.lowerBound])
        if inner.hasPrefix(" ") { inner.removeFirst() }
        texts.append(try text(ofInline: inner))
        rest = rest[end.upperBound...]
      }
    }
    return texts
  }

  /// The text of inline HTML that may hold only text and `<br />`.
  static func text(ofInline inner: String) throws -> String {
    let withoutBreaks = inner.replacingOccurrences(of: "<br />\n", with: "\n")
    #expect(!withoutBreaks.contains("<"), "an element inside user text: \(inner)")
    return withoutBreaks.replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// The sequence of tags, text left out: the document's structure.
  static func skeleton(_ html: String) -> [String] {
    var tags: [String] = []
    var current: String?
    for character in html {
      if character == "<" {
        current = "<"
      } else if character == ">", let tag = current {
        tags.append(tag + ">")
        current = nil
      } else if current != nil {
        current?.append(character)
      }
    }
    return tags
  }
}
