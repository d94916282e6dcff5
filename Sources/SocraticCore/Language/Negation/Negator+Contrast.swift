extension Negator {
  // MARK: - A contrast after the verb

  /// A contrast that ends the clause, ", not Y" or "not Y" after a noun, read as "rather than
  /// Y" so the negated verb denies the whole contrast: "AI will replace programmers, not
  /// designers" → "AI will not replace programmers rather than designers", as "is healthy
  /// rather than harmful" → "is not healthy rather than harmful". Not "not only", "not just",
  /// nor a "not" before a verb or a clause. `ratherAt` is where "rather than" stands, or nil
  /// when there is no such contrast: what follows it is set against the claim, not negated.
  static func contrastAsRatherThan(in rest: [Token]) -> (tokens: [Token], ratherAt: Int?) {
    guard let not = rest.lastIndex(where: { $0.lowercased == "not" }), not > 0,
      not + 1 < rest.count, rest[not + 1].isWord,
      !isContrastException(rest, after: not),
      rest[(not + 1)...].allSatisfy({ isContrastWord($0) })
    else { return (rest, nil) }
    let before = rest[not - 1]
    // "…at hers not at a function room": a pronoun ends a phrase as a noun does; after a verb
    // ("who is not in the office") the "not" negates it and sets nothing against anything.
    let opensContrast =
      before.text == ","
      || (before.isWord
        && (Lexicon.classes(of: before.lowercased).contains(.noun)
          || phraseEndingPronouns.contains(before.lowercased)))
    guard opensContrast, not - 1 > 0 else { return (rest, nil) }
    var result = rest
    let start = before.text == "," ? not - 1 : not
    result.replaceSubrange(start...not, with: [Token("rather"), Token("than")])
    return (result, start)
  }

  /// Whether the word after "not" makes it something other than a contrast; "to" does only
  /// before a verb ("not to vote"), not before a determiner or a pronoun ("not to the council").
  private static func isContrastException(_ rest: [Token], after not: Int) -> Bool {
    let word = rest[not + 1].lowercased
    guard contrastExceptions.contains(word) else { return false }
    guard word == "to", not + 2 < rest.count else { return true }
    let next = rest[not + 2].lowercased
    return !FunctionWords.determiners.contains(next) && !phraseEndingPronouns.contains(next)
  }

  /// Pronouns that end a noun phrase: "…at hers not at …", "…for them not for us".
  private static let phraseEndingPronouns: Set<String> = [
    "me", "him", "her", "us", "them", "it", "mine", "yours", "his", "hers", "ours", "theirs",
  ]

  /// Words after "not" that make it something other than a contrast: "not only", "not just",
  /// "not to", "not because".
  private static let contrastExceptions: Set<String> = [
    "only", "just", "to", "because", "that", "when", "if", "even", "yet", "least",
  ]

  /// Whether a word can be part of the noun or adjective phrase of a contrast: no verb form,
  /// clause word or second comma ("…, not designers", "…, not an upgrade").
  private static func isContrastWord(_ token: Token) -> Bool {
    if token.kind == .punctuation { return [".", "!", "?"].contains(token.text) }
    let word = token.lowercased
    if FunctionWords.auxiliary(word) != nil || FunctionWords.relativePronouns.contains(word)
      || FunctionWords.subordinators.contains(word)
    {
      return false
    }
    return true
  }
}
