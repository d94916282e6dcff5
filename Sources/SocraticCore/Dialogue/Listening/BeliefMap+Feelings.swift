extension BeliefMap {
  /// Takes off the feelings one they set right: "not angry really, more uneasy" leaves
  /// "uneasy" and drops "angry". Only the first 1,000 characters are read.
  mutating func dropCorrectedFeelings(in text: String) {
    let words = Self.plainWords(TypedTextLimit.prefix(of: text, characters: 1_000))
    for (index, word) in words.enumerated() where word == "not" {
      guard
        let named = words[(index + 1)...].prefix(3).first(where: {
          !Self.feelingSofteners.contains($0)
        })
      else { continue }
      feelings.removeAll { $0.lowercased() == named }
    }
  }

  /// Words between "not" and the feeling it sets aside: "not really angry", "not that angry".
  private static let feelingSofteners: Set<String> = ["really", "that", "so", "too", "just"]

  /// Whether a condition is a feeling they would have ("if that was my ward i'd be
  /// ashamed"), not what would change their mind: a feeling word, and no word of a mind
  /// changing.
  static func isFeelingNotCondition(_ text: String) -> Bool {
    let words = plainWords(text)
    return words.contains(where: AnswerCues.feelingWords.contains)
      && !words.contains(where: mindWords.contains)
  }

  /// Words that speak of a mind changing.
  private static let mindWords: Set<String> = [
    "mind", "change", "convince", "convinced", "reconsider", "rethink", "wrong", "believe",
    "persuade", "persuaded", "agree",
  ]
}
