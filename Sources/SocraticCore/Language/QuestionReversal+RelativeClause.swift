// The relative clause after the subject of a question: "the people | who voted for him".
extension QuestionReversal {
  /// Where a subject ends with the relative clause after its noun: "Are the people | who voted
  /// for him | that naive" → "the people who voted for him are that naive". The clause is its
  /// verb, an object and prepositional phrases; the end is `start` unchanged when no relative
  /// clause starts there or nothing would be left after it.
  static func relativeClauseEnd(in tokens: [Token], from start: Int) -> Int {
    guard start > 1, start + 2 < tokens.count,
      relativePronouns.contains(tokens[start].lowercased)
    else { return start }
    var index = start + 1
    while index < tokens.count,
      FunctionWords.auxiliary(tokens[index].lowercased) != nil
        || FunctionWords.isVerbAdverb(tokens[index].lowercased)
    {
      index += 1
    }
    guard index + 1 < tokens.count, tokens[index].isWord,
      !Lexicon.verbReadings(of: tokens[index].lowercased).isEmpty,
      FunctionWords.auxiliary(tokens[index + 1].lowercased) == nil
    else { return start }
    var object = index + 1
    index = objectEnd(in: tokens, from: object)
    while index + 1 < tokens.count, FunctionWords.prepositions.contains(tokens[index].lowercased) {
      object = index + 1
      let end = objectEnd(in: tokens, from: object)
      guard end > object else { break }
      index = end
    }
    if index < tokens.count { return index }
    // "who booed the anthem | people": the last object ran on into the complement, which
    // starts where a second noun follows the first.
    return nounBoundaries(in: tokens, from: object, to: index).last ?? start
  }

  /// Where an object pronoun or a noun phrase that starts at an index ends.
  private static func objectEnd(in tokens: [Token], from start: Int) -> Int {
    guard start < tokens.count else { return start }
    if FunctionWords.objectPronouns.contains(tokens[start].lowercased)
      || ["it", "you", "her"].contains(tokens[start].lowercased)
    {
      return start + 1
    }
    return nounPhraseEnd(in: tokens, from: start)
  }

  /// Words that open a relative clause after a noun.
  static let relativePronouns: Set<String> = ["who", "that", "which"]
}
