/// A grammar check every rewrite passes before it is shown: no clause cut short, no subject
/// that is an adjective alone.
enum RewriteGrammar {
  /// Whether a rewrite's words, without "?", read as a whole sentence: it does not end on a word
  /// that needs more after it ("How do you see them no matter what they?", "… alarm for?"), and
  /// an "is" or "are" has no adjective alone before it ("whether the new is bypass progress")
  /// but the one "how" asks about.
  static func isWellFormed(_ body: [Token]) -> Bool {
    let words = body.filter { $0.kind == .word }.map(\.lowercased)
    guard let last = words.last, !danglingWords.contains(last) else { return false }
    // "whether way if it meant a draft", "whether brilliant so I'm …": the claim after
    // "whether" has a clause joined on before its subject has a verb.
    if let whether = words.firstIndex(of: "whether") {
      let claim = words[(whether + 1)...]
      let subject = claim.prefix {
        FunctionWords.auxiliary($0) == nil && Lexicon.verbReadings(of: $0).isEmpty
      }
      if subject.contains(where: subjectBreaks.contains) { return false }
    }
    if hasStrandedAdjective(words[...]) { return false }
    // "the new is bypass progress", "remote is learning": a subject cut before its noun.
    return !words.indices.dropFirst(2).contains { index in
      // "How realistic is the plan": an adjective asked about by "how" stands before its verb.
      guard ["is", "are"].contains(words[index]), words[index - 2] != "how" else { return false }
      let word = words[index - 1]
      let classes = Lexicon.classes(of: word)
      return classes.contains(.adjective) && !classes.contains(.noun)
        && !FunctionWords.isFunctionWord(word)
    }
  }

  /// Whether an adjective after a determiner has "be" straight after it, or a preposition and
  /// a "be" later: "that fair is to the kids", "that true of every border is in the region"
  /// put the verb of "that is true of" after the adjective. In a noun phrase such an adjective comes before its noun ("that
  /// true story"), and "What makes that good for you" has no verb moved.
  private static func hasStrandedAdjective(_ words: ArraySlice<String>) -> Bool {
    words.indices.dropFirst().dropLast().contains { index in
      let word = words[index]
      let classes = Lexicon.classes(of: word)
      return classes.contains(.adjective)
        && (!classes.contains(.noun) || complementTakers.contains(word))
        && FunctionWords.determiners.contains(words[index - 1])
        && (FunctionWords.prepositions.contains(words[index + 1])
          ? words[(index + 2)...].contains { FunctionWords.auxiliary($0)?.kind == .be }
          : FunctionWords.auxiliary(words[index + 1])?.kind == .be)
    }
  }

  /// Adjectives the lexicon also knows as nouns that, after a determiner, are still the
  /// adjective taking its preposition: "that true of", "this typical of", "that fair to".
  private static let complementTakers: Set<String> = [
    "true", "typical", "fair", "good", "bad", "right", "wrong", "fine", "worth", "common",
    "normal", "safe", "possible", "useful", "necessary", "healthy", "free", "open", "clear",
  ]

  /// Words that join a clause on, which a subject does not hold before its verb.
  private static let subjectBreaks: Set<String> = [
    "if", "so", "because", "unless", "though", "although", "since", "cos", "cause",
  ]

  /// Words that cannot end a question: they need what follows them.
  private static let danglingWords: Set<String> = [
    "the", "a", "an", "for", "of", "to", "from", "at", "by", "into", "whether",
    "if", "and", "or", "but", "they", "he", "she", "we", "i", "my", "your", "their", "our",
    "its", "than", "as", "every", "each",
  ]
}
