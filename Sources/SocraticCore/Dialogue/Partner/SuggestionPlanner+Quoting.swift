/// What of their words a question may quote: a reason only when it reads as a whole, short
/// sentence of theirs, a term only when it is a word of the claim.
extension SuggestionPlanner {
  /// The most words of theirs a line given back quotes.
  static let quoteWordLimit = 12

  /// The most words of a reason a question quotes: a longer one pasted in reads as a splice
  /// ("How do you know that …?"), so the question names it short or asks without it ("How do
  /// you know about that?").
  static let questionQuoteWordLimit = 8

  /// The most words of their claim a question quotes: a question framed around it ("Why does
  /// the question of whether … matter to you?") reads as a template with their words pasted
  /// in, so one that asks without it is offered instead.
  static let claimQuoteWordLimit = 6

  /// The claim and its inversion, each when it is too long to go into a question.
  static func tooLongToQuote(_ analysis: BeliefAnalysis) -> [String] {
    [analysis.claim, analysis.inverted].filter {
      Tokenizer.tokenize($0).count(where: \.isWord) > claimQuoteWordLimit
    }
  }

  /// Whether a reason, with its connective, may go into a question (`quotable(_:)`).
  static func isQuotable(_ reason: String) -> Bool { quotable(reason) != nil }

  /// A reason, with its connective, as a question may quote it ("How do you know that …?"),
  /// or nil: the tag that closed it is left off ("… innit", "…, right", "… tbh"), and what is
  /// left has at most `questionQuoteWordLimit` words, no comma inside (a list of names, a
  /// clause run on), no frame softening a criticism ("not being funny but"), and is a whole
  /// clause that passes the reflections' gate (`ReflectionCheck`): a subject, a finite verb,
  /// nothing dangling. Without a finite verb it is quoted only as a thing it names ("because
  /// of FTX"); "a tenner loads of times" is neither.
  static func quotable(_ reason: String) -> String? {
    let whole = PartnerClauses.withoutClosingTags(Tokenizer.tokenize(reason))
    var tokens = whole
    if let first = tokens.first?.lowercased, connectives.contains(first) {
      tokens.removeFirst()
    }
    let words = tokens.filter(\.isWord)
    guard !words.isEmpty, words.count <= questionQuoteWordLimit,
      !tokens.contains(where: { $0.kind == .punctuation && $0.text == "," }),
      !PartnerCueMatcher.spokenAside.matches(words),
      // "he's such a gemini": a tease is no reason to check.
      !PartnerCueMatcher.notThePoint.matches(words)
    else { return nil }
    let clause = Array(tokens.reversed().drop { $0.kind == .punctuation }.reversed())
    // "if one of them turned up and listened": a condition alone is no reason to quote.
    guard PartnerGrammar.standsAlone(clause) else { return nil }
    guard let verb = ClauseParser.finiteVerbIndex(in: clause), !isQuantity(at: verb, in: clause)
    else {
      // "because of FTX" names a thing, quoted as one ("What makes FTX …?").
      guard case .thing = ReasonSplitter.content(of: whole) else { return nil }
      return whole.joinedText
    }
    guard ReflectionCheck.reads(clause), ReflectionCheck.isWellFormed(clause) else { return nil }
    return whole.joinedText
  }

  /// Whether the word the parser took for a verb is a noun of quantity before "of" ("a tenner
  /// loads of times", "the rich tons of cash"): no verb at all.
  private static func isQuantity(at index: Int, in clause: [Token]) -> Bool {
    index + 1 < clause.count && clause[index + 1].lowercased == "of"
      && quantityNouns.contains(clause[index].lowercased)
  }

  /// Nouns that say how much of something, read as verbs by their "-s": "loads of", "tons of".
  static let quantityNouns: Set<String> = [
    "loads", "lots", "tons", "heaps", "masses", "stacks", "piles", "bags", "buckets", "oodles",
  ]

  /// Words that join a reason to its claim, left off before it is read.
  static let connectives: Set<String> = ["because", "since", "as", "cos", "cause", "coz"]

  /// The terms worth asking about, each once, in order: only a word of the claim itself that
  /// carries meaning is contested; a word of a fixed phrase around it ("that's the truth of it") or of a later
  /// aside ("pensions, security") means what it plainly says.
  static func claimTerms(_ terms: [String], of claim: String) -> [String] {
    let claimWords = Set(Tokenizer.tokenize(claim).filter(\.isWord).map(\.lowercased))
    var kept: [String] = []
    for term in terms where !kept.contains(term) {
      let termWords = Tokenizer.tokenize(term).filter(\.isWord).map(\.lowercased)
      // "nobody", "everything": a word of quantity is said loosely at a table, and asking what
      // it means or what would be an exception to it picks on a word, not their meaning.
      if !termWords.isEmpty, termWords.allSatisfy(claimWords.contains),
        !termWords.allSatisfy(FunctionWords.isFunctionWord)
      {
        kept.append(term)
      }
    }
    return kept
  }
}

extension SuggestionPlanner {
  /// Frames that negate the claim they hold: a claim with a "not" of its own reads as a double
  /// negative in them ("… if you stopped believing that you don't need a car?").
  static let negatingFrames = [
    "stopped believing that", "stop believing that", "wrong that", "not true that",
    "turned out that it is not the case that",
  ]

  /// Whether a question pastes the claim in where it reads garbled: a claim with no verb of its
  /// own, a fragment ("… bears on whether the big blue van outside the bakery?"), or a negated claim in a
  /// frame that negates it again. Such a question is never shown; another is offered instead.
  static func garblesTheClaim(_ text: String, claim: String) -> Bool {
    guard !claim.isEmpty, text.includes(claim) else { return false }
    let tokens = Tokenizer.tokenize(claim)
    guard ClauseParser.finiteVerbIndex(in: tokens) != nil else { return true }
    let isNegated = tokens.contains { $0.isWord && WordClass.negation.contains($0.lowercased) }
    return isNegated && negatingFrames.contains { text.includes("\($0) \(claim)") }
  }
}
