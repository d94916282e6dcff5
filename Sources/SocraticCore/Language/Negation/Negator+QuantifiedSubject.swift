extension Negator {
  // MARK: - 2. A quantified subject

  static func turnSubjectQuantifier(_ clause: inout Clause) -> Bool {
    guard let first = clause.subject.first else { return false }
    let word = first.lowercased
    let second = clause.subject.count > 1 ? clause.subject[1].lowercased : nil
    // A number of the subject: "50%", "1,000", "half", "ten" (after "than" in "more than 50%").
    func isQuantity(at index: Int) -> Bool {
      guard index < clause.subject.count else { return false }
      let token = clause.subject[index]
      return token.kind == .number || Quantifiers.numberWords.contains(token.lowercased)
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
      // "at least some banks fail" → "no banks fail"; "at least one of us" → "none of us".
      replaceFirst(3, with: [clause.subject[3].lowercased == "of" ? "none" : "no"])
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
      && second.map(Quantifiers.nearlyNone.contains) == true:
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
    case let word
    where Quantifiers.comparatives.contains(word)
      && clause.subject.dropFirst(2).contains(where: { $0.lowercased == "than" }):
      replaceFirst(1, with: ["not", word])  // "more people than ever vote" → "not more people …"
    case "few": replaceFirst(1, with: ["many"])
    case "some": replaceFirst(1, with: ["no"])
    default: return false
    }
    return true
  }

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
}
