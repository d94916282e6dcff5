extension Negator {
  // MARK: - 3. A negative word after the verb

  static func turnNegativeWord(in clause: inout Clause) -> Bool {
    // "Still going nowhere": "still" takes the negative word in its scope, and is what turns
    // ("no longer going nowhere").
    let verbGroup = clause.beforeVerb + clause.afterAuxiliary
    if verbGroup.contains(where: { NegationPairs.negative(of: $0.lowercased, .verbAdverb) != nil })
    {
      return false
    }
    var rest = clause.rest
    let end = clauseBoundary(in: rest)
    for index in 0..<end {
      let token = rest[index]
      if let pair = negativeAfterVerb(at: index, in: rest, end: end) {
        rest.replaceSubrange(
          index..<(index + pair.negative.count), with: replacing(token, with: pair.positive))
        clause.rest = rest
        turnNegativePolarityItems(in: &clause)
        return true
      }
      switch token.lowercased {
      case "no":
        let next = index + 1 < end ? rest[index + 1] : nil
        switch next?.lowercased {
        case nil: return false
        case let word? where NegationPairs.fixedAfterNo.contains(word):
          continue
        case "other":
          // "no other option" → "another option"; "no other options" → "other options".
          let head = nounPhraseHead(in: rest, from: index + 2, to: end)
          if usesSome(head) {
            rest.remove(at: index)
          } else {
            rest.replaceSubrange(
              index...(index + 1),
              with: [token.replacingText(with: CaseStyle.matching(token, "another"))])
          }
        case "such":
          // "no such thing" → "such a thing"; "no such evidence" → "such evidence".
          rest.remove(at: index)
          let head = nounPhraseHead(in: rest, from: index + 1, to: end - 1)
          if !usesSome(head), index + 1 < rest.count {
            rest.insert(Token(IndefiniteArticle.article(before: rest[index + 1])), at: index + 1)
          }
        case let word? where isComparative(word):
          rest.remove(at: index)
        default:
          let head = nounPhraseHead(in: rest, from: index + 1, to: end)
          let determiner =
            usesSome(head) ? "some" : IndefiniteArticle.article(before: next!)
          rest[index] = token.replacingText(with: CaseStyle.matching(token, determiner))
        }
      case "neither":
        rest[index] = token.replacingText(with: "either")
        if let nor = rest[index...].firstIndex(where: { $0.lowercased == "nor" }) {
          rest[nor] = rest[nor].replacingText(with: "or")
        }
      case "zero":
        // "has zero empathy" reads as "has no empathy"; "zero percent" is a number, and
        // "Zero" with a capital after the verb is part of a name.
        guard index + 1 < end, rest[index + 1].kind == .word, !token.isCapitalized,
          !["percent", "per", "out", "to"].contains(rest[index + 1].lowercased)
        else { continue }
        let head = nounPhraseHead(in: rest, from: index + 1, to: end)
        let determiner =
          usesSome(head) ? "some" : IndefiniteArticle.article(before: rest[index + 1])
        rest[index] = token.replacingText(with: CaseStyle.matching(token, determiner))
      default: continue
      }
      clause.rest = rest
      // The negative word licensed the words after it that only go with a negation: "no
      // money … anymore" → "still some money", "no cure yet" → "a cure already".
      turnNegativePolarityItems(in: &clause)
      return true
    }
    return false
  }

  /// The negation pair that negates where it stands after the verb and starts at `index`,
  /// within the verb's own clause: "nobody", "never", "no one", "no longer".
  static func negativeAfterVerb(at index: Int, in rest: [Token], end: Int) -> NegationPairs
    .Pair?
  {
    for role in [NegationPairs.Role.pronoun, .verbAdverb] {
      if let pair = NegationPairs.pair(role, at: index, in: rest), pair.negatesAfterVerb,
        index + pair.negative.count <= end
      {
        return pair
      }
    }
    return nil
  }

  /// Whether a word after "no" is a comparison ("no better", "no different"), so "no" is
  /// dropped rather than turned into an article.
  static func isComparative(_ word: String) -> Bool {
    if ["more", "less", "fewer", "different", "better", "worse", "longer"].contains(word) {
      return true
    }
    let classes = Lexicon.classes(of: word)
    return word.hasSuffix("er") && classes.contains(.adjective) && !classes.contains(.noun)
  }

  /// The noun phrase that starts at `start`, up to its last noun-like word.
  static func nounPhraseHead(in tokens: [Token], from start: Int, to end: Int)
    -> ArraySlice<Token>
  {
    var last = start
    var index = start
    while index < end {
      let token = tokens[index]
      // A function word ends the phrase, unless it ends a compound with the word before it
      // ("free will").
      guard token.isWord,
        !FunctionWords.isFunctionWord(token.lowercased) || token.kind == .number
          || (last > start && last == index
            && !Lexicon.classes(of: tokens[index - 1].lowercased + " " + token.lowercased)
              .isEmpty)
      else { break }
      // An adverb after the noun is not part of it ("no patience anymore"), nor a participle
      // that follows it ("no time left").
      if index > start {
        let classes = Lexicon.classes(of: token.lowercased)
        if classes.contains(.adverb), !classes.contains(.noun), !classes.contains(.adjective) {
          break
        }
        let readings = Lexicon.verbReadings(of: token.lowercased)
        if readings.contains(where: { $0.form == .pastParticiple }) { break }
      }
      index += 1
      last = index
      if index < end, tokens[index].text == "-" { index += 1 }
    }
    return tokens[start..<last]
  }

  /// Whether "no" before this noun phrase becomes "some" rather than "a": a plural, or a noun
  /// that is usually uncountable ("evidence", "shame", or the compound "free will").
  static func usesSome(_ phrase: ArraySlice<Token>) -> Bool {
    guard let head = phrase.last else { return true }
    let word = head.lowercased
    if head.hasFixedCase { return word.hasSuffix("s") }
    if Lexicon.number(ofNoun: word) == .plural { return true }
    if phrase.count > 1,
      Lexicon.classes(of: phrase[phrase.endIndex - 2].lowercased + " " + word).contains(
        .uncountable)
    {
      return true
    }
    return isUsuallyUncountable(word)
  }

  /// Whether a noun is usually uncountable ("evidence", "freedom", "regulation"), by the
  /// common ones and the suffixes of abstract nouns.
  static func isUsuallyUncountable(_ word: String) -> Bool {
    if UncountableNouns.words.contains(word) || Lexicon.classes(of: word).contains(.uncountable) {
      return true
    }
    return UncountableNouns.suffixes.contains { word.hasSuffix($0) && word.count > $0.count + 2 }
  }

}
