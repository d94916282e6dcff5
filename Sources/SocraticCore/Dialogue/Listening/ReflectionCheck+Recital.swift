/// A reflection that gives back three clauses or more is a recital of their line, not what
/// mattered in it: "you joined in january, went three times, and then felt …".
extension ReflectionCheck {
  /// How many clauses a line gives back: the pieces between commas and the words that join
  /// clauses ("and", "but", "then") that have a verb of their own.
  static func clauseCount(of text: String) -> Int {
    let tokens = Tokenizer.tokenize(text)
    let pieces = tokens.split { [",", ";"].contains($0.text) || joiners.contains($0.lowercased) }
    return pieces.count { ClauseParser.finiteVerbIndex(in: Array($0)) != nil }
  }

  /// Words that join one clause to the next.
  private static let joiners: Set<String> = ["and", "but", "then", "so"]
}
