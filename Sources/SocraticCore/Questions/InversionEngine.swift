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
      terms: termFinder.terms(in: read.claim + (read.reason ?? [])),
      topics: topicIndex.topics(in: belief))
    analysis.facts = BeliefFacts(
      analysis, claimClause: read.claimClause, invertedClause: read.invertedClause,
      reason: read.reason)
    return analysis
  }

  /// Open-ended questions about a belief: at least ten, of all seven kinds, grouped by kind in
  /// the order of `QuestionKind.allCases`, the why-not question first.
  ///
  /// Works on any analysis, including one read back from a session log: what the questions need
  /// is derived again from the claim, the inversion and the reason.
  /// - Parameter seed: nil for the default wording of each question; any number to choose
  ///   among other wordings, the same number always choosing the same.
  public func questions(for analysis: BeliefAnalysis, seed: UInt64? = nil) -> [Question] {
    QuestionBank.questions(about: analysis.facts ?? BeliefFacts(analysis), seed: seed)
  }
}

/// What the question bank fills its wordings with, derived from an analysis.
struct BeliefFacts: Sendable {
  var claim: String
  var inverted: String
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
    if let claimClause, claimClause.isCommand {
      // A command's inversion is a command too, which read on its own could look like a
      // statement ("trust banks"): both are taken from the claim, and put as advice where a
      // clause is needed ("that you should not trust banks").
      whyNot = Negator.contradiction(of: claimClause).interrogative.joinedText
      let advice = claimClause.asAdvice
      claim = advice.declarative.joinedText
      inverted = Negator.contradiction(of: advice).declarative.joinedText
    } else {
      whyNot = invertedClause.map { $0.interrogative.joinedText }
    }
    subject = claimClause.flatMap { Self.subjectWorthAsking($0.subject) }
    if let reason {
      switch ReasonSplitter.content(of: reason) {
      case .clause(let tokens): reasonClause = tokens.joinedText
      case .thing(let tokens): reasonThing = tokens.joinedText
      case nil: break
      }
    }
    loadedTerms = analysis.terms.filter { !KeyTermFinder.isAbsolute($0) }
    absoluteTerms = analysis.terms.filter(KeyTermFinder.isAbsolute)
  }

  /// The subject without a leading quantifier ("all politicians" → "politicians"), or nil when
  /// it is only a pronoun or a quantifier ("you", "everyone", "there").
  private static func subjectWorthAsking(_ subject: [Token]) -> String? {
    // The question quotes the subject itself: its own quotation marks would double up.
    var tokens = subject.filter { !BeliefReader.isQuotationMark($0) }
    while let first = tokens.first,
      ["not", "all", "every", "each", "no", "some", "most", "many", "few", "only", "both", "any"]
        .contains(first.lowercased)
    {
      tokens.removeFirst()
    }
    guard let first = tokens.first else { return nil }
    if tokens.count == 1, FunctionWords.isFunctionWord(first.lowercased) { return nil }
    guard tokens.contains(where: { $0.isWord && !FunctionWords.isFunctionWord($0.lowercased) })
    else { return nil }
    tokens[0].hasSpaceBefore = false
    return tokens.joinedText
  }
}
