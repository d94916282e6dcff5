/// Negates a clause: the contradiction, what is true exactly when the clause is false, not the
/// contrary.
///
/// The first rule that applies decides:
/// 1. A negated verb loses its negation: "isn't" → "is", "can't" → "can", "doesn't need" →
///   "needs", "never" → "sometimes" (dropped after a modal, "have" or "going to": "will never"
///   → "will"), "no longer" → "still", "rarely" → "often"; words that only go with a negation
///   turn positive: "any" → "some", "yet" → "already", "anymore" → "still".
/// 2. A subject with a quantifier turns around: "all", "every", "everyone", "only", "many" →
///   "not all" …; "any" → "not every" ("not all" before a plural), "anyone" → "not everyone";
///   "at least some" → "no"; "no", "nobody", "nothing", "none" → "some", "somebody", "something", "some";
///   "some", "someone" → "no", "no one"; "few" → "many"; "not all" → "all".
/// 3. A negative word after the verb turns positive: "has no value" → "has a value" ("some"
///   before a plural or a mass noun: "no evidence" → "some evidence"), "nothing" → "something",
///   "no better" → "better".
/// 4. Otherwise the verb is negated: an auxiliary or modal takes "not" ("is not", "will not");
///   a lexical verb takes "do", "does" or "did" and its base form ("hurts" → "does not hurt",
///   "went" → "did not go"), with adverbs of frequency after the "not" ("do not always lie") and
///   adverbs of certainty before it ("probably does not help"); "still" → "no longer",
///   "already" → "yet", "some" → "any".
public enum Negator {
  /// The contradiction of a clause, as a clause.
  public static func contradiction(of clause: Clause) -> Clause {
    var result = clause
    if removeVerbNegation(&result) { return result }
    if turnSubjectQuantifier(&result) { return result }
    if turnNegativeWord(in: &result) { return result }
    addVerbNegation(&result)
    return result
  }

  /// The contradiction of a sentence, or nil when it has no finite verb.
  public static func contradiction(of text: String) -> String? {
    ClauseParser.parse(text).map { contradiction(of: $0).declarative.joinedText }
  }

  // MARK: - 1. A negated verb

  private static func removeVerbNegation(_ clause: inout Clause) -> Bool {
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
  private static func turnNegativePolarityItems(in clause: inout Clause) {
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
  private static func turnSubjectPolarity(in clause: inout Clause) {
    guard let first = clause.subject.first, let positive = positivePolarity[first.lowercased]
    else { return }
    clause.subject[0] = first.replacingText(with: CaseStyle.matching(first, positive))
  }

  /// "Ought not" takes a bare verb, "ought" a "to": "ought not possess" → "ought to possess".
  private static func restoreOughtTo(in clause: inout Clause) {
    guard case .modal("ought") = clause.verb, clause.rest.first?.lowercased != "to" else {
      return
    }
    clause.rest.insert(Token("to"), at: 0)
  }

  private static let positivePolarity = NegationPairs.positives(.polarityItem)

  // MARK: - 2. A quantified subject

  private static func turnSubjectQuantifier(_ clause: inout Clause) -> Bool {
    guard let first = clause.subject.first else { return false }
    let word = first.lowercased
    let second = clause.subject.count > 1 ? clause.subject[1].lowercased : nil
    // A number of the subject: "50%", "1,000", "half", "ten" (after "than" in "more than 50%").
    func isQuantity(at index: Int) -> Bool {
      guard index < clause.subject.count else { return false }
      let token = clause.subject[index]
      return token.kind == .number || numberWords.contains(token.lowercased)
        || (["$", "\u{20AC}", "\u{00A3}"].contains(token.text)
          && index + 1 < clause.subject.count && clause.subject[index + 1].kind == .number)
    }
    // An amount rather than a count takes "less": "50%", "$1,000".
    func isAmount(at index: Int) -> Bool {
      let token = clause.subject[index]
      return token.text.hasSuffix("%") || token.kind != .number && token.kind != .word
        || (index + 1 < clause.subject.count
          && ["%", "percent", "per"].contains(clause.subject[index + 1].lowercased))
    }
    func replaceFirst(_ count: Int, with words: [String]) {
      var replacement = words.map { Token($0) }
      replacement[0] = first.replacingText(with: CaseStyle.matching(first, words[0]))
      clause.subject.replaceSubrange(0..<count, with: replacement)
    }
    // A pronoun of the negation pairs turns around: "nobody" → "somebody", "no one" →
    // "someone"; "somebody" → "nobody".
    if let pair = NegationPairs.pair(.pronoun, at: 0, in: clause.subject) {
      replaceFirst(pair.negative.count, with: pair.positive)
      turnNegativePolarityItems(in: &clause)
      return true
    }
    if let negative = NegationPairs.negative(of: word, .pronoun) {
      replaceFirst(1, with: negative)
      return true
    }
    switch word {
    case let word where Quantifiers.deniedByNot.contains(word):
      replaceFirst(1, with: ["not", word])
    case let word where Quantifiers.freeChoice[word] != nil:
      // "anyone can" → "not everyone can"
      replaceFirst(1, with: ["not", Quantifiers.freeChoice[word]!])
    case "any" where second.map { Lexicon.number(ofNoun: $0) == .plural } == true:
      replaceFirst(1, with: ["not", "all"])  // "any students can" → "not all students can"
    case "any" where clause.subject.count > 1:
      replaceFirst(1, with: ["not", "every"])  // "any job is better" → "not every job is"
    case "at"
    where second == "least" && clause.subject.count > 3
      && ["some", "one"].contains(clause.subject[2].lowercased):
      replaceFirst(3, with: ["no"])  // "at least some banks fail" → "no banks fail"
      turnNegativePolarityItems(in: &clause)
    case "each" where second == "of":
      replaceFirst(1, with: ["not", "all"])  // "each of us" → "not all of us"
    case "each":
      replaceFirst(1, with: ["not", "every"])
    case "not" where second.map(Quantifiers.deniedByNot.contains) == true:
      clause.subject.removeFirst()
      clause.subject[0] = clause.subject[0].replacingText(
        with: CaseStyle.matching(first, clause.subject[0].text))
    case "over" where isQuantity(at: 1), "above" where isQuantity(at: 1):
      replaceFirst(1, with: ["no", "more", "than"])  // "over 50% fail" → "no more than 50%"
    case "more" where second == "than" && isQuantity(at: 2):
      replaceFirst(2, with: ["no", "more", "than"])
    case "under" where isQuantity(at: 1), "below" where isQuantity(at: 1):
      replaceFirst(1, with: ["at", "least"])
    case "fewer" where second == "than" && isQuantity(at: 2),
      "less" where second == "than" && isQuantity(at: 2):
      replaceFirst(2, with: ["at", "least"])
    case "at" where second == "least" && isQuantity(at: 2):
      replaceFirst(2, with: [isAmount(at: 2) ? "less" : "fewer", "than"])
    case "at" where second == "most" && isQuantity(at: 2):
      replaceFirst(2, with: ["more", "than"])
    case "no" where ["more", "fewer", "less"].contains(second) && isQuantity(at: 3):
      replaceFirst(1, with: [clause.subject[1].lowercased])
      clause.subject.remove(at: 1)
    case "no":
      replaceFirst(1, with: ["some"])
      turnNegativePolarityItems(in: &clause)
    case "neither":
      replaceFirst(1, with: ["at", "least", "one"])
      turnNegativePolarityItems(in: &clause)
    case let hedge
    where ["hardly", "barely", "scarcely", "almost"].contains(hedge)
      && second.map(nearlyNone.contains) == true:
      // "Hardly anyone uses Bitcoin" → "quite a few people use Bitcoin"; "almost no banks
      // fail" → "quite a few banks fail".
      let isPronoun =
        ["anyone", "anybody", "nobody", "no one"].contains(second!)
        || (second == "no" && clause.subject.count > 2 && clause.subject[2].lowercased == "one")
      if isPronoun {
        replaceFirst(second == "no" ? 3 : 2, with: ["quite", "a", "few", "people"])
      } else {
        replaceFirst(2, with: ["quite", "a", "few"])
      }
      Negator.agreeWithPlural(&clause)
    case "zero" where clause.subject.count > 1 && clause.subject[1].kind == .word:
      replaceFirst(1, with: ["some"])
      turnNegativePolarityItems(in: &clause)
    case "few": replaceFirst(1, with: ["many"])
    case "some": replaceFirst(1, with: ["no"])
    default: return false
    }
    return true
  }

  /// Numbers written as words, which "over", "under", "at least" and the like can quantify.
  private static let numberWords: Set<String> = [
    "half", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
    "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million",
    "millions", "billion", "billions", "dozen", "dozens",
  ]

  /// Words after "hardly", "barely", "scarcely" or "almost" that make "nearly none".
  private static let nearlyNone: Set<String> = ["anyone", "anybody", "any", "nobody", "no"]

  /// The verb made to agree with a plural subject that replaced a singular one: "uses" →
  /// "use", "is" → "are", "was" → "were", "has" → "have".
  static func agreeWithPlural(_ clause: inout Clause) {
    switch clause.verb {
    case .lexical(let base, .thirdSingular):
      clause.verb = .lexical(base: base, tense: .plural)
      if let written = clause.lexicalVerb, clause.auxiliary == nil {
        clause.lexicalVerb = written.replacingText(with: base)
      }
      if let auxiliary = clause.auxiliary, auxiliary.lowercased == "does" {
        clause.auxiliary = auxiliary.replacingText(with: "do")
      }
    case .be, .perfect:
      let plural = [
        "is": "are", "was": "were", "has": "have", "isn't": "aren't",
        "wasn't": "weren't", "hasn't": "haven't",
      ]
      if let auxiliary = clause.auxiliary, let form = plural[auxiliary.lowercased] {
        clause.auxiliary = auxiliary.replacingText(with: form)
      }
    default:
      break
    }
  }

  // MARK: - 3. A negative word after the verb

  private static func turnNegativeWord(in clause: inout Clause) -> Bool {
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
  private static func negativeAfterVerb(at index: Int, in rest: [Token], end: Int) -> NegationPairs
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
  private static func isComparative(_ word: String) -> Bool {
    if ["more", "less", "fewer", "different", "better", "worse", "longer"].contains(word) {
      return true
    }
    let classes = Lexicon.classes(of: word)
    return word.hasSuffix("er") && classes.contains(.adjective) && !classes.contains(.noun)
  }

  /// The noun phrase that starts at `start`, up to its last noun-like word.
  private static func nounPhraseHead(in tokens: [Token], from start: Int, to end: Int)
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
  private static func usesSome(_ phrase: ArraySlice<Token>) -> Bool {
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
    if massNouns.contains(word) || Lexicon.classes(of: word).contains(.uncountable) {
      return true
    }
    return massSuffixes.contains { word.hasSuffix($0) && word.count > $0.count + 2 }
  }

  /// Suffixes of abstract nouns that are usually uncountable.
  private static let massSuffixes = [
    "ness", "ism", "ity", "ence", "ance", "dom", "ing", "tion", "sion", "ment", "ship", "cy",
  ]

  /// Common uncountable nouns without such a suffix.
  private static let massNouns: Set<String> = [
    "evidence", "information", "money", "proof", "power", "value", "progress", "research",
    "knowledge", "advice", "news", "time", "control", "support", "respect", "trust", "peace",
    "growth", "energy", "demand", "room", "hope", "sense", "meaning", "use", "harm", "damage",
    "doubt", "integrity", "honesty", "courage", "talent", "work", "help", "water", "food",
    "space", "data", "software", "access", "leverage", "credit", "debt", "interest", "oversight",
    "risk", "waste", "justice", "truth", "love", "faith", "freedom", "wisdom", "tax", "rain",
    "reason", "need", "point", "chance", "pressure", "incentive", "impact", "effect", "say",
    "choice", "responsibility", "competition", "regulation", "inflation", "transparency",
  ]

  // MARK: - 4. Negating the verb

  private static func addVerbNegation(_ clause: inout Clause) {
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
    var rest = clause.rest
    let end = clauseBoundary(in: rest)
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

  private static let negativePolarity = NegationPairs.negatives(.polarityItem)

  /// Words of a negation pair in place of a token, the first keeping its spacing.
  private static func replacing(_ token: Token, with words: [String]) -> [Token] {
    words.enumerated().map {
      $0.offset == 0 ? token.replacingText(with: $0.element) : Token($0.element)
    }
  }

  // MARK: - Scope

  /// Where the verb's own clause ends in its rest: at a comma, a relative pronoun or a
  /// subordinate clause ("Crypto is a scam that nobody can stop": "nobody" is not turned).
  private static func clauseBoundary(in rest: [Token]) -> Int {
    rest.firstIndex { token in
      let word = token.lowercased
      return token.text == "," || token.text == ";"
        || (FunctionWords.relativePronouns.contains(word) && word != "that")
        || (word == "that" && token != rest.first)
        || (FunctionWords.subordinators.contains(word) && word != "as")
    } ?? rest.count
  }

  private static func isSentenceEnd(_ tokens: [Token], _ index: Int) -> Bool {
    index >= tokens.count || tokens[index].kind == .punctuation
  }
}
