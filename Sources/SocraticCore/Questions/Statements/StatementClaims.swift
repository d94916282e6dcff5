/// The claim a statement makes, read from its words for `StatementRewrites`: what an opinion
/// says after "I think", what information says, the thing it is about, each cut where its
/// clause ends.
enum StatementClaims {
  /// The words from the start of `words` to where their clause ends: at punctuation that
  /// closes it, or a word that joins on a reason, a contrast or chat ("because", "but", "lol").
  static func clause(from words: ArraySlice<Token>) -> [Token] {
    Array(
      words.prefix { token in
        !(token.kind == .punctuation && !["'", "-"].contains(token.text))
          && !clauseBreaks.contains(token.lowercased)
      })
  }

  /// The claim of a sentence: after a lead that gives the speaker's view ("I think", "I
  /// reckon that") when `afterLead`, else the sentence past the words that open it ("well",
  /// "so"). Nil when the claim is not a whole clause with a subject of its own, says something
  /// of the speaker ("I", "my") or is too long to ask about.
  static func claim(in words: [Token], afterLead: Bool) -> [Token]? {
    let lowered = words.map(\.lowercased)
    var start: Int
    if afterLead {
      guard let lead = opinionLeads.lazy.compactMap({ lowered.firstRange(of: $0) }).first else {
        return nil
      }
      start = lead.upperBound
    } else if let reported = reportedStart(lowered) {
      start = reported
    } else {
      start = lowered.firstIndex { !openers.contains($0) && $0.first?.isLetter == true } ?? 0
    }
    if start < words.count, lowered[start] == "that", !isDeterminerThat(lowered[start...]) {
      start += 1
    }
    let claim = clause(from: words[start...])
    let claimWords = claim.filter(\.isWord).map(\.lowercased)
    guard (minimumClaimWords...claimWordLimit).contains(claimWords.count),
      !claimWords.contains(where: speakerWords.contains),
      let verb = ClauseParser.finiteVerbIndex(in: claim), verb > 0,
      // "that's a mistake": a claim about a bare "that" names nothing to ask about.
      !(verb == 1 && FunctionWords.subjectPronouns[claimWords[0]] != nil
        && !["you", "they", "he", "she", "we"].contains(claimWords[0]))
    else { return nil }
    return inSentence(claim)
  }

  /// Words moved from the start of a sentence into a question: a first word that is no name
  /// ("The", "Alcohol") loses its capital.
  static func inSentence(_ words: [Token]) -> [Token] {
    guard let first = words.first, first.text != "I",
      FunctionWords.isFunctionWord(first.lowercased)
        || !Lexicon.classes(of: first.lowercased).isEmpty
    else { return words }
    return [first.replacingText(with: first.lowercased)] + words.dropFirst()
  }

  /// The thing information is about, when its subject names one plainly ("the guidelines",
  /// "alcohol", "your liver"): a noun phrase of a few words, not a pronoun nor a quantity
  /// ("most people"), whose claim is a whole clause.
  static func namedTopic(in words: [Token]) -> [Token]? {
    guard let claim = claim(in: words, afterLead: false),
      let verb = ClauseParser.finiteVerbIndex(in: claim)
    else { return nil }
    let subject = Array(claim[..<verb])
    let lowered = subject.map(\.lowercased)
    guard let first = lowered.first, subject.count <= topicWordLimit,
      subject.allSatisfy({ $0.isWord && $0.text.allSatisfy(\.isLetter) }),
      !quantities.contains(first), !lowered.contains(where: emptyNouns.contains),
      // "on average it": a lead and a pronoun are no topic.
      !lowered.contains(where: {
        FunctionWords.prepositions.contains($0) || FunctionWords.subjectPronouns[$0] != nil
      }),
      FunctionWords.subjectPronouns[first] == nil,
      // "studies show …": who reports a claim is not what it is about.
      !lowered.contains(where: reportingSources.contains),
      lowered.contains(where: { !FunctionWords.isFunctionWord($0) })
    else { return nil }
    return inSentence(subject)
  }

  /// Where the claim a source reports begins: past "studies show (that)", "research says";
  /// nil when the sentence opens with no such source.
  private static func reportedStart(_ lowered: [String]) -> Int? {
    guard
      let source = lowered.prefix(reportingLeadLimit).firstIndex(where: reportingSources.contains),
      source + 1 < lowered.count, reportingVerbs.contains(lowered[source + 1])
    else { return nil }
    return source + 2
  }

  /// Whether a "that" opening a claim points at its noun rather than joining the clause on:
  /// "that plan is a mistake" keeps it, "that the plan is a mistake" does not.
  private static func isDeterminerThat(_ words: ArraySlice<String>) -> Bool {
    let rest = words.dropFirst()
    guard let noun = rest.first, let verb = rest.dropFirst().first else { return false }
    return !FunctionWords.isFunctionWord(noun) && Lexicon.classes(of: noun).contains(.noun)
      && singularVerbs.contains(verb)
  }

  /// Verbs that agree with one thing, so the noun before them is "that"'s: "that plan is".
  private static let singularVerbs: Set<String> = [
    "is", "was", "isn't", "wasn't", "has", "hasn't", "does", "doesn't", "'s", "seems",
    "looks", "sounds", "feels", "needs", "won't", "will", "would", "could", "can",
  ]

  /// Who reports a claim without being its topic: "studies", "research", "the experts".
  private static let reportingSources: Set<String> = [
    "study", "studies", "research", "researchers", "science", "scientists", "experts",
    "doctors", "data", "evidence", "surveys", "survey", "statistics", "stats", "reports",
    "report", "polls", "articles",
  ]

  /// The verbs a source reports a claim with.
  private static let reportingVerbs: Set<String> = [
    "show", "shows", "showed", "say", "says", "said", "suggest", "suggests", "suggested",
    "find", "finds", "found", "prove", "proves", "proved", "indicate", "indicates", "claim",
    "claims",
  ]

  /// How far into a sentence its reporting source may stand: "the latest research says".
  private static let reportingLeadLimit = 4

  /// The fewest and most words a claim asked about may have.
  private static let minimumClaimWords = 3
  private static let claimWordLimit = 14
  /// The most words a subject named as a topic may have.
  private static let topicWordLimit = 4

  /// The speaker's own words: a claim with one tells of them, and asked back it would read as
  /// the listener's ("the idea that I …").
  private static let speakerWords: Set<String> = [
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "i'm", "im", "ive", "id",
  ]

  /// Nouns that name no topic of their own: "the good news is …", "people like to …".
  private static let emptyNouns: Set<String> = [
    "news", "downside", "upside", "point", "thing", "things", "stuff", "problem", "reason",
    "fact", "truth", "idea", "way", "part", "issue", "question", "answer", "deal", "bit",
    "lot", "one", "people", "folks", "guys", "kind", "sort", "time", "case", "trouble",
  ]

  /// Words that open a quantity rather than name a thing: "most people", "a lot of".
  private static let quantities: Set<String> = [
    "most", "many", "some", "few", "a", "an", "all", "every", "each", "lots", "plenty",
    "several", "half", "no", "any", "more", "less",
  ]

  /// Words that open a sentence and are no part of its claim.
  private static let openers = CritiqueVocabulary.turnOpeners.union([
    "mm-hmm", "mhm", "see", "plus",
  ])

  /// Words that give the speaker's view, ending where the claim begins.
  private static let opinionLeads: [[String]] = [
    ["i", "think"], ["i", "believe"], ["i", "feel", "like"], ["i", "reckon"],
    ["i", "'d", "say"], ["i", "guess"], ["i", "suppose"], ["in", "my", "opinion"], ["imo"],
    ["i", "feel"], ["if", "you", "ask", "me"], ["i", "'m", "sure"], ["i", "bet"],
  ]

  /// Words that end a clause by joining another on, or by leaving it for chat.
  private static let clauseBreaks: Set<String> = [
    "because", "cos", "cause", "coz", "but", "though", "although", "lol", "lmao", "haha",
    "tbh", "imo", "idk", "and", "or", "anyway",
  ]
}
