/// What a suggestion is about, as the stems of its content words: two wordings with mostly the
/// same key ask the same thing ("What makes you say that?", "What makes you say so?"), and
/// only one of them is offered in a session. The words of the claim under discussion are left
/// out: two questions about the same claim are not alike for that.
struct WordingKey: Sendable, Hashable {
  let stems: Set<String>

  /// - Parameter ignoring: stems to leave out, such as the claim's (`WordingKey(claim).stems`).
  init(_ text: String, ignoring: Set<String> = []) {
    var stems: Set<String> = []
    for token in Tokenizer.tokenize(text) where token.isWord {
      let word = token.lowercased
      guard !FunctionWords.isFunctionWord(word), !Self.emptyWords.contains(word) else { continue }
      stems.insert(Self.stem(word))
    }
    self.stems = stems.subtracting(ignoring)
  }

  /// Whether the other wording asks the same: the same two or more stems, or at least two
  /// thirds of the smaller set's stems, with three or more, in common. One stem alike ("sure")
  /// is not enough: "What makes you as sure as you are?" and "What makes you less sure?" differ.
  func isNearDuplicate(of other: WordingKey) -> Bool {
    if stems.count >= 2, stems == other.stems { return true }
    let smaller = min(stems.count, other.stems.count)
    guard smaller >= 3 else { return false }
    return stems.intersection(other.stems).count * 3 >= smaller * 2
  }

  /// A word without its commonest endings: "seeing", "sees" → "see".
  private static func stem(_ word: String) -> String {
    for suffix in ["ing", "ed", "es", "s"] where word.count > suffix.count + 3 {
      if word.hasSuffix(suffix) { return String(word.dropLast(suffix.count)) }
    }
    return word
  }

  /// Words that every question has and that say nothing of what it asks.
  private static let emptyWords: Set<String> = [
    "make", "makes", "think", "say", "see", "thing", "things", "way", "really", "exactly",
  ]
}
