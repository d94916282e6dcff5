/// What partner mode makes of something the other person said: a new claim, a reason for the
/// claim being discussed, a question, a remark on how sure they are, or a fragment; and which
/// later stages of the conversation its words belong to.
///
/// The rules, each on words, never on whole sentences:
/// - A question (the engine reads it as one) is theirs to ask; it states nothing.
/// - A statement the engine reads is a new claim, with its own reason if it gives one, unless a
///   claim is already being discussed and the statement is about it: it refers back to it
///   ("it", "they"), reports something that happened to them or someone of theirs ("my brother
///   lost his savings"), cites evidence ("studies", "the news", "for example"), or says what
///   would change their mind. The first three give a reason for that claim.
/// - A remark made only of words of certainty, doubt or being wrong ("I'm pretty sure", "I
///   could be wrong, but I doubt it") states no claim.
/// - A statement that opens with "because" or another connective, said while a claim is being
///   discussed, gives a reason for that claim.
/// - A text the engine cannot read (no verb) gives a reason when it opens with "because" or
///   another connective ("Because of FTX."); otherwise it is a fragment, quoted back.
///
/// Signals move the conversation on (see `ConversationStage`): a reason belongs to `reasons`;
/// a word of certainty said of themselves ("I'm sure", "I doubt"), a percentage, or a short
/// answer such as "Absolutely." to `confidence`; changing their mind, being wrong, "unless" to
/// `falsifiability`; thanks or a goodbye to `close`.
struct TheirWords: Sendable {
  /// The claim it states, when it states a new one.
  var claim: BeliefAnalysis?
  /// The reason it gives, with its connective, first person reflected: "because of FTX",
  /// "because your brother lost his savings on it". For a new claim, the claim's own reason;
  /// otherwise a reason for the claim being discussed.
  var reason: String?
  /// Whether its reason is something that happened to them or someone of theirs, or evidence
  /// they cite, rather than an argument: asked about for how typical it is, never doubted.
  var reportsExperience = false
  /// Whether it asks a question.
  var isQuestion = false
  /// The later stages its words belong to.
  var signals: Set<ConversationStage> = []
  /// The key terms it uses, as the term finder reports them.
  var terms: [String] = []
  /// What it says, reflected and short enough to quote in a question, when it is a fragment:
  /// "bitcoin to the moon".
  var fragment: String?

  /// The most words a fragment may have to be quoted back.
  static let fragmentWordLimit = 8

  /// The most words a first sentence may have to be read whole; a longer one is read by its
  /// key phrase.
  static let sentenceWordLimit = 16

  /// Reads what they said.
  /// - Parameters:
  ///   - text: exactly as typed; only its first 1,000 characters are read.
  ///   - isDiscussingAClaim: whether a claim of theirs is already being discussed.
  init(_ text: String, isDiscussingAClaim: Bool, setting: CoachingSetting) {
    let read = String(text.prefix(BeliefReader.maximumLength))
    let tokens = Tokenizer.tokenize(read)
    let words = tokens.filter(\.isWord).map(\.lowercased)
    terms = setting.termFinder.terms(in: tokens)
    signals = Self.signals(in: tokens, words: words)
    let answer = AnswerReading(read)
    let givenReason = answer.reason.map(Self.withConnective)
    if words.contains(where: Self.evidenceWords.contains) { signals.insert(.reasons) }
    // However it was found, a reason belongs to the reasons stage.
    defer { if reason != nil { signals.insert(.reasons) } }

    // A long first sentence is read by its key phrase, as explore's follow-ups read a long
    // answer: a question quoting thirty words back is no question to ask, and reading stays
    // fast for a statement of any length.
    // The engine reads the first sentence as the statement and the next as its reason, if it
    // gives one; what follows says nothing more to it.
    let sentences = SentenceSplitter.sentences(in: tokens)
    // "Because the factory hired people from abroad.": an answer to why, so a reason for the
    // claim being discussed, never a claim of its own.
    if isDiscussingAClaim, let first = sentences.first, ReasonSplitter.startsWithConnective(first),
      let givenReason, case .clause(let reasonTokens)? = answer.reason
    {
      reason = givenReason
      reportsExperience = ClauseParser.parse(reasonTokens).map(Self.isExperience) ?? false
      return
    }
    let isLong = (sentences.first?.count(where: \.isWord) ?? 0) > Self.sentenceWordLimit
    let statement =
      isLong
      ? answer.keyPhrase(ellipsis: "") ?? ""
      : sentences.prefix(2).map(\.joinedText).joined(separator: " ")
    let analysis: BeliefAnalysis
    do {
      analysis = try setting.engine.analyze(statement)
    } catch .question {
      isQuestion = true
      return
    } catch {
      reason = givenReason
      if givenReason == nil, signals.isEmpty, !Self.isRemark(words),
        words.count <= Self.fragmentWordLimit
      {
        fragment = Self.quoted(tokens)
      }
      return
    }
    if Self.isRemark(words) { return }
    guard isDiscussingAClaim else {
      takeClaim(analysis)
      return
    }
    let clause = ClauseParser.parse(analysis.claim)
    let isExperience = clause.map(Self.isExperience) ?? false
    let refersBack = clause.map(Self.refersBack) ?? false
    let citesEvidence = words.contains(where: Self.evidenceWords.contains)
    // What would change their mind is about the claim being discussed and claims nothing new.
    if signals.contains(.falsifiability) { return }
    guard isExperience || refersBack || citesEvidence else {
      takeClaim(analysis)
      return
    }
    // About the claim being discussed: the whole statement is a reason for it, unless it
    // gives one of its own.
    reason = analysis.reason ?? "because " + analysis.claim
    reportsExperience = analysis.reason == nil && (isExperience || citesEvidence)
  }

  /// Takes a statement as a new claim, with its own reason; a reason that tells of something
  /// that happened to them is an experience.
  private mutating func takeClaim(_ analysis: BeliefAnalysis) {
    claim = analysis
    reason = analysis.reason
    guard let stated = analysis.reason,
      case .clause(let tokens) = ReasonSplitter.content(of: Tokenizer.tokenize(stated)),
      let clause = ClauseParser.parse(tokens)
    else { return }
    reportsExperience = Self.isExperience(clause)
  }

  // MARK: - Signals

  private static func signals(in tokens: [Token], words: [String]) -> Set<ConversationStage> {
    var signals: Set<ConversationStage> = []
    let isFirstPerson = words.contains(where: firstPersonWords.contains)
    let saysCertainty = isFirstPerson && words.contains(where: certaintyWords.contains)
    let isShortAnswer = words.count <= 3 && words.contains(where: certaintyAdverbs.contains)
    let hasPercentage =
      tokens.contains { $0.kind == .number && $0.text.hasSuffix("%") }
      || words.contains("percent")
    if saysCertainty || isShortAnswer || hasPercentage { signals.insert(.confidence) }

    var isAboutBeingWrong = words.contains(where: ["reconsider", "unless"].contains)
    for (index, word) in words.enumerated() {
      let before = words[max(0, index - 2)..<index]
      if word == "mind", before.contains(where: changeWords.contains) { isAboutBeingWrong = true }
      if word == "wrong", isFirstPerson { isAboutBeingWrong = true }
      if ["convince", "persuade", "show"].contains(word), words.dropFirst(index + 1).first == "me" {
        isAboutBeingWrong = true
      }
    }
    if isAboutBeingWrong { signals.insert(.falsifiability) }
    if words.contains(where: closingWords.contains) { signals.insert(.close) }
    return signals
  }

  /// Whether every word that carries meaning is one of certainty, doubt or being wrong, so the
  /// text remarks on how sure they are and claims nothing.
  private static func isRemark(_ words: [String]) -> Bool {
    let meaningful = words.filter { word in
      !FunctionWords.isFunctionWord(word) && !fillerWords.contains(word)
        && !word.first!.isNumber
    }
    return !meaningful.isEmpty && meaningful.allSatisfy(remarkWords.contains)
  }

  /// Whether a claim reports something that happened to them or to people they know: its
  /// subject has "you" or "your" in it (their first person, reflected: "your brother",
  /// "everyone you know") and its verb is in the past or the perfect.
  private static func isExperience(_ clause: Clause) -> Bool {
    guard clause.subject.contains(where: { ["you", "your", "yours"].contains($0.lowercased) })
    else { return false }
    switch clause.verb {
    case .lexical(_, .past), .be(.past), .perfect: return true
    default: return false
    }
  }

  /// Whether a claim points back at what was said before it: "it" or "they" as a word of it.
  private static func refersBack(_ clause: Clause) -> Bool {
    (clause.subject + clause.rest).contains { ["it", "they", "them"].contains($0.lowercased) }
  }

  /// A reason the answer reader found, as a clause with its connective. A thing pointed at
  /// ends at the first comma: "Because of FTX, mostly" points at FTX.
  private static func withConnective(_ content: ReasonSplitter.Content) -> String {
    switch content {
    case .clause(let tokens):
      return "because " + tokens.joinedText
    case .thing(let tokens):
      let thing = tokens.prefix { !($0.kind == .punctuation && [",", ";"].contains($0.text)) }
      return "because of " + Array(thing).joinedText
    }
  }

  /// Tokens as they read quoted in a question to the person: first person reflected, the first
  /// word in lowercase unless it is a name, no punctuation at either end.
  private static func quoted(_ tokens: [Token]) -> String? {
    let trimmed = BeliefReader.trimmed(tokens)
    guard trimmed.contains(where: \.isWord) else { return nil }
    return BeliefReader.casingFirstWord(FirstPersonReflector.reflect(trimmed)).joinedText
  }

  // MARK: - Words

  private static let firstPersonWords: Set<String> = ["i", "me", "my", "myself", "mine"]

  /// Words of certainty or doubt, which say how sure the speaker is when said of themselves.
  private static let certaintyWords: Set<String> = [
    "sure", "certain", "confident", "convinced", "positive", "doubt", "doubts", "unsure",
    "uncertain", "undecided", "torn",
  ]

  /// Adverbs that answer "how sure are you?" on their own: "Absolutely.", "Probably not."
  private static let certaintyAdverbs: Set<String> = [
    "definitely", "absolutely", "certainly", "probably", "maybe", "perhaps", "possibly",
    "totally", "completely", "surely", "undoubtedly",
  ]

  private static let changeWords: Set<String> = ["change", "changed", "changes", "changing"]

  /// Words that cite evidence or experience as a reason.
  private static let evidenceWords: Set<String> = [
    "evidence", "study", "studies", "research", "data", "statistics", "stats", "survey",
    "surveys", "report", "reports", "article", "articles", "news", "example", "instance",
    "proof", "experience", "saw", "seen", "heard", "watched", "documentary",
  ]

  private static let closingWords: Set<String> = [
    "thanks", "thank", "bye", "goodbye", "cheers",
  ]

  /// Words a remark about certainty is made of, besides function words.
  private static let remarkWords: Set<String> = certaintyWords.union(certaintyAdverbs).union([
    "wrong", "right", "mind", "change", "changed", "know", "idea", "percent", "not",
  ])

  /// Words that add nothing to what is claimed.
  private static let fillerWords: Set<String> = [
    "well", "so", "yes", "yeah", "yep", "no", "nope", "ok", "okay", "oh", "um", "uh", "pretty",
    "very", "really", "quite", "fairly", "just", "too", "kind", "sort", "honestly", "think",
    "guess", "feel", "say", "suppose", "mean", "actually", "fully", "hundred",
  ]
}
