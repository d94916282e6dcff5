/// A line of one word said with nothing of what the other person said known ("darts",
/// "Gutted."): it names a topic or a feeling, but not what they said of it, so it cannot be
/// told from a guess or a change of subject; a reflection says back what was heard in a
/// sentence.
enum OneWordReflection {
  /// Whether a line, in lowercase, holds one word and nothing else.
  static func isOneWord(_ words: [String]) -> Bool {
    words.filter { $0.first?.isLetter == true }.count == 1
  }

  /// The problem a learner reads.
  static let explanation =
    "one word: it names what they spoke of, not what they said of it; say back what you heard in a"
    + " sentence"
}
