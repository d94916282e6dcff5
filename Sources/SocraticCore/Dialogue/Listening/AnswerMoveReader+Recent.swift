/// The readings of the answers read last, by their text and what they are read against.
///
/// One line is read as an answer by several readers in one step (explore's map, its recap and
/// its repair; drill's concession and goodbye), and explore reads each earlier answer again at
/// every step: a line is read once (`RecentReadings`: plain ASCII texts of at most
/// `AnswerMoveReader.readLimit` bytes, so the reading remembered is the one a fresh read gives).
enum RecentAnswers {
  /// What a reading depends on: the text, the earlier answers' words it is compared with, and
  /// whether the question asked for reasons.
  struct Key: Hashable, Sendable {
    var text: String
    var earlierWords: [Set<String>]
    var expectsReason: Bool
  }

  /// How many readings are kept (all are let go when that many are held).
  static let kept = 256

  private static let memo = RecentReadings<Key, ReadAnswer>(
    kept: kept,
    size: { $0.text.plainASCIISize(atMost: AnswerMoveReader.readLimit) },
    read: { key in
      AnswerMoveReader.read(
        tokens: AnswerMoveReader.readTokens(of: key.text), earlierWords: key.earlierWords,
        expectsReason: key.expectsReason)
    })

  /// The moves of an answer as `AnswerMoveReader.read(tokens:earlierWords:expectsReason:)`
  /// reads its `readTokens(of:)`: remembered, or read now and remembered.
  static func reading(
    of text: String, earlierWords: [Set<String>], expectsReason: Bool
  ) -> ReadAnswer {
    memo.reading(of: Key(text: text, earlierWords: earlierWords, expectsReason: expectsReason))
  }

  /// How many readings are held now.
  static var count: Int { memo.count }
}
