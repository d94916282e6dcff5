import Foundation

/// A corpus file of Resources: lines of tab-separated fields, with "# " comment lines naming
/// the construction of the lines below them.
enum CorpusFile {
  /// One line of data: its fields, the construction it exercises, and its line number.
  struct Line {
    var fields: [String]
    var construction: String
    var number: Int
  }

  /// The data lines of `name`.tsv that have `fieldCounts` fields; other lines are comments or
  /// blank.
  static func lines(of name: String, fieldCounts: ClosedRange<Int>) -> [Line] {
    guard let url = Bundle.module.url(forResource: name, withExtension: "tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else {
      fatalError("\(name).tsv is missing from the test bundle")
    }
    var lines: [Line] = []
    var construction = ""
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      if line.hasPrefix("# ") {
        construction = String(line.dropFirst(2))
        continue
      }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fieldCounts.contains(fields.count) else { continue }
      lines.append(Line(fields: fields, construction: construction, number: offset + 1))
    }
    return lines
  }
}
