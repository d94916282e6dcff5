import Synchronization

/// The pieces of the sentences read for their turns last, by their text.
///
/// An answer's sentences are read for where they turn by the map, by what the answer gave and
/// by the reflection: a sentence is read once. Only plain ASCII sentences of at most `longest`
/// bytes are remembered: two of them are equal strings only when their bytes are, so the pieces
/// remembered are those a fresh read gives.
enum RecentContrasts {
  /// How many sentences are kept (all are let go when that many are held), and how long one
  /// may be.
  static let kept = 256
  static let longest = 1_000

  private static let pieces = Mutex<[String: [ContrastReader.Piece]]>([:])

  /// The pieces of a sentence: remembered, or read now and remembered.
  static func pieces(of sentence: String) -> [ContrastReader.Piece] {
    let utf8 = sentence.utf8
    guard utf8.count <= longest, utf8.allSatisfy({ $0 < 0x80 }) else {
      return ContrastReader.reading(sentence)
    }
    if let known = Self.pieces.withLock({ $0[sentence] }) { return known }
    let read = ContrastReader.reading(sentence)
    Self.pieces.withLock { pieces in
      if pieces.count >= kept { pieces.removeAll(keepingCapacity: true) }
      pieces[sentence] = read
    }
    return read
  }

  /// How many sentences are held now.
  static var count: Int { pieces.withLock(\.count) }
}
