/// Turns a stated belief into its claim, negation, reason, key terms and topics, and asks
/// open-ended questions about it.
///
/// Pure and deterministic: the same belief gives the same analysis, and the same analysis and
/// seed give the same questions.
///
///     let engine = InversionEngine(topicIndex: index, extraTerms: pack.terms)
///     let analysis = try engine.analyze("I think crypto is a scam because of FTX.")
///     analysis.inverted                      // "crypto is not a scam"
///     engine.questions(for: analysis)[0]     // "Why might crypto not be a scam?"
public struct InversionEngine: Sendable {
  private let topicIndex: TopicIndex
  private let termFinder: KeyTermFinder

  /// - Parameters:
  ///   - topicIndex: the topics to match the belief against; `TopicIndex.empty` for none.
  ///   - extraTerms: key terms to look for besides the built-in ones, such as a topic pack's.
  public init(topicIndex: TopicIndex = .empty, extraTerms: [String] = []) {
    self.topicIndex = topicIndex
    self.termFinder = KeyTermFinder(extraTerms: extraTerms)
  }

  /// Reads a belief.
  ///
  /// The first sentence is the belief; further sentences are context, kept in `belief` as
  /// written (see `BeliefReader`).
  /// - Throws: `NotABelief` when the text is empty, a question, over 1,000 characters, or has
  ///   no verb.
  public func analyze(_ belief: String) throws(NotABelief) -> BeliefAnalysis {
    let read = try BeliefReader.read(belief)
    var analysis = BeliefAnalysis(
      belief: belief,
      claim: read.claim.joinedText,
      inverted: read.inverted.joinedText,
      reason: read.reason?.joinedText,
      terms: termFinder.terms(
        in: read.claim + (read.reason ?? []), verbGroup: Self.verbGroup(of: read.claimClause)),
      topics: topicIndex.topics(in: belief))
    analysis.facts = BeliefFacts(
      analysis, claimClause: read.claimClause, invertedClause: read.invertedClause,
      reason: read.reason)
    return analysis
  }

  /// Where a clause's verb group stands in its tokens: from the auxiliary or the lexical verb
  /// to the last word before the rest.
  private static func verbGroup(of clause: Clause) -> Range<Int> {
    let start = clause.lead.count + clause.subject.count + clause.beforeVerb.count
    var count = 0
    if clause.auxiliary != nil { count += 1 }
    if clause.isNegated,
      clause.auxiliary.flatMap({ FunctionWords.auxiliary($0.lowercased) })?
        .isNegated != true
    {
      count += 1
    }
    count += clause.afterAuxiliary.count
    if clause.lexicalVerb != nil { count += 1 }
    return start..<(start + max(count, 1))
  }

  /// Open-ended questions about a belief: at least ten, of all seven kinds, grouped by kind in
  /// the order of `QuestionKind.allCases`, the why-not question first.
  ///
  /// Works on any analysis, including one read back from a session log: what the questions need
  /// is derived again from the claim, the inversion and the reason.
  /// - Parameters:
  ///   - seed: nil for the default wording of each question; any number to choose among other
  ///     wordings, the same number always choosing the same.
  ///   - register: the register to ask in (`QuestionRegister`): each question in another
  ///     wording of that register, or not at all; nil for any.
  public func questions(
    for analysis: BeliefAnalysis, seed: UInt64? = nil, register: QuestionRegister? = nil
  ) -> [Question] {
    QuestionBank.questions(
      about: analysis.facts ?? BeliefFacts(analysis), seed: seed, register: register)
  }
}

/// What the question bank fills its wordings with, derived from an analysis.
struct BeliefFacts: Sendable {
  var claim: String
  var inverted: String
  /// The claim as asked after "whether", its leading condition moved to the end: "whether you'll
  /// regret it forever if you quit now", not "whether if you quit now, …".
  var claimAsked: String
  /// The inverted clause as a question body: "might crypto not be a scam".
  var whyNot: String?
  /// The subject of the claim, when it is a noun phrase worth asking about ("remote work").
  var subject: String?
  /// The reason as a clause ("it has no intrinsic value"), when it is one.
  var reasonClause: String?
  /// The reason as a thing pointed at ("FTX"), when it is one.
  var reasonThing: String?
  var loadedTerms: [String]
  var absoluteTerms: [String]
  /// Whether the belief is an explanation whose point is its "because" ("They voted for him
  /// because they were scared"): its claim ends with its reason (`ReasonSplitter.isExplanation`).
  var isExplanation = false

  /// The facts of an analysis read back from elsewhere: its clauses are parsed again.
  init(_ analysis: BeliefAnalysis) {
    self.init(
      analysis, claimClause: ClauseParser.parse(analysis.claim),
      invertedClause: ClauseParser.parse(analysis.inverted),
      reason: analysis.reason.map(Tokenizer.tokenize))
  }

  /// The facts of an analysis whose clauses are known.
  init(
    _ analysis: BeliefAnalysis, claimClause: Clause?, invertedClause: Clause?, reason: [Token]?
  ) {
    claim = analysis.claim
    inverted = analysis.inverted
    claimAsked = analysis.claim
    if let claimClause, !claimClause.isCommand, !claimClause.lead.isEmpty {
      claimAsked = claimClause.declarativeWithLeadLast.joinedText
    }
    if let claimClause, claimClause.isCommand {
      // A command's inversion is a command too, which read on its own could look like a
      // statement ("trust banks"): both are taken from the claim, and put as advice where a
      // clause is needed ("that you should not trust banks").
      whyNot = Negator.contradiction(of: claimClause).interrogative.joinedText
      let advice = claimClause.asAdvice
      claim = advice.declarative.joinedText
      claimAsked = claim
      inverted = Negator.contradiction(of: advice).declarative.joinedText
    } else {
      whyNot = invertedClause.map { Self.whyNotBody(of: $0).joinedText }
    }
    subject = claimClause.flatMap { Self.subjectWorthAsking($0.subject) }
    if let reason {
      switch ReasonSplitter.content(of: reason) {
      case .clause(let tokens): reasonClause = tokens.joinedText
      case .thing(let tokens): reasonThing = tokens.joinedText
      case nil: break
      }
    }
    if let reason = analysis.reason, analysis.claim.count > reason.count {
      isExplanation = analysis.claim.lowercased().hasSuffix(" " + reason.lowercased())
    }
    loadedTerms = analysis.terms.filter { !KeyTermFinder.isAbsolute($0) }
    absoluteTerms = analysis.terms.filter(KeyTermFinder.isAbsolute)
  }

  /// The inverted clause as the body of "Why …?". A subject that denies a universal asks
  /// about the exceptions it means: "not all politicians are corrupt" → "might some
  /// politicians not be corrupt", "not everyone lies" → "might some people not lie". When the
  /// exceptions cannot be named, or an obligation is denied ("not everyone should learn to
  /// code", which is not "some should not"), the whole clause is asked about: "might it be that
  /// not everyone should learn to code"; so is a clause of two predicates ("might it be that
  /// zoos are not cruel or should not all close").
  static func whyNotBody(of inverted: Clause) -> [Token] {
    if Negator.joinsPredicates(inverted) || Negator.joinsClauses(inverted) {
      return wholeBody(of: inverted)
    }
    guard inverted.subject.count > 1, inverted.subject[0].lowercased == "not",
      !inverted.isNegated,
      deniedQuantifiers.contains(inverted.subject[1].lowercased)
    else { return inverted.interrogative }
    var isObligation = false
    if case .modal(let modal) = inverted.verb {
      isObligation = FunctionWords.obligationModals.contains(modal)
    }
    if !isObligation, inverted.subject[1].lowercased == "many" {
      // "not many banks will fail" asks as "Why might few banks fail?".
      var clause = inverted
      clause.subject.replaceSubrange(0...1, with: [inverted.subject[1].replacingText(with: "few")])
      return clause.interrogative
    }
    if !isObligation, let exceptions = exceptions(to: Array(inverted.subject.dropFirst())) {
      var clause = inverted
      clause.subject = exceptions
      clause.isNegated = true
      return clause.interrogative
    }
    return wholeBody(of: inverted)
  }

  /// A clause as the body of "Why might it be that …?".
  private static func wholeBody(of clause: Clause) -> [Token] {
    var whole = clause.declarative
    while let last = whole.last, last.kind == .punctuation { whole.removeLast() }
    return Clause.respaced(
      [Token("might"), Token("it"), Token("be"), Token("that")] + whole)
  }

  private static let deniedQuantifiers: Set<String> = [
    "all", "every", "each", "everyone", "everybody", "everything", "many", "both", "only",
  ]

  /// "some people" for "everyone", "some politicians" for "all politicians", "some wars" for
  /// "every war"; nil when the noun has no regular plural.
  private static func exceptions(to universal: [Token]) -> [Token]? {
    let quantifier = universal[0]
    let some = quantifier.replacingText(with: "some")
    switch quantifier.lowercased {
    case "everyone", "everybody":
      return universal.count == 1 ? [some, Token("people")] : nil
    case "everything":
      return universal.count == 1 ? [some, Token("things")] : nil
    case "all":
      var rest = Array(universal.dropFirst())
      guard let first = rest.first else { return nil }
      rest[0].hasSpaceBefore = true
      // "not all the experts" → "some of the experts"; "not all of us" → "some of us".
      if first.lowercased == "of" { return [some] + rest }
      if ["the", "these", "those", "my", "your", "our", "their"].contains(first.lowercased) {
        return [some, Token("of")] + rest
      }
      return [some] + rest
    case "every", "each":
      guard let plural = pluralHead(of: Array(universal.dropFirst()), isCountable: true)
      else { return nil }
      return [some] + plural
    default:
      return nil
    }
  }

  /// A noun phrase of a singular countable noun with its head made plural ("generation" →
  /// "generations", "tech company" → "tech companies"), or nil.
  /// - Parameter isCountable: whether its determiner says the noun is countable ("every",
  ///   "each"); otherwise ("no") a noun that is usually uncountable stays.
  static func pluralHead(of phrase: [Token], isCountable: Bool) -> [Token]? {
    guard let last = phrase.last, phrase.count <= 3, last.kind == .word, !last.hasFixedCase,
      phrase.allSatisfy({ $0.kind == .word && !FunctionWords.isFunctionWord($0.lowercased) }),
      isCountable || !Negator.isUsuallyUncountable(last.lowercased),
      let plural = Lexicon.plural(of: last.lowercased)
    else { return nil }
    var tokens = phrase
    tokens[tokens.count - 1] = last.replacingText(with: plural)
    tokens[0].hasSpaceBefore = true
    return tokens
  }

  /// Words of a quantity before "of" in a subject: "over 50% of", "more than half of".
  private static let quantityWords: Set<String> = [
    "over", "under", "above", "below", "more", "less", "fewer", "than", "at", "least", "most",
    "no", "almost", "nearly", "about", "around", "roughly", "half", "a", "third", "quarter",
    "percent", "majority", "minority",
  ]

  /// The subject without a leading quantifier ("all politicians" → "politicians", "every war"
  /// → "wars"), or nil when it is only a pronoun or a quantifier ("you", "everyone", "there").
  private static func subjectWorthAsking(_ subject: [Token]) -> String? {
    // The question quotes the subject itself: its own quotation marks would double up.
    var tokens = subject.filter { !BeliefReader.isQuotationMark($0) }
    var quantifier: String?
    while let first = tokens.first,
      [
        "not", "all", "every", "each", "no", "some", "most", "many", "few", "only", "both", "any",
        "hardly", "barely", "scarcely", "almost", "neither", "either",
      ].contains(first.lowercased)
    {
      quantifier = first.lowercased
      tokens.removeFirst()
    }
    // "over 50% of startups", "half of voters": asked about as "startups", "voters".
    if let of = tokens.prefix(5).firstIndex(where: { $0.lowercased == "of" }), of > 0,
      of + 1 < tokens.count,
      tokens[..<of].allSatisfy({ quantityWords.contains($0.lowercased) || $0.kind == .number })
    {
      tokens.removeSubrange(...of)
      quantifier = nil
    }
    // "no country", "each generation": asked about as "countries", "generations"; a noun
    // without a regular plural keeps its quantifier ("every child").
    let isNegative = ["no", "any", "neither", "either"].contains(quantifier ?? "")
    if let quantifier, ["every", "each", "no", "any", "neither", "either"].contains(quantifier),
      tokens.count == subject.count - 1
    {
      if let plural = pluralHead(of: tokens, isCountable: !isNegative) {
        tokens = plural
      } else if !isNegative
        || !Negator.isUsuallyUncountable(tokens.last?.lowercased ?? "")
      {
        tokens = subject
      }
    }
    guard let first = tokens.first else { return nil }
    if tokens.count == 1, FunctionWords.isFunctionWord(first.lowercased) { return nil }
    // "nobody you know", "everyone who disagrees": a pronoun, however it is narrowed.
    if FunctionWords.subjectPronouns[first.lowercased] != nil,
      !FunctionWords.determiners.contains(first.lowercased)
    {
      return nil
    }
    guard tokens.contains(where: { $0.isWord && !FunctionWords.isFunctionWord($0.lowercased) })
    else { return nil }
    // "your gran", "my sister's husband": someone of their life is a person, never a term to
    // define ("What do you include under 'your gran'?" met "shes my gran").
    if FunctionWords.possessives.contains(first.lowercased),
      let head = tokens.last(where: \.isWord)?.lowercased,
      KinWords.isKin(head) || KinWords.isKnown(head)
    {
      return nil
    }
    tokens[0].hasSpaceBefore = false
    return tokens.joinedText
  }
}
