/// The tagger's weights that do not depend on words — the bias, the tags before a word, its
/// first letter and its shape — read from `taggerContext` once, on first use, into arrays
/// indexed by tag so that a word costs no string work.
struct TaggerContext: Sendable {
  /// The tag letter that stands for "before the first word".
  static let start = UInt8(ascii: "^")

  static let shared = TaggerContext(taggerContext)

  /// One slot per tag letter and one for the start.
  private static let slots = Tagger.tagCount + 1

  /// Every weight, `Tagger.tagCount` to a row; the rows are those of `Row`.
  private var weights: [Int]
  /// The rows of first letters other than ASCII.
  private var otherFirstLetters: [Unicode.Scalar: Int] = [:]

  /// Where each kind of row starts in `weights`, in rows.
  private enum Row {
    static let bias = 0
    static let first = 1
    static let last = 2
    static let previous = 3
    static let beforePrevious = previous + TaggerContext.slots
    /// By `slot(beforePrevious) * slots + slot(previous)`.
    static let pair = beforePrevious + TaggerContext.slots
    /// By the shape's byte, below 128.
    static let shape = pair + TaggerContext.slots * TaggerContext.slots
    /// By an ASCII first letter.
    static let firstLetter = shape + 128
    static let count = firstLetter + 128
  }

  /// Reads the table's lines as bytes, in place: this runs once, before the first word is
  /// tagged, and so counts in every cold start.
  init(_ table: StaticString) {
    weights = Array(repeating: 0, count: Row.count * Tagger.tagCount)
    table.withUTF8Buffer { text in
      var start = 0
      while start < text.count {
        var end = start
        while end < text.count, text[end] != UInt8(ascii: "\n") { end += 1 }
        let line = UnsafeBufferPointer(rebasing: text[start..<end])
        start = end + 1
        guard let tab = line.firstIndex(of: UInt8(ascii: "\t")),
          let row = row(for: UnsafeBufferPointer(rebasing: line[..<tab]))
        else { continue }
        TaggerLine.readPairs(line, from: tab + 1) { tag, weight in
          if tag < Tagger.tagCount { weights[row * Tagger.tagCount + tag] += weight }
        }
      }
    }
  }

  /// The row a key of the table is kept in, making one for a new non-ASCII first letter.
  private mutating func row(for key: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let kind = key.first else { return nil }
    let rest = UnsafeBufferPointer(rebasing: key[1...])
    switch (kind, rest.count) {
    case (UInt8(ascii: "b"), 0): return Row.bias
    case (UInt8(ascii: "p"), 1): return Row.previous + Self.slot(rest[0])
    case (UInt8(ascii: "q"), 1): return Row.beforePrevious + Self.slot(rest[0])
    case (UInt8(ascii: "r"), 2):
      return Row.pair + Self.slot(rest[0]) * Self.slots + Self.slot(rest[1])
    case (UInt8(ascii: "h"), 1) where rest[0] < 128: return Row.shape + Int(rest[0])
    case (UInt8(ascii: "f"), _):
      guard let letter = String(decoding: rest, as: UTF8.self).unicodeScalars.first else {
        return nil
      }
      if letter.isASCII { return Row.firstLetter + Int(letter.value) }
      let row = weights.count / Tagger.tagCount
      weights.append(contentsOf: repeatElement(0, count: Tagger.tagCount))
      otherFirstLetters[letter] = row
      return row
    case (UInt8(ascii: "p"), _) where rest.elementsEqual("!start".utf8): return Row.first
    case (UInt8(ascii: "n"), _) where rest.elementsEqual("!end".utf8): return Row.last
    default: return nil
    }
  }

  /// The slot of a tag letter, the start's last.
  private static func slot(_ letter: UInt8) -> Int {
    let index = Int(letter) - Int(UInt8(ascii: "A"))
    return index >= 0 && index < Tagger.tagCount ? index : Tagger.tagCount
  }

  /// Adds the context weights for one word to its scores.
  func add(
    previous: UInt8, beforePrevious: UInt8, first: Unicode.Scalar?, shape: UInt8, isFirst: Bool,
    isLast: Bool, to scores: inout [Int]
  ) {
    let p = Self.slot(previous)
    let q = Self.slot(beforePrevious)
    weights.withUnsafeBufferPointer { weights in
      scores.withUnsafeMutableBufferPointer { scores in
        func add(_ row: Int) {
          let start = row * Tagger.tagCount
          for tag in 0..<Tagger.tagCount { scores[tag] += weights[start + tag] }
        }
        add(Row.bias)
        add(Row.previous + p)
        add(Row.beforePrevious + q)
        add(Row.pair + q * Self.slots + p)
        if let first {
          if first.isASCII {
            add(Row.firstLetter + Int(first.value))
          } else if let row = otherFirstLetters[first] {
            add(row)
          }
        }
        if shape < 128 { add(Row.shape + Int(shape)) }
        if isFirst { add(Row.first) }
        if isLast { add(Row.last) }
      }
    }
  }
}
