/// Decides which of the seven kinds a question is, whatever its form.
///
/// Cue phrases are tried in tiers, the most decisive first; the first tier with a phrase
/// anywhere in the question decides:
/// 1. about the question itself ("this question", "why does it matter", "important to you")
///    → meta;
/// 2. asking for meaning ("what do you mean", "define", "an example", "tell me more") →
///    clarification;
/// 3. supposing the opposite or being wrong ("opposite", "change your mind", "prove you
///    wrong", "isn't true"), or "Why might X not …", "What if … not" → inversion;
/// 4. other people's views ("critics", "someone who", "perspective", "so many"), a group
///    with a verb of belief or choice ("people buy", "do economists think"), "How would a
///    farmer see it", a request for what someone else thinks ("I'd be interested to hear what
///    your dad thinks"), or a rhetorical question about anyone ("Why would any parent …") →
///    viewpoints;
/// 5. what is taken for granted ("assume", "take for granted", "always the case", "what
///    would it take"), or "How is it fair that …" → assumptions;
/// 6. what follows ("what would happen", "consequences", "who benefits", "what if") →
///    implications;
/// 7. reasons and evidence ("evidence", "how do you know", "what makes you", "reasons") →
///    evidence;
/// 8. weaker asks for meaning ("what is", "explain", "how does") → clarification;
/// 9. "why", "how come", "how so" → evidence.
///
/// With no cue, the shape decides: a question that puts a claim to the person (yes/no,
/// tag, statement) asks about what they take for granted (assumptions), unless its claim
/// is about the future or about what should be done (will, would, should, must:
/// implications); so does a choice put with "be" ("Which is riskier, A or B?"); a request to
/// talk asks for clarification; a single fact is evidence; any other question-word question
/// asks for clarification.
enum QuestionKindRules {
  static func kind(of reading: QuestionReading, problems: [QuestionProblem]) -> QuestionKind {
    // A fact is asked for as evidence, whatever it is about.
    if problems.contains(.singleFact) { return .evidence }
    let cue = cueTable.firstTier(in: reading.words, classes: reading.classes)
    let structural = structuralCue(in: reading, problems: problems)
    let best = [cue, structural].compactMap { $0 }.min { $0.tier < $1.tier }
    if let best { return best.kind }
    return defaultKind(of: reading, problems: problems)
  }

  private static func defaultKind(of reading: QuestionReading, problems: [QuestionProblem])
    -> QuestionKind
  {
    if problems.contains(where: {
      if case .disbelief = $0 { return reading.words.count <= 1 }
      return false
    }) {
      return .evidence  // "Really?" asks what makes the person say so.
    }
    if problems.contains(where: {
      if case .repeatRequest = $0 { return true }
      return $0 == .fragment
    }) {
      return .clarification
    }
    switch reading.opener {
    case .questionWord(let index):
      // "Which is riskier, index funds or Bitcoin?" asks for a judgement between the two, as
      // "Is Bitcoin riskier than index funds?" does.
      if problems.contains(.eitherOr), index + 1 < reading.core.upperBound,
        FunctionWords.auxiliary(reading.words[index + 1])?.kind == .be
      {
        return kindOfClaim(reading.coreWords)
      }
      return ["why"].contains(reading.words[index]) ? .evidence : .clarification
    case .request(_, let embedded):
      guard let embedded else { return .clarification }
      return kindOfClaim(reading.words[embedded..<reading.core.upperBound])
    case .auxiliary, .statement, .presumption, .fragment, .none:
      return kindOfClaim(reading.coreWords)
    }
  }

  /// Implications for a claim about the future or about what should be done, assumptions
  /// for any other. A modal that opens a frame ("Would you agree that …") is not the claim's.
  private static func kindOfClaim(_ words: ArraySlice<String>) -> QuestionKind {
    var words = words
    if let first = words.first, FunctionWords.auxiliary(first) != nil,
      words.dropFirst().first == "you",
      words.dropFirst(2).first.flatMap({ CritiqueVocabulary.opinionVerbs[$0] }) != nil
    {
      words = words.dropFirst(3)
    }
    let futureOrDuty: Set<String> = [
      "will", "would", "'ll", "won't", "wouldn't", "should", "shouldn't", "must", "mustn't",
      "ought", "shall", "going",
    ]
    for index in words.indices where futureOrDuty.contains(words[index]) {
      // "going to" is the future; "prices are going up" is not.
      if words[index] == "going", index + 1 == words.endIndex || words[index + 1] != "to" {
        continue
      }
      // "free will", "the will of the people": a noun after a modifier, not the future.
      if words[index] == "will", index > words.startIndex,
        isNounModifier(
          words[index - 1], before: index + 1 < words.endIndex ? words[index + 1] : nil)
      {
        continue
      }
      return .implications
    }
    return .assumptions
  }

  /// Whether a word before "will" makes it a noun: a determiner, a possessive or a
  /// preposition ("the will", "their will", "against his will"), or an adjective when no verb
  /// follows ("free will").
  private static func isNounModifier(_ word: String, before next: String?) -> Bool {
    if FunctionWords.determiners.contains(word) || FunctionWords.possessives.contains(word)
      || FunctionWords.prepositions.contains(word)
    {
      return true
    }
    guard !FunctionWords.isFunctionWord(word), Lexicon.classes(of: word).contains(.adjective)
    else { return false }
    guard let next else { return true }
    return !QuestionReading.isBaseVerb(next) && !FunctionWords.isVerbAdverb(next) && next != "not"
  }

  // MARK: - Structural cues

  private static let inversionTier = 2
  private static let viewpointsTier = 3
  private static let assumptionsTier = 4
  /// Below the evidence cues ("How would you know if …") and above the weak clarification ones
  /// ("How would …").
  private static let hypotheticalTier = 6

  /// "Why might X not …", "What if … not …" (inversion); a group with a verb of belief or
  /// choice, or "How would a farmer see it" (viewpoints).
  private static func structuralCue(in reading: QuestionReading, problems: [QuestionProblem])
    -> CueTable.Match?
  {
    let words = reading.words
    if case .questionWord(let index) = reading.opener {
      let end = reading.core.upperBound
      // "Why might X not …", "In what ways might X not …": a modal of possibility among the
      // first words after the question word, then "not".
      if let modal = (index + 1..<min(end, index + 4)).first(where: {
        ["might", "could", "may"].contains(words[$0])
      }), words[(modal + 1)..<min(end, modal + 6)].contains("not") {
        return CueTable.Match(tier: inversionTier, kind: .inversion)
      }
      if words[index] == "what", index + 1 < end, words[index + 1] == "if",
        words[(index + 2)..<end].contains(where: isNegation)
      {
        return CueTable.Match(tier: inversionTier, kind: .inversion)
      }
      if ["how", "what"].contains(words[index]), index + 1 < end,
        FunctionWords.auxiliary(words[index + 1]) != nil,
        asksOthersToJudge(words, from: index + 2, end: end)
      {
        return CueTable.Match(tier: viewpointsTier, kind: .viewpoints)
      }
      // "How would you feel if your job was automated?": what would follow if something were
      // so.
      if index + 1 < end, words[index + 1] == "would",
        words[(index + 2)..<end].contains("if")
      {
        return CueTable.Match(tier: hypotheticalTier, kind: .implications)
      }
    }
    if case .questionWord(let index) = reading.opener,
      QuestionFormRules.asksHowItIsJust(reading, questionWordAt: index)
    {
      // "How is it fair that …?" puts a judgement to the person as "Is it fair that …?" does.
      return CueTable.Match(tier: assumptionsTier, kind: .assumptions)
    }
    if case .request(let start, nil) = reading.opener,
      let embedded = (start + 1..<min(reading.core.upperBound, start + 7)).first(where: {
        ["what", "how"].contains(words[$0])
      }),
      asksOthersToJudge(words, from: embedded + 1, end: reading.core.upperBound)
    {
      // "I'd be interested to hear what your dad thinks": another's view, asked as a request.
      return CueTable.Match(tier: viewpointsTier, kind: .viewpoints)
    }
    if problems.contains(.rhetorical), isAboutAnyone(reading) {
      // "Why would any parent let …?", "How can anyone …?": what leads people to it.
      return CueTable.Match(tier: viewpointsTier, kind: .viewpoints)
    }
    if ["suppose", "imagine", "assume"].contains(words.first ?? ""),
      words.contains(where: isNegation)
    {
      return CueTable.Match(tier: inversionTier, kind: .inversion)
    }
    // "Is it possible that crypto isn't a scam?", "Could it be that AI won't take jobs?"
    if let possible = words.firstIndex(where: { ["possible", "likely", "be"].contains($0) }),
      possible + 1 < words.count, words[possible + 1] == "that",
      words[(possible + 2)...].contains(where: isNegation)
    {
      return CueTable.Match(tier: inversionTier, kind: .inversion)
    }
    // A group as the subject of the question's main clause, among its first words: "Why do
    // people buy Bitcoin?", but not "What are you assuming about how people use crypto?".
    let subjectZone =
      reading.core.lowerBound..<min(reading.core.upperBound, reading.core.lowerBound + 5)
    for index in subjectZone where reading.classes[index].contains(.group) {
      var verb = index + 1
      if verb < words.count, FunctionWords.auxiliary(words[verb])?.kind == .modal { verb += 1 }
      while verb < words.count, FunctionWords.isVerbAdverb(words[verb]) || words[verb] == "ever" {
        verb += 1
      }
      guard verb < words.count else { continue }
      if let base = Lexicon.verbReadings(of: words[verb]).first?.base,
        CritiqueVocabulary.stanceVerbs.contains(base)
      {
        return CueTable.Match(tier: viewpointsTier, kind: .viewpoints)
      }
    }
    return nil
  }

  /// Whether the subject of a question-word question with a modal is anyone at all: "Why would
  /// anyone …", "How could any parent …". ("Why is everyone so obsessed with AI?" asks for
  /// reasons.)
  private static func isAboutAnyone(_ reading: QuestionReading) -> Bool {
    guard case .questionWord(let index) = reading.opener,
      let modal = (index + 1..<min(reading.core.upperBound, index + 4)).first(where: {
        FunctionWords.auxiliary(reading.words[$0]) != nil
      }), FunctionWords.auxiliary(reading.words[modal])?.kind == .modal
    else { return false }
    let window = (modal + 1)..<min(reading.core.upperBound, modal + 4)
    return window.contains {
      reading.isWord($0, .universalSubject)
        || (reading.words[$0] == "any" && $0 + 1 < reading.core.upperBound
          && (reading.isWord($0 + 1, .personNoun)
            || Lexicon.classes(of: reading.words[$0 + 1]).contains(.noun)))
    }
  }

  /// "a farmer see", "your critics say": a subject other than the person, then a verb of
  /// judging.
  private static func asksOthersToJudge(_ words: [String], from start: Int, end: Int) -> Bool {
    var start = start
    if start + 1 < end, words[start] == "you",
      CritiqueVocabulary.opinionVerbs[words[start + 1]] != nil
    {
      start += 2  // "How do you think your parents would see this?"
    }
    var index = start
    while index < min(end, start + 5) {
      // After an auxiliary the verb is in its base form: no lexicon lookup is needed. After
      // a possessive or a determiner it is a noun ("What does your view of AI rest on?"), and
      // "look like" describes a thing rather than a view of it ("What would a law look like?").
      if index > start, isPerspectiveVerb(words[index]),
        !FunctionWords.possessives.contains(words[index - 1]),
        !FunctionWords.determiners.contains(words[index - 1]),
        !(words[index] == "look" && index + 1 < end && words[index + 1] == "like")
      {
        return !words[start..<index].contains {
          ["you", "i", "we", "it", "that", "this"].contains($0)
        }
      }
      index += 1
    }
    return false
  }

  /// A verb of seeing and judging, in its base form or its third person ("your manager sees
  /// it"): the list is closed, so an "-s" is taken off instead of asking the lexicon.
  private static func isPerspectiveVerb(_ word: String) -> Bool {
    if CritiqueVocabulary.perspectiveVerbs.contains(word) { return true }
    guard word.hasSuffix("s") else { return false }
    return CritiqueVocabulary.perspectiveVerbs.contains(String(word.dropLast()))
  }

  private static func isNegation(_ word: String) -> Bool {
    word == "not" || word == "never" || FunctionWords.auxiliary(word)?.isNegated == true
  }

  // MARK: - Cue phrases

  /// The first words of the cue phrases.
  static var cueStarts: [String] { cueTable.firstWords }

  private static let cueTable = CueTable(tiers: [
    (
      .meta,
      [
        "this question", "that question", "the question", "my question", "your question",
        "these questions", "why do i ask", "why am i asking", "why i 'm asking",
        "why i am asking", "why i asked", "why are we talking", "why are we discussing",
        "why are we arguing", "why does this matter", "why does that matter",
        "why does it matter", "why would it matter", "why is this important",
        "why is that important", "why is it important", "this topic", "this debate",
        "this issue", "this subject", "what are we really", "the right question",
        "a better question", "the point of asking", "this conversation", "this discussion",
        "our conversation", "why should we care", "why should i care", "why do you care",
        "why should anyone care", "why ask", "what question", "which question",
        "answering this", "would you care", "who cares", "so what",
      ]
    ),
    (
      .clarification,
      [
        "what do you mean", "what did you mean", "do you mean", "what does that mean",
        "what does it mean", "what does this mean", "mean by", "meant by", "meaning of",
        "define", "defines", "defining", "definition", "an example", "example of",
        "examples of", "for example", "for instance", "in what sense", "what counts as",
        "what would count as", "tell me more", "say more", "more about", "elaborate",
        "expand on", "clarify", "have in mind", "in other words", "put it another way",
        "put that another way", "put it differently", "unpack", "spell out", "what exactly",
        "exactly do you", "specifically", "walk me through", "how would you describe",
        "how do you describe",
      ]
    ),
    (
      .inversion,
      [
        "opposite", "other way round", "other way around", "the reverse", "change your mind",
        "changed your mind", "change my mind", "changes your mind", "make you change",
        "you be wrong", "you 're wrong", "you are wrong", "you were wrong", "you 've been wrong",
        "you have been wrong", "we 're wrong", "we are wrong", "we were wrong", "be wrong about",
        "wrong about this", "wrong about that", "wrong about it", "prove you wrong",
        "prove it wrong", "prove that wrong", "prove this wrong", "prove me wrong",
        "proved wrong", "proven wrong", "proves you wrong", "disprove", "disproves",
        "mistaken", "not true !that", "isn't true !that", "wasn't true !that",
        "weren't true !that", "aren't true !that",
        "were false", "be false", "is false", "counterexample", "counterexamples",
        "counter-example", "not the case", "isn't the case", "wasn't the case", "why not",
        "turn it around", "turn that around", "flip it", "argue against", "case against",
        "steelman", "argument against", "arguments against", "might be wrong",
        "could be wrong", "otherwise",
      ]
    ),
    (
      .viewpoints,
      [
        "other people", "someone who", "somebody who", "people who", "those who",
        "anyone who", "someone else", "somebody else", "critics", "critic", "opponents",
        "supporters", "skeptics", "sceptics", "defenders", "proponents", "the other side",
        "both sides", "perspective", "perspectives", "point of view", "points of view",
        "viewpoint", "viewpoints", "in their shoes", "in his shoes", "in her shoes",
        "their shoes", "another way", "a different way", "differently", "alternative",
        "alternatives", "so many", "most people", "many people", "a lot of people",
        "disagree with you", "disagrees with you", "agree with you", "their side",
        "their view", "their views", "their reasons", "their position", "leads people",
        "lead people", "drives people", "what makes people", "what made people", "led people",
        "draws people", "draw people",
        "other countries", "other cultures", "another country", "an outsider", "outsider",
        "how others", "what others", "better way", "better ways", "other way", "other ways",
      ]
    ),
    (
      .assumptions,
      [
        "assume", "assumes", "assuming", "assumed", "assumption", "assumptions",
        "take for granted", "taking for granted", "taken for granted", "takes for granted",
        "presuppose", "presupposes", "presupposing", "presume", "presumes", "presuming",
        "premise", "premises", "rest on", "rests on", "resting on", "depend on", "depends on",
        "depending on", "underlying", "underlie", "underlies", "what 's behind",
        "what is behind", "what lies behind", "would have to be true", "has to be true",
        "must be true", "needs to be true", "always the case", "always true", "always so",
        "in every case", "in all cases", "take as given", "starting point", "built on",
        "based on the idea", "what would it take", "hold true", "what are you taking",
        "taking as given", "taken as given", "takes as given", "taking it as given",
        "would have to happen", "has to happen", "needs to happen",
      ]
    ),
    (
      .implications,
      [
        "what would happen", "what will happen", "what happens", "would happen",
        "will happen", "happen if", "happens if", "happens when", "happen next", "consequence",
        "consequences", "effect", "effects", "affect", "affects", "affected", "impact",
        "impacts", "result", "results", "resulting", "lead to", "leads to", "led to",
        "leading to", "follow from", "follows from", "would follow", "does it follow",
        "then what", "what then", "what next", "long run", "long-term", "long term",
        "short term", "would change", "will change", "would it change", "would that change",
        "what changes", "mean for", "would that mean", "would it mean", "does that mean",
        "does it mean", "what would it mean", "who would benefit", "who benefits",
        "who would lose", "who loses", "who pays", "who would pay", "who gains",
        "who would gain", "who suffers", "who would suffer", "who would be hurt",
        "who gets hurt", "who wins", "who would win", "risk", "risks", "downside", "downsides",
        "upside", "upsides", "cost", "costs", "benefit", "benefits", "side effect",
        "side effects", "what if", "if so", "in the future", "future", "knock-on",
        "trade-off", "trade-offs", "tradeoff", "tradeoffs", "price to pay", "implication",
        "implications", "imply", "implies", "does that lead", "does this lead",
        "does it lead", "would that lead", "in ten years", "go wrong", "would you lose",
        "would we lose", "would you gain", "would we gain", "be different", "different if",
      ]
    ),
    (
      .evidence,
      [
        "evidence", "proof", "prove", "proves", "proven", "data", "source", "sources", "study",
        "studies", "research", "statistics", "stats", "numbers", "facts", "know that",
        "how do you know", "how would you know", "how can you know", "how could you know",
        "how did you know", "how can we know", "how do we know", "how can you tell",
        "how can we tell", "how would you tell", "how do you tell", "where did you hear",
        "where did you read", "where did you learn", "where did you get", "where did you see",
        "where do you get", "come from", "comes from", "what makes you", "what made you",
        "what leads you", "what led you", "what brought you", "what convinced you",
        "what 's made you", "what has made you", "did you come to", "do you come to",
        "test whether", "test if", "check whether", "check if", "find out whether",
        "find out if", "tell whether", "tell if",
        "convinced", "convince", "reason", "reasons", "reasoning", "based on", "basis",
        "grounds", "support", "supports", "supporting", "back up", "backs up", "justify",
        "justifies", "justification", "explain why", "why do you think", "why do you believe",
        "why do you say", "why do you feel", "why would you say", "how sure", "so sure",
        "how confident", "how certain", "confident", "sure", "certain", "experience",
        "experiences", "observed", "noticed", "witnessed", "heard", "reliable", "credible",
        "verify", "show that", "shows that", "demonstrate", "demonstrates", "came to",
        "come to believe", "come to think", "have you read", "did you read", "have you seen",
        "did you see", "can you believe", "could you believe", "did you decide", "first hear",
        "first heard", "first read", "first learn", "hear that", "heard that", "read that",
        "need to see", "have to see", "want to see", "start doubting", "started doubting",
        "start believing", "started believing", "start thinking", "started thinking",
        "begin to doubt", "began to doubt",
      ]
    ),
    (
      .clarification,
      [
        "what is", "what 's", "what are", "what was", "explain", "describe", "exactly",
        "what kind of", "what sort of", "what type of", "which one", "which ones", "how does",
        "how do", "how would", "what do you think", "how do you see", "how do you feel",
        "your view", "your position", "your take", "what about", "how about",
      ]
    ),
    (.evidence, ["why", "how come", "how so", "what for"]),
  ])
}

/// Cue phrases in tiers, found in one pass over a question's words.
struct CueTable: Sendable {
  /// The tier and kind of the most decisive cue found.
  struct Match: Sendable {
    var tier: Int
    var kind: QuestionKind
  }

  private struct Entry: Sendable {
    var words: [String]
    /// A word that must not follow the phrase.
    var notFollowedBy: String?
    var match: Match
  }

  private var entriesByFirstWord: [String: [Entry]] = [:]

  /// - Parameter tiers: the kinds and their phrases, the most decisive tier first; each
  ///   phrase is lowercase words separated by spaces, clitics apart ("what 's behind"). A last
  ///   word starting with "!" is one that must not follow: "not true !that" matches "it is not
  ///   true" but not "is it not true that …".
  init(tiers: [(QuestionKind, [String])]) {
    for (tier, (kind, phrases)) in tiers.enumerated() {
      for phrase in phrases {
        var words = phrase.split(separator: " ").map(String.init)
        var notFollowedBy: String?
        if let last = words.last, last.hasPrefix("!") {
          notFollowedBy = String(last.dropFirst())
          words.removeLast()
        }
        entriesByFirstWord[words[0], default: []].append(
          Entry(words: words, notFollowedBy: notFollowedBy, match: Match(tier: tier, kind: kind)))
      }
    }
    // Tiers are added in order, so each word's phrases are already the most decisive first: a
    // scan can stop at the first that matches.
  }

  /// The words that start a phrase.
  var firstWords: [String] { Array(entriesByFirstWord.keys) }

  /// The most decisive cue among the words, or nil when there is none.
  /// - Parameter classes: the words' classes; only words marked `.cueStart` are looked up.
  func firstTier(in words: [String], classes: [CritiqueWordClasses]) -> Match? {
    var best: Match?
    for start in words.indices where classes[start].contains(.cueStart) {
      guard let entries = entriesByFirstWord[words[start]] else { continue }
      for entry in entries {
        if let best, entry.match.tier >= best.tier { break }
        let end = start + entry.words.count
        guard end <= words.count, words[start..<end].elementsEqual(entry.words),
          entry.notFollowedBy == nil || end == words.count || words[end] != entry.notFollowedBy
        else { continue }
        best = entry.match
        break
      }
    }
    return best
  }
}
