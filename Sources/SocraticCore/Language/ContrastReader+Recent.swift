/// The pieces of the sentences read for their turns last, by their text.
///
/// An answer's sentences are read for where they turn by the map, by what the answer gave and
/// by the reflection: a sentence is read once (`RecentReadings`: plain ASCII sentences of at
/// most `longest` bytes, so the pieces remembered are those a fresh read gives).
enum RecentContrasts {
  /// How many sentences are kept (all are let go when that many are held), and how long one
  /// may be.
  static let kept = 256
  static let longest = 1_000

  private static let memo = RecentReadings(
    kept: kept, longest: longest, read: ContrastReader.reading)

  /// The pieces of a sentence: remembered, or read now and remembered.
  static func pieces(of sentence: String) -> [ContrastReader.Piece] {
    memo.reading(of: sentence)
  }

  /// How many sentences are held now.
  static var count: Int { memo.count }
}
