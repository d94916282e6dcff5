/// Building a `Clause` around the finite verb once it is found.
extension ClauseScanner {
  func build(lead: [Token], start: Int, finite: Int) -> Clause? {
    var subjectEnd = finite
    while subjectEnd > start {
      let word = tokens[subjectEnd - 1].lowercased
      // "More people than ever believe": the adverb after "than" is the comparison's.
      guard word == "never" || FunctionWords.isVerbAdverb(word),
        subjectEnd - 2 < start || tokens[subjectEnd - 2].lowercased != "than"
      else { break }
      subjectEnd -= 1
      if word == "longer", subjectEnd > start, tokens[subjectEnd - 1].lowercased == "no" {
        subjectEnd -= 1
      }
    }
    // "Israel and Hamas both want": a quantifier floating after the subject goes with the verb
    // ("do not both want").
    if subjectEnd - 1 > start,
      ClauseScanner.floatingQuantifiers.contains(tokens[subjectEnd - 1].lowercased),
      !FunctionWords.prepositions.contains(tokens[subjectEnd - 2].lowercased),
      !FunctionWords.determiners.contains(tokens[subjectEnd - 2].lowercased)
    {
      subjectEnd -= 1
    }
    let subject = Array(tokens[start..<subjectEnd])
    let beforeVerb = Array(tokens[subjectEnd..<finite])
    let finiteToken = tokens[finite]
    let subjectAgreement = subject.isEmpty ? .any : agreement(of: start..<subjectEnd)

    guard let auxiliary = FunctionWords.auxiliary(finiteToken.lowercased) else {
      let readings = finiteReadings(of: finiteToken.lowercased, allowingRareVerbs: true)
      let reading =
        subject.isEmpty
        ? readings.first { $0.form == .base }
        : readings.first { $0.form.agrees(with: subjectAgreement) } ?? readings.first
      guard let reading else { return nil }
      return Clause(
        lead: lead, subject: subject, beforeVerb: beforeVerb,
        verb: .lexical(base: reading.base, tense: tense(of: reading.form, subject: subject)),
        lexicalVerb: finiteToken, rest: Array(tokens[(finite + 1)...]))
    }

    var next = finite + 1
    var isNegated = auxiliary.isNegated
    var afterAuxiliary: [Token] = []
    while next < tokens.count {
      let word = tokens[next].lowercased
      if word == "not", !isNegated {
        isNegated = true
      } else if word == "no", next + 1 < tokens.count, tokens[next + 1].lowercased == "longer" {
        afterAuxiliary += [tokens[next], tokens[next + 1]]
        next += 1
      } else if word == "never" || FunctionWords.isVerbAdverb(word) {
        afterAuxiliary.append(tokens[next])
      } else if ClauseScanner.floatingQuantifiers.contains(word), next + 1 < tokens.count,
        isVerbAfterQuantifier(tokens[next + 1].lowercased)
      {
        afterAuxiliary.append(tokens[next])  // "should all eat", "have all seen"
      } else {
        break
      }
      next += 1
    }
    let following = next < tokens.count ? tokens[next] : nil
    let rest = Array(tokens[next...])
    var clause = Clause(
      lead: lead, subject: subject, beforeVerb: beforeVerb, verb: .be(auxiliary.tense),
      auxiliary: finiteToken, afterAuxiliary: afterAuxiliary, rest: rest, isNegated: isNegated)

    switch auxiliary.kind {
    case .be:
      if finiteToken.lowercased == "'s", following?.lowercased == "been" {
        clause.verb = .perfect(.present)
      }
    case .modal:
      clause.verb = .modal(auxiliary.positive)
      if finiteToken.lowercased == "'d", let following, isParticiple(following) {
        clause.verb = .perfect(.past)
      }
    case .have:
      if let following, isParticiple(following) {
        clause.verb = .perfect(auxiliary.tense)
      } else if auxiliary.isNegated || isNegated {
        clause.verb = .perfect(auxiliary.tense)
      } else {
        clause.verb = .lexical(base: "have", tense: doTense(of: finiteToken, subject: subject))
        clause.auxiliary = nil
        clause.lexicalVerb = finiteToken
        clause.beforeVerb += afterAuxiliary
        clause.afterAuxiliary = []
      }
    case .do:
      let tense = doTense(of: finiteToken, subject: subject)
      if let following, following.kind == .word,
        Lexicon.verbReadings(of: following.lowercased).contains(where: { $0.form == .base })
          || following.lowercased == "be" || following.lowercased == "have"
      {
        let base =
          Lexicon.verbReadings(of: following.lowercased).first { $0.form == .base }?.base
          ?? following.lowercased
        clause.verb = .lexical(base: base, tense: tense)
        clause.lexicalVerb = following
        clause.rest = Array(tokens[(next + 1)...])
      } else {
        clause.verb = .lexical(base: "do", tense: tense)
        clause.auxiliary = isNegated ? finiteToken : nil
        clause.lexicalVerb = isNegated ? nil : finiteToken
      }
      clause.beforeVerb += afterAuxiliary
      clause.afterAuxiliary = []
    }
    return clause
  }

  /// Whether a word after a floating quantifier is the verb it goes with: a base form or a
  /// participle ("all eat", "all seen"), not a noun or an adjective ("all corrupt").
  private func isVerbAfterQuantifier(_ word: String) -> Bool {
    ["be", "have", "been"].contains(word)
      || Lexicon.verbReadings(of: word).contains {
        ($0.form == .base || $0.form == .pastParticiple)
          && !Lexicon.classes(of: $0.base).contains(.rareVerb)
      }
  }

  /// A command: a bare verb at the start, perhaps after "do not", "never" or "always".
  func command(lead: [Token], start: Int) -> Clause? {
    var lead = lead
    var start = start
    if start + 1 < tokens.count, tokens[start].lowercased == "let",
      ["'s", "us"].contains(tokens[start + 1].lowercased)
    {
      // "Let's ban TikTok": a command to us, negated as "let's not ban TikTok".
      lead += tokens[start...(start + 1)]
      start += 2
    }
    var index = start
    var isNegated = false
    var adverbs: [Token] = []
    while index < tokens.count {
      let word = tokens[index].lowercased
      guard
        word == "never" || word == "always" || word == "just" || word == "please"
          || word == "not"
      else { break }
      if word == "not" { isNegated = true } else { adverbs.append(tokens[index]) }
      index += 1
    }
    guard index < tokens.count else { return nil }
    let word = tokens[index].lowercased
    if let auxiliary = FunctionWords.auxiliary(word), auxiliary.kind == .do {
      return build(lead: lead, start: start, finite: index).map {
        var clause = $0
        clause.subject = []
        return clause
      }
    }
    guard
      finiteReadings(of: word, allowingRareVerbs: true).contains(where: { $0.form == .base })
        || word == "be"
    else { return nil }
    let base = word == "be" ? "be" : Lexicon.verbReadings(of: word).first { $0.form == .base }!.base
    return Clause(
      lead: lead, subject: [], beforeVerb: adverbs,
      verb: .lexical(base: base, tense: .imperative), lexicalVerb: tokens[index],
      rest: Array(tokens[(index + 1)...]), isNegated: isNegated)
  }

  /// An -ing form of a verb that is not also a noun of its own ("Banning", not "Housing").
  func isGerund(_ token: Token) -> Bool {
    let word = token.lowercased
    return word.hasSuffix("ing") && !Lexicon.classes(of: word).contains(.noun)
      && Lexicon.verbReadings(of: word).contains { $0.form == .presentParticiple }
  }

  func isParticiple(_ token: Token) -> Bool {
    let word = token.lowercased
    return Self.britishParticiples.contains(word)
      || Lexicon.verbReadings(of: word).contains { $0.form == .pastParticiple }
  }

  /// Participles the lexicon lists only as a past tense or not at all: "has got out of
  /// hand" is a perfect, as "has been" is.
  static let britishParticiples: Set<String> = ["been", "got"]

  private func tense(of form: VerbForm, subject: [Token]) -> LexicalTense {
    switch form {
    case .thirdSingular: .thirdSingular
    case .past, .pastParticiple: .past
    default: subject.isEmpty ? .imperative : .plural
    }
  }

  private func doTense(of token: Token, subject: [Token]) -> LexicalTense {
    guard !subject.isEmpty else { return .imperative }
    switch FunctionWords.auxiliary(token.lowercased)?.positive {
    case "does", "has": return .thirdSingular
    case "did", "had": return .past
    default: return .plural
    }
  }
}
