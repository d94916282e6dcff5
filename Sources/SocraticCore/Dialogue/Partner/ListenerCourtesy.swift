/// A line of the listener's (`/me`) that is care or courtesy rather than a question about the
/// belief: checking how they are ("blimey. you alright?"), or thanks and a goodbye, with a plan
/// to meet proposed in passing ("cheers for talking it through, pint friday?"). It is what the
/// moment calls for, and is coached as no question, open or not.
enum ListenerCourtesy {
  /// What the coach says of such a line.
  enum Kind: Equatable {
    /// Asking how they are.
    case checkIn
    /// Thanks or a goodbye.
    case closing
    /// Affection, pride, care, or an offer of a hand (`ListenerCourtesy+Warmth.swift`).
    case warmth
    /// An apology, or saying they are not out to win (`ListenerCourtesy+Repair.swift`).
    case apology
    /// Meeting what they feel: "that's not soft of you", "I think about him too".
    case empathy
    /// A brief answer of the listener's own view when they asked for it.
    case answer
    /// A way forward together put to them (`ListenerCourtesy+Proposal.swift`).
    case proposal
    /// Taking them up on their joke or their terms (`ListenerCourtesy+Proposal.swift`).
    case playingAlong

    /// The verdict shown instead of a critique.
    var verdict: String {
      switch self {
      case .checkIn: "a check-in on how they are: caring about them comes before any question"
      case .closing: PartnerLines.closingLineVerdict
      case .warmth:
        "warmth: telling someone close that they matter, or offering a hand, is right as it is"
      case .apology:
        "a repair: owning how it came across, and saying you want to understand, is right as it is"
      case .empathy:
        "empathy: meeting what they feel comes before any question"
      case .answer:
        "an answer to their question: when they ask what you think, a brief honest answer is "
          + "right; then hand it back to them"
      case .proposal:
        "a proposal: once they have been heard, putting a way forward together to them is right; "
          + "see what they make of it"
      case .playingAlong:
        "playing along: taking them up on it keeps it warm; it gives nothing of theirs back, and "
          + "need not"
      }
    }
  }

  /// The kind of courtesy a line is, or nil when it asks anything else: a line is a check-in
  /// when every question in it asks how they are, and a closing line when it thanks them or
  /// says goodbye and asks nothing, or only proposes in a few words without a verb when to
  /// meet ("pint friday?", "same time next week?"); it is warmth when every sentence is warm
  /// or asks how they are.
  static func kind(of text: String) -> Kind? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(String(text.prefix(readLimit))))
    let sentences = SentenceSplitter.sentences(in: tokens)
    let questions = sentences.filter { $0.last?.hasQuestionMark == true }
    let isClosing = PartnerLines.isClosingLine(text)
    if isClosing, questions.allSatisfy(isProposal) { return .closing }
    // An apology or empathy, with nothing asked or argued beside it but warmth.
    let repairs = sentences.filter { isApology($0) || isEmpathy($0) || isWarm($0) }
    // Empathy may follow one sentence that sets the scene for it.
    let sceneThenEmpathy =
      sentences.count == 2 && sentences.last.map(isEmpathy) == true
      && setsTheScene(sentences[0])
    if questions.isEmpty, !sentences.isEmpty, repairs.count == sentences.count || sceneThenEmpathy {
      if sentences.contains(where: isApology) { return .apology }
      if sentences.contains(where: isEmpathy) { return .empathy }
    }
    if let kind = proposalOrPlayingAlong(sentences) { return kind }
    // Warmth, with nothing else asked or argued beside it than how they are.
    if sentences.contains(where: isWarm),
      sentences.allSatisfy({ isWarm($0) || ($0.last?.hasQuestionMark == true && isCheckIn($0)) })
    {
      return .warmth
    }
    if !questions.isEmpty, questions.allSatisfy(isCheckIn) { return .checkIn }
    return nil
  }

  /// How much of a line is read: a courtesy is a few words.
  static let readLimit = 400

  /// The most words a proposal to meet may have.
  static let proposalWordLimit = 5

  /// Whether a question asks how they are: "you alright?", "are you ok mate?", "how are you
  /// holding up?".
  private static func isCheckIn(_ sentence: [Token]) -> Bool {
    let words = sentence.filter(\.isWord)
    return checkIns.matchEnd(atStartOf: words) == words.count
  }

  /// Whether a question proposes when to meet in a few words after its last comma, with no
  /// verb or question word of a question about the belief: "cheers, pint friday?".
  private static func isProposal(_ sentence: [Token]) -> Bool {
    let lastComma = sentence.lastIndex { $0.text == "," }.map { $0 + 1 } ?? 0
    let words = sentence[lastComma...].filter(\.isWord)
    return words.count <= proposalWordLimit
      && !words.contains { FunctionWords.questionWords.contains($0.lowercased) }
      && ClauseParser.finiteVerbIndex(in: words) == nil
  }

  /// Questions asked of how they are, as whole sentences.
  private static let checkIns = PartnerCueMatcher([
    "(oh|blimey|god|jeez|wow|mate|hey)* (are|r)? (you|u|ya) (ok|okay|alright|all right|fine|good|hurt|safe|well) (mate|man|love|pal|though|now|then|there)?",
    "(oh|blimey|god|jeez|wow|mate|hey)* how (are|r|'re|were) (you|u|ya) (doing|holding up|feeling|keeping|coping)? (mate|man|love|pal|now|today|after that)?",
    "(oh|blimey|god|jeez|wow|mate|hey)* (you|u) (doing|holding up|coping) (ok|okay|alright|all right)?",
    "(oh|blimey|god|jeez|wow|mate|hey)* (everything|all) (ok|okay|alright|all right|good)",
  ])
}
