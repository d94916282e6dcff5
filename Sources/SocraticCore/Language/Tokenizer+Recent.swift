import Synchronization

/// The tokens of the texts tokenized last, by their text.
///
/// A text is remembered only when it is plain ASCII and at most `longest` bytes: Swift compares
/// strings by canonical equivalence, under which two ASCII texts are equal only when their
/// bytes are, so a remembered text's tokens are exactly the ones a fresh run gives (with other
/// scalars, "é" and "e" with a combining accent are one key but tokens of different text).
enum RecentTokens {
  /// How many texts are kept, and how many bytes of text in all (all are let go when either is
  /// reached: a text's tokens take about ten times its bytes), and of how many bytes a text is
  /// at most: a longer one is tokenized afresh each time.
  static let kept = 512
  static let keptBytes = 128 * 1_024
  static let longest = 4_096

  /// The texts remembered, and their bytes in all.
  private struct Memory {
    var tokens: [String: [Token]] = [:]
    var bytes = 0
  }

  private static let memory = Mutex(Memory())

  /// The tokens of a text: remembered, or read now and remembered.
  static func tokens(of text: String) -> [Token] {
    let utf8 = text.utf8
    guard utf8.count <= longest, utf8.allSatisfy({ $0 < 0x80 }) else {
      return Tokenizer.reading(text)
    }
    if let known = memory.withLock({ $0.tokens[text] }) { return known }
    let read = Tokenizer.reading(text)
    memory.withLock { memory in
      if memory.tokens.count >= kept || memory.bytes + utf8.count > keptBytes {
        memory = Memory()
      }
      if memory.tokens.updateValue(read, forKey: text) == nil { memory.bytes += utf8.count }
    }
    return read
  }

  /// How many texts are held now, and their bytes in all.
  static var count: Int { memory.withLock(\.tokens.count) }
  static var bytes: Int { memory.withLock(\.bytes) }
}
