extension Negator {
  // MARK: - A contrast after the verb

  /// A contrast that ends the clause, ", not Y" or "not Y" after a noun, read as "rather than
  /// Y" so the negated verb denies the whole contrast: "AI will replace programmers, not
  /// designers" → "AI will not replace programmers rather than designers", as "is healthy
  /// rather than harmful" → "is not healthy rather than harmful". Not "not only", "not just",
  /// nor a "not" before a verb or a clause.
  static func contrastAsRatherThan(in rest: [Token]) -> [Token] {
    guard let not = rest.lastIndex(where: { $0.lowercased == "not" }), not > 0,
      not + 1 < rest.count, rest[not + 1].isWord,
      !contrastExceptions.contains(rest[not + 1].lowercased),
      rest[(not + 1)...].allSatisfy({ isContrastWord($0) })
    else { return rest }
    let before = rest[not - 1]
    let opensContrast =
      before.text == ","
      || (before.isWord && Lexicon.classes(of: before.lowercased).contains(.noun))
    guard opensContrast, not - 1 > 0 else { return rest }
    var result = rest
    let start = before.text == "," ? not - 1 : not
    result.replaceSubrange(start...not, with: [Token("rather"), Token("than")])
    return result
  }

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
