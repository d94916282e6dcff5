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

  /// Whether a reason, with its connective, may go into a question ("How do you know that
  /// …?"): at most `questionQuoteWordLimit` words, no comma inside (a list of names, a clause run on),
  /// no frame softening a criticism ("not being funny but"), and a clause that passes the
  /// reflections' gate (`ReflectionCheck`): a subject, a finite verb, nothing dangling.
  static func isQuotable(_ reason: String) -> Bool {
    var tokens = Tokenizer.tokenize(reason)
    if let first = tokens.first?.lowercased, connectives.contains(first) {
      tokens.removeFirst()
    }
    let words = tokens.filter(\.isWord)
    guard !words.isEmpty, words.count <= questionQuoteWordLimit,
      !tokens.contains(where: { $0.kind == .punctuation && $0.text == "," }),
      !PartnerCueMatcher.spokenAside.matches(words),
      // "he's such a gemini": a tease is no reason to check.
      !PartnerCueMatcher.notThePoint.matches(words)
    else { return false }
    let clause = Array(tokens.reversed().drop { $0.kind == .punctuation }.reversed())
    // "if one of them turned up and listened": a condition alone is no reason to quote.
    guard PartnerGrammar.standsAlone(clause) else { return false }
    // "because of FTX" names a thing, quoted as one ("What makes FTX …?").
    guard ClauseParser.finiteVerbIndex(in: clause) != nil else { return true }
    return ReflectionCheck.reads(clause) && ReflectionCheck.isWellFormed(clause)
  }

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
