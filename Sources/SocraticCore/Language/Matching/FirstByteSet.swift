/// The first bytes and the lengths of a set of words, when every one opens with an ASCII byte:
/// a word opening with another ASCII byte is none of them, and neither is a plain ASCII word
/// of a length none of them has, which a pattern tells without comparing strings (a reader
/// tries every pattern at every word).
///
/// Only ASCII rules a word out: a word with any other byte may still equal one of the words as
/// Swift compares strings (by canonical equivalence: "\u{212A}", the Kelvin sign, is "K"), so
/// it is compared.
struct FirstByteSet: Sendable {
  private var low: UInt64 = 0
  private var high: UInt64 = 0
  /// The words' lengths in bytes (bit n for n bytes, the last bit for `longLength` or more), or
  /// nil when a word is not plain ASCII: its length says nothing then.
  private var lengths: UInt64? = 0

  /// The length from which all lengths share the mask's last bit.
  private static let longLength = 63

  /// Nil when a word is empty or opens with a byte that is not ASCII.
  init?(_ words: some Sequence<String>) {
    for word in words {
      guard let byte = word.utf8.first, byte < 0x80 else { return nil }
      if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
      if let known = lengths {
        lengths = Self.isPlainASCII(word) ? known | Self.lengthBit(word.utf8.count) : nil
      }
    }
  }

  /// Whether the word surely is none of the words: it opens with an ASCII byte none of them
  /// opens with, or it is plain ASCII of a length none of them has. Inlined: readers ask it of
  /// every word for every pattern.
  @inline(__always)
  func rulesOut(_ word: String) -> Bool {
    // The first byte read by an iterator: `utf8.first` goes through generic collection code.
    var bytes = word.utf8.makeIterator()
    guard let byte = bytes.next(), byte < 0x80 else { return false }
    if (byte < 64 ? low >> byte : high >> (byte - 64)) & 1 == 0 { return true }
    guard let lengths, lengths & Self.lengthBit(word.utf8.count) == 0 else { return false }
    while let byte = bytes.next() {
      if byte >= 0x80 { return false }
    }
    return true
  }

  private static func lengthBit(_ length: Int) -> UInt64 {
    1 << min(length, longLength)
  }

  private static func isPlainASCII(_ word: String) -> Bool {
    word.utf8.allSatisfy { $0 < 0x80 }
  }
}
