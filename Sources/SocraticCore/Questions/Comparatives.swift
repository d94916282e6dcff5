/// Words that compare one thing with another: "more", "less", "rather", and the comparative of
/// an adjective or adverb ("harder", "quicker").
enum Comparatives {
  /// Whether a word compares: a comparative word, or an adjective or adverb the lexicon knows
  /// with "-er" added.
  static func isComparative(_ word: String) -> Bool {
    if words.contains(word) { return true }
    guard word.hasSuffix("er"), word.count > 4, !FunctionWords.isFunctionWord(word) else {
      return false
    }
    // "harder" → "hard", "nicer" → "nice", "busier" → "busy", "bigger" → "big".
    let stem = word.dropLast(2)
    var bases = [String(stem), String(word.dropLast())]
    if stem.hasSuffix("i") { bases.append(stem.dropLast() + "y") }
    if let last = stem.last, stem.dropLast().last == last { bases.append(String(stem.dropLast())) }
    return bases.contains { base in
      let classes = Lexicon.classes(of: base)
      return classes.contains(.adjective) || classes.contains(.adverb)
    }
  }

  /// Comparatives that are words of their own.
  private static let words: Set<String> = [
    "more", "less", "rather", "better", "worse", "sooner", "fewer",
  ]
}
