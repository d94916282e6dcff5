/// The first bytes of a set of words, when every one opens with an ASCII byte: a word opening
/// with another ASCII byte is none of them, which a pattern tells without comparing strings (a
/// reader tries every pattern at every word).
///
/// Only an ASCII byte rules a word out: a word opening with any other byte may still equal one
/// of the words as Swift compares strings (by canonical equivalence), so it is compared.
struct FirstByteSet: Sendable {
  private var low: UInt64 = 0
  private var high: UInt64 = 0

  /// Nil when a word is empty or opens with a byte that is not ASCII.
  init?(_ words: some Sequence<String>) {
    for word in words {
      guard let byte = word.utf8.first, byte < 0x80 else { return nil }
      if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
    }
  }

  /// Whether the word surely is none of the words: it opens with an ASCII byte none of them
  /// opens with.
  func rulesOut(_ word: String) -> Bool {
    // The first byte read by an iterator: `utf8.first` goes through generic collection code.
    var bytes = word.utf8.makeIterator()
    guard let byte = bytes.next(), byte < 0x80 else { return false }
    return (byte < 64 ? low >> byte : high >> (byte - 64)) & 1 == 0
  }
}
