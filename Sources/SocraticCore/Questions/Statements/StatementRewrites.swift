/// What to say instead of advice, an opinion or information, built from the statement's own
/// words: advice asks what they have thought of themselves ("You should talk to your landlord
/// about the mould." → "What have you thought of doing about the mould?"), an opinion and
/// information ask what the person makes of the claim ("I think the rota is unfair." → "What do
/// you make of the idea that the rota is unfair?"), or, when the claim will not do, of the
/// thing it names ("What do you make of the guidelines?"). When what the other person said is
/// known, a reflection of it comes first: giving back what they said is the listener's best
/// move after telling them something.
///
/// Every suggestion passes the critic's own rules, keeps the statement's topic words and reads
/// as a whole question; when none can, there is none, and the problem alone says what to do.
enum StatementRewrites {
  /// What to say instead of a statement of `kind`, or nil.
  /// - Parameters:
  ///   - sentences: the statement's sentences, as the tokenizer splits them.
  ///   - after: what the other person last said, or nil when unknown.
  static func suggestion(for kind: StatementKind, sentences: [[Token]], after: String?)
    -> String?
  {
    guard rewrittenKinds.contains(kind) else { return nil }
    if let after, let reflection = StatementReflection.reflection(of: after) {
      return reflection
    }
    let bodies = sentences.lazy.flatMap { sentence -> [[Token]] in
      let words = sentence.filter { !intensifiers.contains($0.lowercased) }
      let advised = advisedAct(in: words).map(AdviceElicited.question(for:))
      switch kind {
      case .advice: return [advised].compactMap { $0 }
      case .information:
        // "maybe try cooking at home a few nights a week" reads as information by its amount.
        // "the last train's at 11:40 on sundays" is news of the day: nothing to know or weigh.
        if let advised { return [advised] }
        guard !isTimetable(words) else { return [] }
        // "the bus firm put the fares up": what they make of the claim keeps its point; the
        // thing it names, asked about alone, drops it, and "What do you know about …?" quizzes.
        return [
          askedClaim(in: words, afterLead: false),
          StatementClaims.namedTopic(in: words).map { phrase("What do you make of") + $0 },
        ].compactMap { $0 }
      default:
        return [
          askedClaim(in: words, afterLead: true),
          StatementClaims.namedTopic(in: words).map { phrase("What do you make of") + $0 },
        ].compactMap { $0 }
      }
    }
    return bodies.first(where: { isAcceptable($0, source: sentences) })
      .map(QuestionRewriter.finished)
  }

  /// Whether information sets something at a time or on a day ("the shop shuts at six on
  /// sundays", "the bins go out tonight"): a fact of the day's arrangements, whose worth nobody
  /// weighs; a question about what they make of it misses its point.
  private static func isTimetable(_ words: [Token]) -> Bool {
    words.contains { word in
      let lowered = word.lowercased
      return timetableWords.contains(lowered)
        || (lowered.first?.isNumber == true
          && (lowered.contains(":") || lowered.hasSuffix("am") || lowered.hasSuffix("pm")))
    }
  }

  /// Days and times that set an arrangement: "sundays", "tonight", "midnight" ("6pm" is read by
  /// its digits; a lone "am" is a verb).
  private static let timetableWords: Set<String> = TimeWords.weekdays
    .union(TimeWords.weekdayHabits)
    .union(["tonight", "tomorrow", "midnight", "weekday", "weekdays", "o'clock"])

  /// The kinds whose own words make a question: the others have a stock line or need none.
  private static let rewrittenKinds: Set<StatementKind> = [
    .advice, .opinion, .information, .listeningSound,
  ]

  /// Adverbs that only press or soften what is said ("really", "just"): no part of the idea.
  static let intensifiers: Set<String> = [
    "really", "just", "definitely", "totally", "seriously", "honestly", "literally",
    "actually", "probably", "def", "prob", "obviously", "clearly", "simply", "basically",
  ]

  /// "What do you make of the idea that …?": a claim asked about without taking a side; nil
  /// when the claim is too long to read inside the frame, whose topic is asked about instead
  /// ("the council put the bins on a three-week round this spring" → "What do you make of the
  /// council?").
  private static func askedClaim(in words: [Token], afterLead: Bool) -> [Token]? {
    guard let claim = StatementClaims.claim(in: words, afterLead: afterLead),
      claim.count(where: \.isWord) <= claimWordLimit
    else { return nil }
    return phrase("What do you make of the idea that") + claim
  }

  /// The most words a claim keeps inside "What do you make of the idea that …?": "the rota is
  /// unfair" reads as a question; a whole long sentence pasted in does not.
  private static let claimWordLimit = 7

  private static func phrase(_ text: String) -> [Token] { QuestionRewriter.phrase(text) }

  /// Whether a rewrite reads as English, keeps the statement's words whole and is open.
  private static func isAcceptable(_ body: [Token], source: [[Token]]) -> Bool {
    let tokens = Array(source.joined())
    return WellFormedRewrite.isWellFormed(body, source: tokens)
      && PresumptionCheck.passes(body, source: tokens)
      && QuestionCritic.isOpen(body: body, lookingUpNames: false)
      && !AskerJudgement.isCarried(in: body)
  }

  /// The act advice puts to the person, as an -ing phrase: "you should (really) ask your
  /// manager" → "asking your manager", "try walking to work" → "walking to work"; nil when the
  /// advice names no act in words that read alone.
  static func advisedAct(in words: [Token]) -> [Token]? {
    let lowered = words.map(\.lowercased)
    let start =
      adviceLeads.lazy.compactMap { lead in
        lowered.firstRange(of: lead).flatMap { range in
          range.lowerBound > 0 && subordinators.contains(lowered[range.lowerBound - 1])
            ? nil : range.upperBound
        }
      }.first ?? imperativeStart(lowered)
    guard var verb = start else { return nil }
    // "try to walk", "try and walk", "try walking".
    if verb < words.count, lowered[verb] == "try" {
      verb += 1
      if verb < words.count, ["to", "and"].contains(lowered[verb]) { verb += 1 }
    }
    guard verb < words.count else { return nil }
    var act = StatementClaims.clause(from: words[(verb + 1)...])
    while let last = act.last?.lowercased, trailingWords.contains(last) { act.removeLast() }
    let head = lowered[verb]
    // "worry about" cut at a comma, "say" before a quote: the act stops short.
    // "sort it out": an act done to something unnamed loses its referent, asked back alone.
    guard act.count <= actWordLimit,
      !act.contains(where: { unnamedReferents.contains($0.lowercased) }),
      act.last.map({
        !FunctionWords.prepositions.contains($0.lowercased) || particles.contains($0.lowercased)
      })
        ?? !objectVerbs.contains(head),
      !(act.first.map { $0.lowercased.hasSuffix("ing") } ?? false)
    else { return nil }
    if head.hasSuffix("ing"),
      Lexicon.verbReadings(of: head).contains(where: {
        $0.form == .presentParticiple
      })
    {
      return [words[verb]] + act
    }
    guard FunctionWords.auxiliary(head) == nil || head == "be",
      Lexicon.verbReadings(of: head).contains(where: { $0.form == .base }),
      let gerund = QuestionRewriter.gerund(of: head)
    else { return nil }
    return [Token(gerund)] + act
  }

  /// Where the verb of advice said as a command starts ("take a break", "maybe try yoga"), past
  /// the words that only lead into it; nil when the line does not open with a command.
  private static func imperativeStart(_ lowered: [String]) -> Int? {
    guard let first = lowered.firstIndex(where: { !commandLeads.contains($0) }),
      Lexicon.verbReadings(of: lowered[first]).contains(where: { $0.form == .base }),
      FunctionWords.auxiliary(lowered[first]) == nil,
      lowered[first] == "try"
        || ClauseParser.parse(lowered[first...].map { Token($0) })?.isCommand == true
    else { return nil }
    return first
  }

  /// The most words an advised act keeps after its verb: longer, it is a speech, not an idea.
  private static let actWordLimit = 9

  /// Words that close a line of advice and are no part of its act: "… then", "… too".
  private static let trailingWords: Set<String> = ["then", "now", "too", "though", "anyway"]

  /// Prepositions that close a phrasal verb and may end an act: "cut down", "go out".
  private static let particles: Set<String> = [
    "up", "out", "off", "on", "in", "over", "down", "back", "away", "around",
  ]

  /// Pronouns that stand for something the advice does not name.
  private static let unnamedReferents: Set<String> = [
    "it", "that", "this", "them", "those", "these", "there",
  ]

  /// Verbs that say nothing without their object: "say", "take", "do" alone name no act.
  private static let objectVerbs: Set<String> = [
    "say", "tell", "think", "know", "take", "make", "get", "give", "put", "do", "have", "use",
    "see", "find", "bring", "let", "ask",
  ]

  /// The words that put an act to the person, ending where its verb begins.
  private static let adviceLeads: [[String]] = [
    ["you", "might", "want", "to"], ["you", "may", "want", "to"], ["you", "need", "to"],
    ["you", "have", "to"], ["you", "ought", "to"], ["you", "'d", "better"],
    ["if", "i", "were", "you", "i", "'d"], ["you", "should"], ["you", "shud"],
    ["u", "should"], ["you", "must"], ["you", "gotta"], ["you", "could"], ["you", "might"],
    ["you", "can"],
  ]

  /// Words before "you should" that make it part of another clause ("what you should do").
  private static let subordinators: Set<String> = [
    "if", "what", "when", "whether", "unless", "where", "how", "why", "which", "who",
    "something", "anything", "nothing", "everything", "thing", "things", "stuff",
  ]

  /// Words that lead into a command without being it: "maybe try", "so just take", "ok go".
  private static let commandLeads: Set<String> = [
    "maybe", "so", "well", "ok", "okay", "please", "and", "then", "perhaps", "now", "mate",
  ]
}
