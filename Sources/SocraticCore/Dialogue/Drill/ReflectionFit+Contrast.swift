/// A reflection that draws a contrast in a clause cut short ("so dogs give something back that
/// cats don't"): its negation is the other side's lack, not a denial of the persona's view.
extension ReflectionFit {
  /// Whether every negation of a reflection ends a clause cut short that `contrastOpeners`
  /// opens within `contrastReach` words ("that cats don't", "which the rest can't", "than
  /// they do not"); false when it has none, or one with more after it in its clause ("that
  /// isn't right" denies).
  /// - Parameter tokens: the reflection's tokens as typed, punctuation too.
  static func deniesOnlyInContrast(_ tokens: [Token]) -> Bool {
    let negations = tokens.indices.filter {
      tokens[$0].isWord && DrillDialogue.isNegated(tokens[$0].text)
    }
    return !negations.isEmpty
      && negations.allSatisfy { index in
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        // "do not" ends with its "not"; the clause ends at a mark, a coordinator or the end.
        let endsClause =
          next.map { !$0.isWord || FunctionWords.coordinators.contains($0.lowercased) } ?? true
        let reach = tokens[max(0, index - contrastReach)..<index]
        guard endsClause,
          let opener = reach.lastIndex(where: { contrastOpeners.contains($0.lowercased) })
        else { return false }
        return tokens[opener..<index].allSatisfy(\.isWord)
      }
  }

  /// Words that open the clause of the other side in a contrast: "that", "than", "unlike".
  static let contrastOpeners: Set<String> = [
    "that", "which", "who", "than", "whereas", "while", "unlike",
  ]

  /// The most words from a contrast's opener to its negation: "that most cats do not".
  static let contrastReach = 5
}
