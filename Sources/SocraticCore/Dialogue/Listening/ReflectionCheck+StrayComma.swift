/// A comma typed where no clause ends ("off for a month with, my knee the lads …"): a cut there
/// gives back words from the middle of a phrase.
extension ReflectionCheck {
  /// Whether words given back open where the line has a comma straight after a word that
  /// cannot end a phrase (a preposition, an article, a possessive): a cut at a slip of typing.
  static func opensAtStrayComma(_ given: String, in line: String) -> Bool {
    let tokens = Tokenizer.tokenize(line)
    let opening = Tokenizer.tokenize(given).filter(\.isWord).dropFirst().prefix(2)
      .map(\.lowercased)
    guard opening.count == 2 else { return false }
    return tokens.indices.dropFirst().contains { at in
      guard tokens[at].text == ",", phraseOpeners(tokens[at - 1].lowercased) else {
        return false
      }
      let after = tokens[(at + 1)...].filter(\.isWord).dropFirst().prefix(2).map(\.lowercased)
      return after == opening
    }
  }

  /// Whether a word opens a phrase and cannot end one: "with", "the", "my".
  private static func phraseOpeners(_ word: String) -> Bool {
    FunctionWords.prepositions.contains(word) || FunctionWords.determiners.contains(word)
      || FunctionWords.possessives.contains(word)
  }
}
