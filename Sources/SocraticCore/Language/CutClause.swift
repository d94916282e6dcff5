/// Whether words end inside a clause their last opener began: "maybe we could keep the old
/// clock if we", "he left because nobody his age" lost the verb the opener's clause needs.
/// "because of the rain" and "if so" are whole.
enum CutClause {
  /// Whether the last clause opener of the tokens has no finite verb after it.
  static func endsCut(_ tokens: [Token]) -> Bool {
    guard
      let opener = tokens.lastIndex(where: { $0.isWord && openers.contains($0.lowercased) })
    else { return false }
    let rest = Array(tokens[(opener + 1)...])
    let words = rest.filter(\.isWord).map(\.lowercased)
    guard let first = words.first else { return true }
    if first == "of" || words.count == 1 && ellipticTails.contains(first) { return false }
    return ClauseParser.finiteVerbIndex(in: rest) == nil
  }

  /// Words that open a clause that needs a verb of its own.
  private static let openers: Set<String> = [
    "if", "unless", "because", "cos", "coz", "cause", "although", "whereas", "whether",
  ]

  /// One word that may stand for a whole clause after an opener: "if so", "if not".
  private static let ellipticTails: Set<String> = [
    "so", "not", "anything", "ever", "any", "possible", "needed", "necessary", "that", "this",
  ]
}
