/// A slip of spelling a reflection would paste back: "to do there online forms" holds "there"
/// where "their" is meant. The person's words are never changed; a clause without the slip is
/// given back instead, or none.
extension ReflectionCheck {
  /// Whether words hold "there" before the thing owned, where "their" is meant: "there
  /// website", "there own kids", "there online forms"; "there is", "over there now", "went
  /// there to vote" are right.
  static func swapsThereForTheir(_ text: String) -> Bool {
    let words = Tokenizer.tokenize(text)
    return words.indices.dropLast().contains { index in
      guard words[index].lowercased == "there" else { return false }
      let next = words[index + 1]
      if next.lowercased == "own" || namesAThing(next) { return true }
      // "there online forms": one word that describes the thing, then the thing.
      return index + 2 < words.count && isDescribing(next) && namesAThing(words[index + 2])
    }
  }

  /// Whether a word can only name a thing where it stands: a noun, or a noun's plural, that is
  /// no adverb or function word ("website", "forms"; not "yesterday", "to" or "is").
  private static func namesAThing(_ token: Token) -> Bool {
    let word = token.lowercased
    let classes = Lexicon.classes(of: Lexicon.singular(of: word) ?? word)
    return token.kind == .word && !word.hasPrefix("'") && classes.contains(.noun)
      && !classes.contains(.adverb) && !FunctionWords.isFunctionWord(word)
      && FunctionWords.auxiliary(word) == nil
  }

  /// Whether a word can describe a thing before it: an adjective, not a function word.
  private static func isDescribing(_ token: Token) -> Bool {
    let word = token.lowercased
    return token.kind == .word && Lexicon.classes(of: word).contains(.adjective)
      && !FunctionWords.isFunctionWord(word)
  }
}
