/// The tokens of the texts tokenized last, by their text (`RecentReadings`: plain ASCII texts
/// of at most `longest` bytes, so the tokens remembered are those a fresh run gives).
enum RecentTokens {
  /// How many texts are kept, and how many bytes of text in all (all are let go when either is
  /// reached: a text's tokens take about ten times its bytes), and of how many bytes a text is
  /// at most: a longer one is tokenized afresh each time.
  static let kept = 512
  static let keptBytes = 128 * 1_024
  static let longest = 4_096

  private static let memo = RecentReadings(
    kept: kept, longest: longest, keptBytes: keptBytes, read: Tokenizer.reading)

  /// The tokens of a text: remembered, or read now and remembered.
  static func tokens(of text: String) -> [Token] { memo.reading(of: text) }

  /// How many texts are held now, and their bytes in all.
  static var count: Int { memo.count }
  static var bytes: Int { memo.heldSize }
}
