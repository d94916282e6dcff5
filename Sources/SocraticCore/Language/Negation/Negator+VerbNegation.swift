extension Negator {
  // MARK: - 4. Negating the verb

  static func addVerbNegation(_ clause: inout Clause) {
    for path in [\Clause.beforeVerb, \Clause.afterAuxiliary] {
      for (index, word) in clause[keyPath: path].enumerated() {
        guard let negative = NegationPairs.negative(of: word.lowercased, .verbAdverb) else {
          continue
        }
        clause[keyPath: path].replaceSubrange(index...index, with: replacing(word, with: negative))
        return
      }
    }
    clause.isNegated = true
    for path in [\Clause.beforeVerb, \Clause.afterAuxiliary] {
      if let index = clause[keyPath: path].firstIndex(where: { $0.lowercased == "already" }) {
        clause[keyPath: path][index] = clause[keyPath: path][index].replacingText(with: "yet")
      }
    }
    let contrast = contrastAsRatherThan(in: clause.rest)
    var rest = contrast.tokens
    // "…at hers rather than at some function room": the contrast keeps its own words.
    let end = min(clauseBoundary(in: rest), contrast.ratherAt ?? rest.count)
    for index in 0..<end {
      let word = rest[index].lowercased
      if let negative = negativePolarity[word] {
        if word == "some", index + 1 < end, rest[index + 1].lowercased == "of" { continue }
        rest[index] = rest[index].replacingText(with: CaseStyle.matching(rest[index], negative))
      } else if word == "already", index == end - 1 || isSentenceEnd(rest, index + 1) {
        rest[index] = rest[index].replacingText(with: "yet")
      }
    }
    if case .lexical = clause.verb {
      rest = Clause.reinflectingCoordinatedVerbs(in: rest, fromBase: false) { $0 }
    }
    clause.rest = rest
  }

  static let negativePolarity = NegationPairs.negatives(.polarityItem)
}
