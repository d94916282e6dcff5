extension Negator {
  // MARK: - 1. A negated verb

  static func removeVerbNegation(_ clause: inout Clause) -> Bool {
    if clause.isNegated {
      clause.isNegated = false
      if case .lexical(let base, let tense) = clause.verb {
        let isContracted =
          clause.auxiliary.flatMap {
            FunctionWords.auxiliary($0.lowercased)?.isNegated
          } ?? false
        if !isContracted {
          let written = clause.lexicalVerb ?? Token(base)
          clause.auxiliary = nil
          clause.lexicalVerb = written.replacingText(
            with: CaseStyle.matching(written, Clause.inflect(base, tense)))
        }
        clause.rest = Clause.reinflectingCoordinatedVerbs(in: clause.rest, fromBase: true) {
          Clause.inflect($0, tense)
        }
      }
      turnNegativePolarityItems(in: &clause)
      turnSubjectPolarity(in: &clause)
      restoreOughtTo(in: &clause)
      return true
    }
    for path in [\Clause.beforeVerb, \Clause.afterAuxiliary] {
      var words = clause[keyPath: path]
      for pair in NegationPairs.pairs(.verbAdverb) {
        guard
          let index = words.indices.first(where: { index in
            NegationPairs.pair(.verbAdverb, at: index, in: words)?.negative == pair.negative
          })
        else { continue }
        let isFuture =
          clause.rest.count > 1 && clause.rest[0].lowercased == "going"
          && clause.rest[1].lowercased == "to"
        let range = index..<(index + pair.negative.count)
        switch clause.verb {
        case .modal where pair.isDroppedAfterAuxiliary, .perfect where pair.isDroppedAfterAuxiliary:
          words.removeSubrange(range)
        case .be where isFuture && pair.isDroppedAfterAuxiliary:
          words.removeSubrange(range)  // "is never going to" → "is going to"
        default:
          words.replaceSubrange(range, with: replacing(words[index], with: pair.positive))
        }
        clause[keyPath: path] = words
        // "Rarely ever" → "often": "ever" goes with the other words that only go with a
        // negation.
        if pair.turnsPolarityItems { turnNegativePolarityItems(in: &clause) }
        return true
      }
    }
    // A verb-group adverb of more words can be read into the rest: "is no longer".
    if let pair = NegationPairs.pair(.verbAdverb, at: 0, in: clause.rest), pair.negative.count > 1 {
      clause.rest.replaceSubrange(
        0..<pair.negative.count, with: replacing(clause.rest[0], with: pair.positive))
      if pair.turnsPolarityItems { turnNegativePolarityItems(in: &clause) }
      return true
    }
    return false
  }

  /// Turns words that only go with a negation into their positive counterparts, within the
  /// verb's own clause: "any" → "some", "yet" → "already", "ever" and "at all" dropped,
  /// "either" → "too", "anymore" → "still" before the verb; and the "until" that ends it
  /// becomes "before".
  static func turnNegativePolarityItems(in clause: inout Clause) {
    clause.beforeVerb.removeAll { $0.lowercased == "ever" }
    clause.afterAuxiliary.removeAll { $0.lowercased == "ever" }
    var rest = clause.rest
    let end = clauseBoundary(in: rest)
    var index = 0
    var addStill = false
    var limit = end
    while index < limit {
      let word = rest[index].lowercased
      if let positive = positivePolarity[word] {
        rest[index] = rest[index].replacingText(with: CaseStyle.matching(rest[index], positive))
      } else if word == "at", index + 1 < limit, rest[index + 1].lowercased == "all" {
        rest.removeSubrange(index...(index + 1))
        limit -= 2
        continue
      } else if word == "either", index == limit - 1 || isSentenceEnd(rest, index + 1) {
        rest[index] = rest[index].replacingText(with: "too")
      } else if word == "anymore"
        || (word == "any" && index + 1 < limit
          && ["more", "longer"].contains(rest[index + 1].lowercased))
      {
        let count = word == "anymore" ? 1 : 2
        rest.removeSubrange(index..<(index + count))
        limit -= count
        addStill = true
        continue
      }
      index += 1
    }
    // "Nothing will change until X": not before X; so its contradiction is "something will
    // change before X".
    if limit < rest.count, ["until", "till"].contains(rest[limit].lowercased) {
      rest[limit] = rest[limit].replacingText(with: "before")
      // "won't fix it until after Christmas": the time is "Christmas", not "after Christmas".
      if limit + 1 < rest.count, rest[limit + 1].lowercased == "after" {
        rest.remove(at: limit + 1)
      }
    }
    clause.rest = rest
    if addStill {
      if case .lexical = clause.verb {
        clause.beforeVerb.append(Token("still"))
      } else {
        clause.afterAuxiliary.insert(Token("still"), at: 0)
      }
    }
  }

  /// "Any" opening the subject of a negated verb turns positive with it: "Any work that is …
  /// shouldn't be funded" → "some work that is … should be funded".
  static func turnSubjectPolarity(in clause: inout Clause) {
    guard let first = clause.subject.first, let positive = positivePolarity[first.lowercased]
    else { return }
    clause.subject[0] = first.replacingText(with: CaseStyle.matching(first, positive))
  }

  /// "Ought not" takes a bare verb, "ought" a "to": "ought not possess" → "ought to possess".
  static func restoreOughtTo(in clause: inout Clause) {
    guard case .modal("ought") = clause.verb, clause.rest.first?.lowercased != "to" else {
      return
    }
    clause.rest.insert(Token("to"), at: 0)
  }

  static let positivePolarity = NegationPairs.positives(.polarityItem)
}
