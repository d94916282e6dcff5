/// "ill" typed for "I'll": the speaker's plan, turned like any "I" ("ill ring him" → "you'll
/// ring him"), never the adjective ("i was ill", "ill health").
extension FirstPersonReflector {
  /// The tokens with each "ill" that stands for "I'll" written as "i" and "'ll": it opens a
  /// clause or follows a hedge, and a verb's bare form comes next ("maybe ill ask her",
  /// "ill just try it"). Shorthand leaves "ill" alone, as other readers match it as typed.
  static func withIllWritten(_ tokens: [Token]) -> [Token] {
    guard tokens.contains(where: { $0.lowercased == "ill" }) else { return tokens }
    var result: [Token] = []
    result.reserveCapacity(tokens.count + 1)
    for (index, token) in tokens.enumerated() {
      guard token.kind == .word, token.lowercased == "ill", standsForIWill(at: index, in: tokens)
      else {
        result.append(token)
        continue
      }
      result.append(token.replacingText(with: String(token.text.prefix(1))))
      result.append(Token("'ll", kind: .word, hasSpaceBefore: false))
    }
    return result
  }

  /// Whether the "ill" at `index` is "I'll": no word before it that an adjective follows
  /// ("was ill", "so ill"), and a verb's bare form after it, past any adverbs ("ill just ask").
  private static func standsForIWill(at index: Int, in tokens: [Token]) -> Bool {
    if index > 0, adjectiveTakers.contains(tokens[index - 1].lowercased) { return false }
    guard
      let next = tokens[(index + 1)...].first(where: {
        !FunctionWords.isVerbAdverb($0.lowercased)
      }), next.isWord
    else { return false }
    let word = next.lowercased
    // "ill will" is a noun phrase; "ill be there", "ill have a look" are plans.
    guard FunctionWords.auxiliary(word) == nil || ["be", "have"].contains(word) else {
      return false
    }
    return Lexicon.verbReadings(of: word).contains { $0.form == .base }
  }

  /// Words after which "ill" describes someone: forms of "be", verbs of seeming and words of
  /// degree.
  private static let adjectiveTakers: Set<String> = [
    "be", "am", "'m", "is", "'s", "are", "'re", "was", "were", "been", "being", "feel", "feels",
    "felt", "feeling", "look", "looks", "looked", "get", "got", "getting", "fell", "falling",
    "so", "very", "too", "really", "quite", "pretty", "seriously", "terminally", "mentally",
    "critically", "an", "the", "of",
  ]
}
