/// The tagger's weights that do not depend on words — the bias, the tags before a word, its
/// first letter and its shape — read from `taggerContext` once, on first use.
struct TaggerContext: Sendable {
  /// The tag letter that stands for "before the first word".
  static let start = UInt8(ascii: "^")

  static let shared = TaggerContext(taggerContext)

  private var weights: [String: [Int]] = [:]

  init(_ table: StaticString) {
    let text = table.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    for line in text.split(separator: "\n") {
      guard let tab = line.firstIndex(of: "\t") else { continue }
      var scores = Array(repeating: 0, count: Tagger.tagCount)
      let bytes = Array(line[line.index(after: tab)...].utf8)
      _ = bytes.withUnsafeBufferPointer { buffer in
        TaggerLine.readPairs(buffer, from: 0) { tag, weight in
          if tag < scores.count { scores[tag] += weight }
        }
      }
      weights[String(line[..<tab])] = scores
    }
  }

  /// Adds the context weights for one word to its scores.
  func add(
    previous: UInt8, beforePrevious: UInt8, first: String, shape: UInt8, isFirst: Bool,
    isLast: Bool, to scores: inout [Int]
  ) {
    let p = Character(Unicode.Scalar(previous))
    let q = Character(Unicode.Scalar(beforePrevious))
    var keys = [
      "b", "p\(p)", "q\(q)", "r\(q)\(p)", "f" + first, "h\(Character(Unicode.Scalar(shape)))",
    ]
    if isFirst { keys.append("p!start") }
    if isLast { keys.append("n!end") }
    for key in keys {
      guard let found = weights[key] else { continue }
      for tag in scores.indices { scores[tag] += found[tag] }
    }
  }
}
