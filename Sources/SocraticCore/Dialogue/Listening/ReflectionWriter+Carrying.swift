/// The clause of an answer that carries the most (`ClauseCarrying`), given back before a side
/// fact or a plain clause: "im on my pension, every penny counts. i get a knot in my stomach
/// when the bill comes" gives back the knot, not the pension.
extension ReflectionWriter {
  /// The heaviest clause of the answer's sentences, given back, when it carries something and
  /// outweighs every clause before it; nil otherwise, and the usual order decides.
  static func carried(in line: String) -> String? {
    var heaviest = 0
    var best: String?
    for sentence in SentenceSplitter.sentences(in: String(line.prefix(pointReadLimit))) {
      for clause in carryingClauses(of: Shorthand.expanded(Tokenizer.tokenize(sentence))) {
        let weight = ClauseCarrying.weight(of: clause)
        guard weight > heaviest else { continue }
        heaviest = weight
        best = givenPoint(Array(clause.drop { ["and", "but"].contains($0.lowercased) }))
      }
    }
    return best
  }

  /// Marks that part a sentence's clauses.
  private static let carryingJoints: Set<String> = [",", ";", "\u{2014}"]

  /// The clauses of a sentence between its commas and semicolons; a piece without a verb of its
  /// own stays with the clause before it, comma and all.
  private static func carryingClauses(of tokens: [Token]) -> [[Token]] {
    var result: [[Token]] = []
    var current: [Token] = []
    for token in tokens + [Token(",", kind: .punctuation, hasSpaceBefore: false)] {
      guard carryingJoints.contains(token.text) else {
        current.append(token)
        continue
      }
      if result.isEmpty || AnswerMoveReader.finiteVerbIndex(in: current) != nil {
        result.append(current)
      } else {
        result[result.count - 1] += [token] + current
      }
      current = []
    }
    return result.filter { $0.contains(where: \.isWord) }
  }
}
