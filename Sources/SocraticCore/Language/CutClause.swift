/// Whether words end inside a clause their last opener began: "maybe we could keep the old
/// clock if we", "he left because nobody his age" lost the verb the opener's clause needs.
/// "because of the rain", "if so" and "if not more" are whole, as is "a good cause", where
/// "cause" is the noun.
enum CutClause {
  /// Whether the last clause opener of the tokens has no finite verb after it.
  static func endsCut(_ tokens: [Token]) -> Bool {
    guard let opener = tokens.indices.last(where: { isOpener(at: $0, in: tokens) }) else {
      return false
    }
    let rest = Array(tokens[(opener + 1)...])
    let words = rest.filter(\.isWord).map(\.lowercased)
    guard let first = words.first else { return true }
    if first == "of" || words.count == 1 && ellipticTails.contains(first)
      || ellipticPairs.contains(words.joined(separator: " "))
    {
      return false
    }
    return ClauseParser.finiteVerbIndex(in: rest) == nil
  }

  /// Whether the token at an index opens a clause: "cause" does only when no determiner,
  /// possessive or adjective comes before it ("a good cause", "their cause" are the noun).
  private static func isOpener(at index: Int, in tokens: [Token]) -> Bool {
    let word = tokens[index].lowercased
    guard tokens[index].isWord, openers.contains(word) else { return false }
    guard nounOrOpener.contains(word), index > 0, tokens[index - 1].isWord else { return true }
    let before = tokens[index - 1].lowercased
    return !FunctionWords.determiners.contains(before)
      && !FunctionWords.possessives.contains(before)
      && !Lexicon.classes(of: before).contains(.adjective)
  }

  /// Words that open a clause that needs a verb of its own.
  private static let openers: Set<String> = [
    "if", "unless", "because", "cos", "coz", "cause", "although", "whereas", "whether",
  ]

  /// Openers that are also a noun: "a good cause".
  private static let nounOrOpener: Set<String> = ["cause"]

  /// One word that may stand for a whole clause after an opener: "if so", "if not".
  private static let ellipticTails: Set<String> = [
    "so", "not", "anything", "ever", "any", "possible", "needed", "necessary", "that", "this",
  ]

  /// Two words that may stand for a whole clause after an opener: "if not more", "although
  /// not always", "if at all", "unless absolutely necessary".
  private static let ellipticPairs: Set<String> = [
    "not more", "not less", "not always", "not all", "not ever", "not quite", "not really",
    "not necessarily", "not yet", "not now", "not everyone", "not everything", "at all",
    "at least", "at most", "at times", "absolutely necessary", "strictly necessary",
    "really necessary", "truly necessary", "ever needed", "ever necessary", "at first",
  ]
}
