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
    return graded(String(word.dropLast(2)), ending: "e")
  }

  /// Whether a word is a superlative: "most", "least", "best", "worst", or an adjective or
  /// adverb the lexicon knows with "-est" added ("hardest", "nicest", "busiest", "biggest").
  static func isSuperlative(_ word: String) -> Bool {
    if superlatives.contains(word) { return true }
    guard word.hasSuffix("est"), word.count > 5 else { return false }
    return graded(String(word.dropLast(3)), ending: "e")
  }

  /// Superlatives that are words of their own.
  private static let superlatives: Set<String> = ["most", "least", "best", "worst"]

  /// Whether a stem left by a grading ending is an adjective or adverb: as it stands, with
  /// the ending's first letter ("nic" + "e"), "-i" as "-y" ("busi"), or a doubled last letter
  /// undone ("bigg").
  private static func graded(_ stem: String, ending: String) -> Bool {
    var bases = [stem, stem + ending]
    if stem.hasSuffix("i") { bases.append(stem.dropLast() + "y") }
    if let last = stem.last, stem.dropLast().last == last { bases.append(String(stem.dropLast())) }
    return bases.contains { base in
      let classes = Lexicon.classes(of: base)
      return classes.contains(.adjective) || classes.contains(.adverb)
    }
  }

  /// Whether a word is a comparative or superlative of its own ("better", "best"), not an
  /// adjective with an ending.
  static func isWordOfItsOwn(_ word: String) -> Bool {
    words.contains(word) || superlatives.contains(word)
  }

  /// Comparatives that are words of their own.
  private static let words: Set<String> = [
    "more", "less", "rather", "better", "worse", "sooner", "fewer",
  ]
}
