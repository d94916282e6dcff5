/// A question of an auxiliary and a pronoun alone ("would she?", "did he?", "is it?"): a
/// reaction to what was said, as "really?" is; the question after it ("would she? what would
/// she say") is what is asked.
enum AuxiliaryEcho {
  /// Whether a question is an auxiliary and a pronoun alone, with words that only react.
  static func isEcho(_ reading: QuestionReading) -> Bool {
    let said = reading.words.filter { $0.first?.isLetter == true && !reactions.contains($0) }
    guard said.count == 2 else { return false }
    return FunctionWords.auxiliary(said[0]) != nil && pronouns.contains(said[1])
  }

  /// The pronouns an echo asks about: "would she?", "is it?".
  private static let pronouns: Set<String> = [
    "he", "she", "they", "it", "you", "we", "i", "there", "that",
  ]
  /// Words that only react around an echo: "oh did she", "really, would he".
  private static let reactions: Set<String> = ["oh", "really", "and", "so", "but", "hmm", "wait"]
}
