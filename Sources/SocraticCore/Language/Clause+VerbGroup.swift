/// The finite verb said again: its auxiliary or lexical verb group, contractions spelled out.
extension Clause {
  /// The auxiliary with "not" when negated, contracted or spelled out as fits.
  func auxiliaryGroup() -> [Token] {
    guard let auxiliary else { return [] }
    let written = FunctionWords.auxiliary(auxiliary.lowercased)
    let wasNegated = written?.isNegated ?? false
    if isNegated {
      if wasNegated { return [auxiliary] }
      if auxiliary.lowercased == "can" {
        return [auxiliary.replacingText(with: CaseStyle.matching(auxiliary, "cannot"))]
      }
      return [expandedClitic(auxiliary), Token("not")]
    }
    if wasNegated, let written {
      return [auxiliary.replacingText(with: CaseStyle.matching(auxiliary, written.positive))]
    }
    return [auxiliary]
  }

  /// The clitics "'ll", "'ve" and "'d" written out before "not" ("they will not"); "'s", "'re"
  /// and "'m" stay ("it's not").
  func expandedClitic(_ token: Token) -> Token {
    let full: String
    switch token.lowercased {
    case "'ll": full = "will"
    case "'ve": full = "have"
    case "'d":
      if case .perfect = verb { full = "had" } else { full = "would" }
    default: return token
    }
    var expanded = Token(full)
    expanded.hasSpaceBefore = true
    return expanded
  }

  /// A lexical verb: with do-support when negated, inflected for its tense otherwise.
  func lexicalVerbGroup(base: String, tense: LexicalTense) -> [Token] {
    let baseToken =
      lexicalVerb.map { $0.replacingText(with: CaseStyle.matching($0, base)) }
      ?? Token(base)
    if isNegated, isLetUs {
      return [Token("not")] + beforeVerb + [baseToken]
    }
    if isNegated {
      let (sentenceAdverbs, otherAdverbs) = splitSentenceAdverbs(beforeVerb)
      if let auxiliary, FunctionWords.auxiliary(auxiliary.lowercased)?.isNegated == true {
        return sentenceAdverbs + [auxiliary] + otherAdverbs + [baseToken]
      }
      let doForm: String
      switch tense {
      case .thirdSingular: doForm = "does"
      case .plural, .imperative: doForm = "do"
      case .past: doForm = "did"
      }
      let doToken =
        auxiliary.map { $0.replacingText(with: CaseStyle.matching($0, doForm)) }
        ?? Token(doForm)
      return sentenceAdverbs + [doToken, Token("not")] + otherAdverbs + [baseToken]
    }
    if let auxiliary {
      if FunctionWords.auxiliary(auxiliary.lowercased)?.isNegated == true {
        let inflected = Clause.inflect(base, tense)
        return beforeVerb + [
          baseToken.replacingText(with: CaseStyle.matching(baseToken, inflected))
        ]
      }
      return beforeVerb + [auxiliary, baseToken]
    }
    if let lexicalVerb { return beforeVerb + [lexicalVerb] }
    return beforeVerb + [Token(Clause.inflect(base, tense))]
  }

  func splitSentenceAdverbs(_ adverbs: [Token]) -> ([Token], [Token]) {
    var sentence: [Token] = []
    var other: [Token] = []
    for adverb in adverbs {
      if other.isEmpty, FunctionWords.sentenceAdverbs.contains(adverb.lowercased) {
        sentence.append(adverb)
      } else {
        other.append(adverb)
      }
    }
    return (sentence, other)
  }
}
