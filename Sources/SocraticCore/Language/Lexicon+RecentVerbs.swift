/// The verb readings of the words asked about last (`RecentReadings`: plain ASCII words, so a
/// remembered reading is what a fresh read gives). A critique asks for the base of the same
/// few words many times over, once for each rule and rewrite that reads a verb, and each read
/// decodes the lexicon's lines afresh.
enum RecentVerbReadings {
  /// How many words are kept (all are let go when that many are held), and how long a word may
  /// be to be kept: a longer one is read afresh each time.
  static let kept = 2_048
  static let longest = 64

  private static let memo = RecentReadings(kept: kept, longest: longest) {
    Lexicon.readVerbReadings(of: $0)
  }

  /// The readings of a word as a verb form: remembered, or read now and remembered.
  static func readings(of word: String) -> [VerbReading] { memo.reading(of: word) }
}
