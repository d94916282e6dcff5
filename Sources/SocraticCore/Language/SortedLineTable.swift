/// A table of lines sorted by their first field, searched in place by binary search.
///
/// The generated word tables are single static strings: searching them needs no parsing at
/// start-up and no memory beyond the lines read. Lines are separated by "\n", fields by a tab,
/// and sorted by the bytes of their first field. A companion index gives where the keys of each
/// two-letter bucket start ("aa", "ab", …, 27 buckets per first letter with "a" alone first), so
/// a search looks only inside its bucket.
struct SortedLineTable: Sendable {
  private let text: StaticString
  private let index: StaticString

  init(_ text: StaticString, index: StaticString) {
    self.text = text
    self.index = index
  }

  /// The byte range of the bucket a key falls in, or the whole table for a key that does not
  /// start with two lowercase letters a to z.
  private func bucket(of key: UnsafeBufferPointer<UInt8>, tableCount: Int) -> Range<Int> {
    let letterA = UInt8(ascii: "a")
    guard let first = key.first, first >= letterA, first - letterA < 26 else {
      return 0..<tableCount
    }
    var bucket = Int(first - letterA) * 27
    if key.count > 1 {
      let second = key[1]
      guard second >= letterA, second - letterA < 26 else { return 0..<tableCount }
      bucket += Int(second - letterA) + 1
    }
    return index.withUTF8Buffer { digits in
      func offset(_ bucket: Int) -> Int {
        var value = 0
        for position in (bucket * 7)..<(bucket * 7 + 7) {
          value = value * 10 + Int(digits[position] - UInt8(ascii: "0"))
        }
        return value
      }
      return offset(bucket)..<offset(bucket + 1)
    }
  }

  /// The two fields after the key of the line whose first field is `key` (the second empty
  /// when the line has only one), or nil when there is no such line. The fields of the tables
  /// are short words, which Swift keeps without allocating.
  func twoFields(forKey key: String) -> (String, String)? {
    withValue(forKey: key) { value -> (String, String)? in
      guard let value else { return nil }
      let tab = value.firstIndex(of: UInt8(ascii: "\t")) ?? value.count
      let first = String(decoding: UnsafeBufferPointer(rebasing: value[..<tab]), as: UTF8.self)
      let secondStart = min(tab + 1, value.count)
      let secondEnd = value[secondStart...].firstIndex(of: UInt8(ascii: "\t")) ?? value.count
      let second = String(
        decoding: UnsafeBufferPointer(rebasing: value[secondStart..<secondEnd]), as: UTF8.self)
      return (first, second)
    }
  }

  /// Calls `body` with the bytes of the line whose first field is `key`, after the key and its
  /// tab (empty when the line is only the key), or with nil when there is no such line. No
  /// memory is allocated.
  func withValue<Result>(
    forKey key: String, _ body: (UnsafeBufferPointer<UInt8>?) -> Result
  ) -> Result {
    var key = key
    return key.withUTF8 { keyBytes in
      text.withUTF8Buffer { table in
        guard let line = lineRange(of: keyBytes, in: table) else { return body(nil) }
        let valueStart = min(line.lowerBound + keyBytes.count + 1, line.upperBound)
        return body(UnsafeBufferPointer(rebasing: table[valueStart..<line.upperBound]))
      }
    }
  }

  /// Whether a line has `key` as its first field.
  func contains(_ key: String) -> Bool {
    var key = key
    return key.withUTF8 { keyBytes in
      text.withUTF8Buffer { lineRange(of: keyBytes, in: $0) != nil }
    }
  }

  private func lineRange(
    of key: UnsafeBufferPointer<UInt8>, in table: UnsafeBufferPointer<UInt8>
  ) -> Range<Int>? {
    let newline = UInt8(ascii: "\n")
    let tab = UInt8(ascii: "\t")
    let range = bucket(of: key, tableCount: table.count)
    var low = range.lowerBound
    var high = min(range.upperBound, table.count)
    while low < high {
      var start = (low + high) / 2
      while start > low, table[start - 1] != newline { start -= 1 }
      var keyEnd = start
      while keyEnd < high, table[keyEnd] != tab, table[keyEnd] != newline { keyEnd += 1 }
      var end = keyEnd
      while end < high, table[end] != newline { end += 1 }
      switch compare(table, start..<keyEnd, with: key) {
      case 0: return start..<end
      case ..<0: low = end + 1
      default: high = start
      }
    }
    return nil
  }

  /// Compares a table key with the search key byte by byte: negative, zero or positive.
  private func compare(
    _ table: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, with key: UnsafeBufferPointer<UInt8>
  ) -> Int {
    let length = min(range.count, key.count)
    for offset in 0..<length {
      let difference = Int(table[range.lowerBound + offset]) - Int(key[offset])
      if difference != 0 { return difference }
    }
    return range.count - key.count
  }
}
