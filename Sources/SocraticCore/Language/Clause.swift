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
  var isLetUs: Bool {
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

  /// How many adverbs at the end of a run grade what follows them (`gradingAdverbs`).
  private static func gradingRun(atEndOf adverbs: [Token]) -> Int {
    adverbs.reversed().prefix(while: { FunctionWords.gradingAdverbs.contains($0.lowercased) })
      .count
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
      // "is perfectly fine" asks "might it not be perfectly fine": what grades the complement
      // stays after "be" with it.
      let grading = rest.isEmpty ? 0 : Clause.gradingRun(atEndOf: adverbs)
      tokens = [Token("might")] + subject + not + adverbs.dropLast(grading)
      // "is going to take" (or "gonna take") asks like "will take": "might AI not take"; but
      // "is going to zero" is a movement, asked as "might Bitcoin not be going to zero".
      let future =
        rest.count > 2 && rest[0].lowercased == "going" && rest[1].lowercased == "to"
        ? 2 : rest.count > 1 && rest[0].lowercased == "gonna" ? 1 : 0
      if tense == .present, future > 0, Clause.isBaseVerb(rest[future]) {
        return Clause.respaced(
          tokens + adverbs.suffix(grading) + rest.dropFirst(future) + trailingLead)
      }
      tokens += tense == .past ? [Token("have"), Token("been")] : [Token("be")]
      tokens += adverbs.suffix(grading) + rest
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
      // "and not finish it", "and never call": a second predicate of the same subject, no
      // clause of its own, is kept.
      guard let verb = ClauseParser.finiteVerbIndex(in: following), verb > 0,
        FunctionWords.auxiliary(following[0].lowercased) == nil,
        following[..<verb].contains(where: {
          $0.lowercased != "not" && !FunctionWords.isVerbAdverb($0.lowercased)
        })
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
}
