/// A table of lines found in place through a generated hash index: the lookup costs one hash of
/// the key and, mostly, one comparison, with no string built and nothing read at start-up.
///
/// Lines are separated by "\n", and their key is the first field (up to a tab). The index is a
/// power of two of slots, four base-64 digits each (`"0"` + 0 … `"0"` + 63): the line's byte
/// offset plus one, or `"0000"` for an empty slot. A key sits in the slot its FNV-1a hash (32
/// bits, over its UTF-8 bytes) falls in, or in the first free one after it, as
/// scripts/hashed_table.py writes it for the lexicon and the tagger's weights. A key on several
/// lines finds the first of them.
struct HashedLineTable: Sendable {
  private let text: StaticString
  private let slots: StaticString

  init(_ text: StaticString, slots: StaticString) {
    self.text = text
    self.slots = slots
  }

  /// A key of at most 16 bytes kept inline, built from parts ("~" and a word's last letters)
  /// without allocating.
  struct ShortKey {
    private var bytes: (UInt64, UInt64) = (0, 0)
    private var count = 0

    init() {}

    /// Whether it grew past 16 bytes, and so names no line.
    var isOverflowing: Bool { count > 16 }

    /// Adds bytes at the end; a key that would grow past 16 bytes is left as it was and
    /// matches no line.
    mutating func append<Bytes: Collection<UInt8>>(_ more: Bytes) {
      guard count + more.count <= 16 else {
        count = 17
        return
      }
      withUnsafeMutableBytes(of: &bytes) { buffer in
        for byte in more {
          buffer[count] = byte
          count += 1
        }
      }
    }

    mutating func append(_ byte: UInt8) {
      append(CollectionOfOne(byte))
    }

    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
      withUnsafeBytes(of: bytes) { raw in
        body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<min(count, 16)]))
      }
    }
  }

  /// Calls `body` with the value of the line whose key is `key`, or with nil.
  func withValue<Result>(
    forKey key: ShortKey, _ body: (UnsafeBufferPointer<UInt8>?) -> Result
  ) -> Result {
    guard !key.isOverflowing else { return body(nil) }
    return key.withBytes { withValue(forKeyBytes: $0, body) }
  }

  /// Calls `body` with the value of the line whose key is `key`, or with nil.
  func withValue<Result>(
    forKey key: String, _ body: (UnsafeBufferPointer<UInt8>?) -> Result
  ) -> Result {
    var key = key
    return key.withUTF8 { withValue(forKeyBytes: $0, body) }
  }

  /// Whether a line has `key` as its first field.
  func contains(_ key: String) -> Bool {
    withValue(forKey: key) { $0 != nil }
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

  /// The FNV-1a hash of bytes, 32 bits.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash: UInt32 = 0x811C_9DC5
    for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
    return hash
  }

  /// Calls `body` with the bytes of the line whose key is `key`, after the key and its tab
  /// (empty when the line is only the key), or with nil when there is no such line.
  private func withValue<Result>(
    forKeyBytes key: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>?) -> Result
  ) -> Result {
    text.withUTF8Buffer { table in
      slots.withUTF8Buffer { digits in
        let mask = digits.count / 4 - 1
        var slot = Int(Self.hash(key)) & mask
        while true {
          var offset = 0
          for position in (slot * 4)..<(slot * 4 + 4) {
            offset = offset << 6 | Int(digits[position] &- UInt8(ascii: "0"))
          }
          guard offset > 0 else { return body(nil) }
          let start = offset - 1
          var keyEnd = start
          while keyEnd < table.count, table[keyEnd] != UInt8(ascii: "\t"),
            table[keyEnd] != UInt8(ascii: "\n")
          {
            keyEnd += 1
          }
          if UnsafeBufferPointer(rebasing: table[start..<keyEnd]).elementsEqual(key) {
            var end = keyEnd
            while end < table.count, table[end] != UInt8(ascii: "\n") { end += 1 }
            let valueStart = min(keyEnd + 1, end)
            return body(UnsafeBufferPointer(rebasing: table[valueStart..<end]))
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }
}
