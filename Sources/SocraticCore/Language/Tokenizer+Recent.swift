import Synchronization

/// The tokens of the texts tokenized last, by their text.
///
/// A text is remembered only when it is plain ASCII and at most `longest` bytes: Swift compares
/// strings by canonical equivalence, under which two ASCII texts are equal only when their
/// bytes are, so a remembered text's tokens are exactly the ones a fresh run gives (with other
/// scalars, "é" and "e" with a combining accent are one key but tokens of different text).
enum RecentTokens {
  /// How many texts are kept (all are let go when that many are held), and of how many bytes at
  /// most: a longer text is tokenized afresh each time.
  static let kept = 512
  static let longest = 4_096

  private static let tokens = Mutex<[String: [Token]]>([:])

  /// The tokens of a text: remembered, or read now and remembered.
  static func tokens(of text: String) -> [Token] {
    let utf8 = text.utf8
    guard utf8.count <= longest, utf8.allSatisfy({ $0 < 0x80 }) else {
      return Tokenizer.reading(text)
    }
    if let known = tokens.withLock({ $0[text] }) { return known }
    let read = Tokenizer.reading(text)
    tokens.withLock { tokens in
      if tokens.count >= kept { tokens.removeAll(keepingCapacity: true) }
      tokens[text] = read
    }
    return read
  }

  /// How many texts are held now.
  static var count: Int { tokens.withLock(\.count) }
}
