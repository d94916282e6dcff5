/// Compares the wordings of questions, so that none is asked twice in other words.
enum QuestionWording {
  /// The words of a question that carry meaning, in lowercase.
  static func contentWords(of text: String) -> Set<String> {
    Set(
      Tokenizer.tokenize(text).filter { $0.isWord && !FunctionWords.isFunctionWord($0.lowercased) }
        .map { Lexicon.singular(of: $0.lowercased) ?? $0.lowercased })
  }

  /// Whether a question says nearly what an earlier one said: most of the words that carry
  /// meaning in the shorter of the two are in the other.
  static func isNearDuplicate(_ text: String, of earlier: [Set<String>]) -> Bool {
    let words = contentWords(of: text)
    guard words.count >= 2 else { return false }
    return earlier.contains { other in
      let shorter = min(words.count, other.count)
      guard shorter >= 2 else { return false }
      return Double(words.intersection(other).count) >= 0.8 * Double(shorter)
    }
  }
}
