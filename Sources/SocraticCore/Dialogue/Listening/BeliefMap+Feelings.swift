extension BeliefMap {
  /// Takes off the feelings one they set right: "not angry really, more uneasy" leaves
  /// "uneasy" and drops "angry". Only the first 1,000 characters are read.
  mutating func dropCorrectedFeelings(in text: String) {
    let words = Self.plainWords(TypedTextLimit.prefix(of: text, characters: 1_000))
    // "hurt is maybe the wrong word", "heartbroken is a bit strong": the label set aside.
    if let label = Self.feelingLabelSetAside(words) {
      feelings.removeAll { $0.lowercased().split(separator: " ").contains(Substring(label)) }
    }
    for (index, word) in words.enumerated() where word == "not" {
      guard
        let named = words[(index + 1)...].prefix(3).first(where: {
          !Self.feelingSofteners.contains($0)
        })
      else { continue }
      feelings.removeAll { $0.lowercased() == named }
    }
  }

  /// The feeling word a person sets aside as a label for how they feel ("hurt is maybe the
  /// wrong word", "angry's a bit strong", "gutted is too much"): a feeling word, a form of
  /// "be", hedges, then a judgement of the word (`labelJudgements`). It speaks of the word for
  /// their feeling, never of the claim.
  static func feelingLabelSetAside(_ words: [String]) -> String? {
    for index in words.indices.dropLast(2)
    where
      (AnswerCues.feelingWords.contains(words[index])
      || AnswerCues.feelingVerbs[words[index]] == words[index])
      && ["is", "'s", "s", "was"].contains(words[index + 1])
    {
      let judged = words[(index + 2)...].drop(while: labelHedges.contains)
      if labelJudgements.contains(where: { judged.starts(with: $0) }) { return words[index] }
    }
    return nil
  }

  /// Whether an item sets aside the word for a feeling (`feelingLabelSetAside`).
  static func setsAsideFeelingLabel(_ item: String) -> Bool {
    feelingLabelSetAside(plainWords(item)) != nil
  }

  /// Words that soften a judgement of a label: "maybe", "probably a bit".
  private static let labelHedges: Set<String> = [
    "maybe", "probably", "prob", "perhaps", "kinda", "kind", "of", "like", "just",
  ]

  /// What is said of a word that does not fit: "the wrong word", "a bit strong", "too much".
  private static let labelJudgements: [[String]] = [
    ["the", "wrong", "word"], ["not", "the", "word"], ["not", "the", "right", "word"],
    ["a", "bit", "strong"], ["a", "little", "strong"], ["too", "strong"], ["bit", "strong"],
    ["a", "bit", "much"], ["too", "much"], ["strong"], ["overdoing", "it"], ["not", "quite", "it"],
  ]

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
