/// The tense of a clause's lexical verb, which decides its form and the form of "do".
public enum LexicalTense: Sendable, Hashable {
  /// "hurts", "does not hurt".
  case thirdSingular
  /// "hurt", "do not hurt" (I, you, we, they and plural subjects).
  case plural
  /// "hurt", "did not hurt".
  case past
  /// A command without a subject: "trust", "do not trust".
  case imperative
}

/// What a clause's finite verb is.
public enum FiniteVerb: Sendable, Hashable {
  /// A form of "be": "is", "were".
  case be(FunctionWords.Tense)
  /// "have", "has" or "had" with a past participle: "has gone".
  case perfect(FunctionWords.Tense)
  /// A modal, in its positive form: "will", "can", "should", "ought".
  case modal(String)
  /// A lexical verb, by its base form: "hurt", "go", "have" (as in "have too much power").
  case lexical(base: String, tense: LexicalTense)
}

/// A clause taken apart around its finite verb, so it can be negated and turned into a
/// question: "In the long run, | crypto | will | not | replace cash".
///
/// Rebuilding the parts in order (`declarative`) gives the clause back with one space between
/// words; the parts never overlap.
public struct Clause: Sendable, Hashable {
  /// An adverbial before the subject, with its comma: "In the long run,", "If taxes rise,".
  public var lead: [Token]
  /// The subject: "crypto", "not all politicians", "people who disagree with you". Empty for
  /// a command ("Never trust banks").
  public var subject: [Token]
  /// Adverbs between the subject and the verb: "always" in "Politicians always lie".
  public var beforeVerb: [Token]
  /// What the finite verb is.
  public var verb: FiniteVerb
  /// The auxiliary or modal as written ("is", "won't", "'s"), or the "do" of do-support
  /// ("doesn't" in "doesn't need"); nil for a lexical verb written on its own.
  public var auxiliary: Token?
  /// The lexical verb as written, for a lexical clause: "hurts", or "need" after "doesn't".
  public var lexicalVerb: Token?

  /// Whether a lexical clause shows its verb inflected ("wastes"), not in the base form after
  /// "does not" or an emphatic "does".
  private var rendersFiniteVerb: Bool {
    guard !isNegated else { return false }
    guard let auxiliary else { return true }
    return FunctionWords.auxiliary(auxiliary.lowercased)?.isNegated == true
  }
  /// Adverbs after the auxiliary: "always" in "is always late".
  public var afterAuxiliary: [Token]
  /// Everything after the verb group: the complement, objects and adverbials.
  public var rest: [Token]
  /// Whether the verb is negated with "not" or "n't".
  public var isNegated: Bool

  public init(
    lead: [Token] = [], subject: [Token], beforeVerb: [Token] = [], verb: FiniteVerb,
    auxiliary: Token? = nil, lexicalVerb: Token? = nil, afterAuxiliary: [Token] = [],
    rest: [Token] = [], isNegated: Bool = false
  ) {
    self.lead = lead
    self.subject = subject
    self.beforeVerb = beforeVerb
    self.verb = verb
    self.auxiliary = auxiliary
    self.lexicalVerb = lexicalVerb
    self.afterAuxiliary = afterAuxiliary
    self.rest = rest
    self.isNegated = isNegated
  }

  /// Whether the clause is a command, with no subject.
  public var isCommand: Bool { subject.isEmpty }

  /// Whether the clause is a command to "us": "Let's ban TikTok".
  private var isLetUs: Bool {
    guard isCommand, lead.count >= 2 else { return false }
    return lead[lead.count - 2].lowercased == "let"
      && ["'s", "us"].contains(lead[lead.count - 1].lowercased)
  }

  /// A command as advice to the person, which reads as a clause after "that": "Don't trust
  /// banks" → "you should not trust banks", "Never invest in crypto" → "you should never invest
  /// in crypto". Any other clause is returned as it is.
  public var asAdvice: Clause {
    guard isCommand, case .lexical(let base, _) = verb else { return self }
    let verbToken = lexicalVerb.map { $0.replacingText(with: base) } ?? Token(base)
    let addressee = isLetUs ? "we" : "you"
    return Clause(
      lead: isLetUs ? Array(lead.dropLast(2)) : lead, subject: [Token(addressee)],
      verb: .modal("should"), auxiliary: Token("should"),
      afterAuxiliary: beforeVerb.filter { $0.lowercased != "please" }, rest: [verbToken] + rest,
      isNegated: isNegated)
  }

  /// The clause as a statement: "crypto is not a scam", "politicians do not always lie".
  public var declarative: [Token] {
    var tokens = lead + subject
    switch verb {
    case .lexical(let base, let tense):
      tokens += lexicalVerbGroup(base: base, tense: tense)
    case .be, .perfect, .modal:
      tokens += beforeVerb
      let group = auxiliaryGroup()
      if group.count == 2, case .modal = verb, let rather = rest.first, Clause.isRather(rather) {
        // "would rather not".
        return Clause.respaced(
          tokens + [group[0], rather, group[1]] + afterAuxiliary + rest.dropFirst())
      }
      tokens += group
      tokens += afterAuxiliary
    }
    tokens += rest
    return Clause.respaced(tokens)
  }

  /// Whether a word is a verb in its base form ("take", "be"), as after "to"; not a word whose
  /// verb senses are rare next to its noun senses ("going to zero", "going to war").
  private static func isBaseVerb(_ token: Token) -> Bool {
    let word = token.lowercased
    return word == "be" || word == "have"
      || Lexicon.verbReadings(of: word).contains {
        $0.form == .base && !Lexicon.classes(of: $0.base).contains(.rareVerb)
      }
  }

  /// The clause as a statement with its lead adverbial moved to the end, as it reads after
  /// "whether": "you'll regret it forever if you quit now".
  public var declarativeWithLeadLast: [Token] {
    guard !lead.isEmpty else { return declarative }
    var clause = self
    clause.lead = []
    return Clause.respaced(clause.declarative + trailingLead)
  }

  private static func isRather(_ token: Token) -> Bool {
    token.lowercased == "rather"
  }

  /// The clause as the body of a "Why …?" question about it, by subject–auxiliary inversion
  /// with "might" ("might crypto not be a scam", "might banks not have caused the crisis"), or
  /// with "should" for a clause of obligation ("should we not ban TikTok"). A command asks
  /// whether it might be wise ("might it be wise not to trust banks"). The lead adverbial
  /// moves to the end ("might people not leave if taxes rise").
  public var interrogative: [Token] {
    var tokens: [Token] = []
    let not = isNegated ? [Token("not")] : []
    let adverbs = (beforeVerb + afterAuxiliary).filter {
      !FunctionWords.sentenceAdverbs.contains($0.lowercased)
    }
    if isCommand {
      tokens = [Token("might"), Token("it"), Token("be"), Token("wise")] + not + [Token("to")]
      tokens += adverbs
      switch verb {
      case .lexical(let base, _): tokens.append(Token(base))
      case .be: tokens.append(Token("be"))
      case .perfect, .modal: tokens += auxiliary.map { [$0] } ?? []
      }
      return Clause.respaced(tokens + rest + (isLetUs ? [] : trailingLead))
    }
    let rest = restOfFirstClause
    switch verb {
    case .be(let tense):
      tokens = [Token("might")] + subject + not + adverbs
      // "is going to take" (or "gonna take") asks like "will take": "might AI not take"; but
      // "is going to zero" is a movement, asked as "might Bitcoin not be going to zero".
      let future =
        rest.count > 2 && rest[0].lowercased == "going" && rest[1].lowercased == "to"
        ? 2 : rest.count > 1 && rest[0].lowercased == "gonna" ? 1 : 0
      if tense == .present, future > 0, Clause.isBaseVerb(rest[future]) {
        return Clause.respaced(tokens + rest.dropFirst(future) + trailingLead)
      }
      tokens += tense == .past ? [Token("have"), Token("been")] : [Token("be")]
      tokens += rest
    case .perfect:
      tokens = [Token("might")] + subject + not + adverbs + [Token("have")] + rest
    case .modal(let modal):
      let isObligation = FunctionWords.obligationModals.contains(modal)
      var rest = rest
      if modal == "ought", rest.first?.lowercased == "to" { rest.removeFirst() }
      if let rather = rest.first, Clause.isRather(rather) {
        // "Why would you rather not be rich?"
        tokens = [Token(modal)] + subject + [rather] + not + adverbs + rest.dropFirst()
      } else if ["can", "could"].contains(modal), let verb = rest.first,
        !["be", "have"].contains(verb.lowercased),
        Lexicon.verbReadings(of: verb.lowercased).contains(where: { $0.form == .base })
      {
        // Ability keeps its sense: "Why might AI not be able to think?"
        let ableTo = [Token("be"), Token("able"), Token("to")]
        tokens = [Token("might")] + subject + not + adverbs + ableTo + rest
      } else {
        tokens = [Token(isObligation ? "should" : "might")] + subject + not + adverbs + rest
      }
    case .lexical(let base, let tense):
      tokens = [Token("might")] + subject + not + adverbs
      let isPast = tense == .past
      if isPast, base == "use", rest.count > 1, rest[0].lowercased == "to",
        let next = Lexicon.verbReadings(of: rest[1].lowercased).first(where: { $0.form == .base })
          ?? (rest[1].lowercased == "be" ? VerbReading(base: "be", form: .base) : nil)
      {
        // "used to be fun" asks as "might not have been fun".
        tokens += [Token("have"), Token(Lexicon.pastParticiple(of: next.base))]
        return Clause.respaced(tokens + rest.dropFirst(2) + trailingLead)
      }
      if isPast {
        tokens += [Token("have"), Token(Lexicon.pastParticiple(of: base))]
      } else {
        tokens.append(Token(base))
      }
      tokens += Clause.reinflectingCoordinatedVerbs(in: rest, fromBase: !rendersFiniteVerb) {
        isPast ? Lexicon.pastParticiple(of: $0) : $0
      }
    }
    return Clause.respaced(tokens + trailingLead)
  }

  /// The rest without a second clause joined on ("crypto is a scam | and everyone knows it"),
  /// which a question about the first would garble.
  private var restOfFirstClause: [Token] {
    for index in rest.indices where index > 0 {
      let word = rest[index].lowercased
      guard ["and", "but", "or", "so", ";"].contains(word) else { continue }
      let following = Array(rest[(index + 1)...])
      guard let verb = ClauseParser.finiteVerbIndex(in: following), verb > 0,
        FunctionWords.auxiliary(following[0].lowercased) == nil
      else { continue }
      var cut = index
      while cut > 0, rest[cut - 1].kind == .punctuation { cut -= 1 }
      return Array(rest[..<cut])
    }
    return rest
  }

  /// The lead adverbial for the end of a question: without its comma, first word in lowercase.
  private var trailingLead: [Token] {
    var lead = lead
    while let last = lead.last, last.kind == .punctuation { lead.removeLast() }
    guard let first = lead.first else { return [] }
    lead[0] = first.replacingText(with: CaseStyle.lowercasingFirst(of: first))
    lead[0].hasSpaceBefore = true
    return lead
  }

  /// The auxiliary with "not" when negated, contracted or spelled out as fits.
  private func auxiliaryGroup() -> [Token] {
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
  private func expandedClitic(_ token: Token) -> Token {
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
  private func lexicalVerbGroup(base: String, tense: LexicalTense) -> [Token] {
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

  private func splitSentenceAdverbs(_ adverbs: [Token]) -> ([Token], [Token]) {
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

  /// A verb's form for a tense: "hurt" → "hurts" (third singular), "went" (past of "go").
  static func inflect(_ base: String, _ tense: LexicalTense) -> String {
    switch tense {
    case .thirdSingular: Lexicon.thirdPersonSingular(of: base)
    case .plural, .imperative: base
    case .past: Lexicon.past(of: base)
    }
  }

  /// Verbs joined to the main verb by "and" or "or" ("wastes energy and harms the planet"),
  /// each given a new form made from its base.
  /// - Parameters:
  ///   - fromBase: whether the joined verbs are in the base form now (after "does not"), or
  ///     finite like the main verb.
  ///   - inflect: the new form, from the base.
  static func reinflectingCoordinatedVerbs(
    in rest: [Token], fromBase: Bool, _ inflect: (String) -> String
  ) -> [Token] {
    var rest = rest
    for index in rest.indices where ["and", "or"].contains(rest[index].lowercased) {
      guard index > 0, index + 1 < rest.count else { continue }
      let verb = rest[index + 1]
      let before = rest[index - 1].lowercased
      guard verb.kind == .word, !FunctionWords.isFunctionWord(verb.lowercased),
        !FunctionWords.isFunctionWord(before)
      else { continue }
      let forms: Set<VerbForm> = fromBase ? [.base] : [.thirdSingular, .past]
      guard
        let reading = Lexicon.verbReadings(of: verb.lowercased).first(where: {
          forms.contains($0.form)
        }), !Lexicon.classes(of: reading.base).contains(.rareVerb)
      else { continue }
      // "jobs and lives" are two nouns, not a noun and a verb.
      if Lexicon.singular(of: verb.lowercased) != nil, Lexicon.singular(of: before) != nil {
        continue
      }
      rest[index + 1] = verb.replacingText(with: inflect(reading.base))
    }
    return rest
  }

  /// The tokens with the spacing of a sentence: none before the first token or a clitic,
  /// and a space between two words that moved next to each other.
  static func respaced(_ tokens: [Token]) -> [Token] {
    var result = tokens
    for index in result.indices {
      if index == 0 {
        result[index].hasSpaceBefore = false
      } else if result[index].kind == .word, result[index].lowercased.hasPrefix("'") {
        result[index].hasSpaceBefore = false
      } else if !result[index].hasSpaceBefore, result[index].kind == .word,
        Token.normalized(result[index].text) != result[index].lowercased
      {
        // The second part of a shorthand spelling read as two words ("gon" "na"): one word.
        continue
      } else if result[index].isWord, result[index - 1].isWord {
        result[index].hasSpaceBefore = true
      } else if result[index - 1].isWord, index + 1 < result.count,
        !result[index + 1].hasSpaceBefore, result[index + 1].isWord,
        BeliefReader.isQuotationMark(result[index])
      {
        // An opening quotation mark moved after a word: "might \"trickle-down economics\"".
        result[index].hasSpaceBefore = true
      }
    }
    return result
  }
}
