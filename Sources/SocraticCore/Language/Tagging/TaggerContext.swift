/// The tagger's weights that do not depend on words — the bias, the tags before a word, its
/// first letter and its shape — read from `taggerContext` once, on first use, into arrays
/// indexed by tag so that a word costs no string work.
struct TaggerContext: Sendable {
  /// The tag letter that stands for "before the first word".
  static let start = UInt8(ascii: "^")

  static let shared = TaggerContext(taggerContext)

  /// One slot per tag letter and one for the start.
  private static let slots = Tagger.tagCount + 1

  private var bias: [Int]
  private var previous: [[Int]]
  private var beforePrevious: [[Int]]
  /// By `slot(beforePrevious) * slots + slot(previous)`.
  private var pair: [[Int]]
  private var firstLetter: [String: [Int]] = [:]
  private var shape: [UInt8: [Int]] = [:]
  private var first: [Int]
  private var last: [Int]

  init(_ table: StaticString) {
    let empty = Array(repeating: 0, count: Tagger.tagCount)
    bias = empty
    first = empty
    last = empty
    previous = Array(repeating: empty, count: Self.slots)
    beforePrevious = previous
    pair = Array(repeating: empty, count: Self.slots * Self.slots)
    let text = table.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    for line in text.split(separator: "\n") {
      guard let tab = line.firstIndex(of: "\t") else { continue }
      var scores = empty
      let bytes = Array(line[line.index(after: tab)...].utf8)
      _ = bytes.withUnsafeBufferPointer { buffer in
        TaggerLine.readPairs(buffer, from: 0) { tag, weight in
          if tag < scores.count { scores[tag] += weight }
        }
      }
      store(scores, under: Array(line[..<tab].utf8))
    }
  }

  private mutating func store(_ scores: [Int], under key: [UInt8]) {
    guard let kind = key.first else { return }
    let rest = Array(key.dropFirst())
    switch (kind, rest.count) {
    case (UInt8(ascii: "b"), 0): bias = scores
    case (UInt8(ascii: "p"), 1): previous[Self.slot(rest[0])] = scores
    case (UInt8(ascii: "q"), 1): beforePrevious[Self.slot(rest[0])] = scores
    case (UInt8(ascii: "r"), 2): pair[Self.slot(rest[0]) * Self.slots + Self.slot(rest[1])] = scores
    case (UInt8(ascii: "h"), 1): shape[rest[0]] = scores
    case (UInt8(ascii: "f"), _): firstLetter[String(decoding: rest, as: UTF8.self)] = scores
    case (UInt8(ascii: "p"), _) where rest == Array("!start".utf8): first = scores
    case (UInt8(ascii: "n"), _) where rest == Array("!end".utf8): last = scores
    default: break
    }
  }

  /// The slot of a tag letter, the start's last.
  private static func slot(_ letter: UInt8) -> Int {
    let index = Int(letter) - Int(UInt8(ascii: "A"))
    return index >= 0 && index < Tagger.tagCount ? index : Tagger.tagCount
  }

  /// Adds the context weights for one word to its scores.
  func add(
    previous: UInt8, beforePrevious: UInt8, first: String, shape: UInt8, isFirst: Bool,
    isLast: Bool, to scores: inout [Int]
  ) {
    let p = Self.slot(previous)
    let q = Self.slot(beforePrevious)
    func add(_ weights: [Int]) {
      for tag in scores.indices { scores[tag] += weights[tag] }
    }
    add(bias)
    add(self.previous[p])
    add(self.beforePrevious[q])
    add(pair[q * Self.slots + p])
    if let weights = firstLetter[first] { add(weights) }
    if let weights = self.shape[shape] { add(weights) }
    if isFirst { add(self.first) }
    if isLast { add(last) }
  }
}
