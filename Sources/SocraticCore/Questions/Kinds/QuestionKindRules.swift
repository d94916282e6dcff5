/// Decides which of the seven kinds a question is, whatever its form.
///
/// Cues are the entries of `KindCue.table`, each in a tier (`KindCueTier`, the most decisive
/// first), with the few that need code in `structuralCue`; the first tier with a cue decides:
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
///    evidence; then what would follow if something were so ("How would you feel if …") →
///    implications;
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
    let cue = cueTable.firstTier(in: reading)
    let structural = structuralCue(in: reading, problems: problems)
    if let best = [cue, structural].compactMap({ $0 }).min() { return best.kind }
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
    let claim = Array(words)
    let input = TokenPatternWords(claim)
    for index in claim.indices
    where futureOrDuty.mayStart(with: claim[index]) && futureOrDuty.matches(input, at: index) {
      // "free will", "the will of the people": a noun after a modifier, not the future.
      if claim[index] == "will", index > 0,
        isNounModifier(claim[index - 1], before: index + 1 < claim.count ? claim[index + 1] : nil)
      {
        continue
      }
      return .implications
    }
    return .assumptions
  }

  /// The words of a claim about the future or about what should be done ("going to" is the
  /// future; "prices are going up" is not).
  private static let futureOrDuty = TokenPattern(
    "(will|would|'ll|won't|wouldn't|should|shouldn't|must|mustn't|ought|shall|going to)")

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

  /// The cues that need more than a pattern: whether the subject is someone other than the
  /// person (a lexicon lookup, and words that must not come before the verb), whether the
  /// question was found rhetorical, and a group's verb read by its base form. Phrases and
  /// shapes a pattern can say are entries of `KindCue.table`.
  private static func structuralCue(in reading: QuestionReading, problems: [QuestionProblem])
    -> KindCueTier?
  {
    let words = reading.words
    // "How would a farmer see it?", "What do your critics say?"
    if case .questionWord(let index) = reading.opener, ["how", "what"].contains(words[index]),
      index + 1 < reading.core.upperBound, FunctionWords.auxiliary(words[index + 1]) != nil,
      asksOthersToJudge(words, from: index + 2, end: reading.core.upperBound)
    {
      return .viewpoints
    }
    if case .request(let start, nil) = reading.opener,
      let embedded = (start + 1..<min(reading.core.upperBound, start + 7)).first(where: {
        ["what", "how"].contains(words[$0])
      }),
      asksOthersToJudge(words, from: embedded + 1, end: reading.core.upperBound)
    {
      // "I'd be interested to hear what your dad thinks": another's view, asked as a request.
      return .viewpoints
    }
    if problems.contains(.rhetorical), isAboutAnyone(reading) {
      // "Why would any parent let …?", "How can anyone …?": what leads people to it.
      return .viewpoints
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
        return .viewpoints
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

  /// A verb of seeing and judging in any form: "your manager sees it", "what would your gran
  /// have made of it".
  private static func isPerspectiveVerb(_ word: String) -> Bool {
    CritiqueVocabulary.perspectiveVerbs.contains(word)
      || Lexicon.verbReadings(of: word).contains {
        CritiqueVocabulary.perspectiveVerbs.contains($0.base)
      }
  }

  // MARK: - Cue phrases

  /// The first words of the cues found anywhere.
  static var cueStarts: [String] { cueTable.firstWords }

  private static let cueTable = KindCueTable(KindCue.table)
}
