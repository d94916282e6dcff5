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
        let opened = Array(clause.drop { ["and", "but"].contains($0.lowercased) })
        best = givenPoint(withoutAnnouncingFrame(opened, weighing: weight))
      }
    }
    return best
  }

  /// A clause without the frame that only announces its point ("the weakest is probably that
  /// …", "the thing is that …"), when what follows the "that" carries as much on its own; the
  /// clause as it is otherwise ("i regret that i moved" keeps its regret).
  static func withoutAnnouncingFrame(_ clause: [Token], weighing weight: Int) -> [Token] {
    guard
      let that = clause.indices.first(where: { index in
        guard clause[index].lowercased == "that" else { return false }
        let before = clause[..<index].filter(\.isWord).map(\.lowercased)
        return before.reversed().drop(while: framingAdverbs.contains).first.map(
          framingCopulas.contains) ?? false
      })
    else { return clause }
    let rest = Array(clause[(that + 1)...])
    return ClauseCarrying.weight(of: rest) == weight ? rest : clause
  }

  /// Forms of "be" that close a frame announcing a point: "the worst bit is that …".
  private static let framingCopulas: Set<String> = ["is", "was", "'s"]

  /// Adverbs between such a frame and its "that": "is probably that", "was just that".
  private static let framingAdverbs: Set<String> = [
    "probably", "prob", "maybe", "just", "really", "honestly", "basically", "mostly", "simply",
  ]

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
