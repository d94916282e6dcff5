/// The feelings a sentence names, repeats of earlier answers, and the one matcher that applies
/// the cue tables.
extension AnswerMoveReader {
  /// The feelings the person names as their own in a sentence. A feeling word asked alone
  /// ("oh great, another meeting. happy?") is put to the listener, no feeling of theirs.
  static func feelings(
    in sentence: [Token], isQuestion: Bool, isOwn: (Int) -> Bool
  ) -> [String] {
    var result: [String] = []
    let opensOnSpeaker = sentence.first(where: \.isWord)?.lowercased == "i"
    let frames =
      Patterns.feelingFrames + (opensOnSpeaker ? Patterns.sharedSubjectFeelingFrames : [])
    for pattern in frames {
      for match in matches(of: pattern, in: sentence, from: 0) where isOwn(match.lowerBound) {
        // After "I feel" any adjective names a feeling ("I feel invisible"); after "I'm" only
        // the words for feelings do ("I'm tall" is no feeling).
        let saysFeel = sentence[match].contains { AnswerCues.feelVerbs.contains($0.lowercased) }
        var index = match.upperBound
        while index < sentence.count {
          let word = sentence[index].lowercased
          let followsOf = index + 1 < sentence.count && sentence[index + 1].lowercased == "of"
          if AnswerCues.feelingWords.contains(word)
            || (saysFeel && !AnswerCues.opinionAfterFeel.contains(word)
              && !feelingGlue.contains(word)
              && !FunctionWords.isFunctionWord(word) && !AnswerCues.absolutes.contains(word)
              && Lexicon.classes(of: word).contains(.adjective))
          {
            var feeling = word
            // "I feel a bit out of the loop": a feeling said as a phrase is named whole.
            if followsOf, !AnswerCues.feelingWords.contains(word),
              let phrase = ofPhrase(in: sentence, after: index + 1)
            {
              feeling += " of " + phrase.words
              index = phrase.end
            } else if index + 1 < sentence.count,
              ["out", "up", "down"].contains(sentence[index + 1].lowercased)
            {
              feeling += " " + sentence[index + 1].lowercased
              index += 1
            }
            // "sick of" and "fed up" are named by the phrases below.
            if feeling != "fed" && !(["sick", "tired"].contains(feeling) && followsOf) {
              appendOnce(feeling, to: &result)
            }
          } else if !feelingGlue.contains(word) {
            break
          }
          index += 1
        }
      }
    }
    if !isQuestion, let bare = bareFeeling(in: sentence), isOwn(bare) {
      appendOnce(sentence[bare].lowercased, to: &result)
    }
    for index in sentence.indices.dropLast() where isOwn(index) {
      if let feeling = AnswerCues.feelingVerbs[sentence[index].lowercased],
        sentence[index + 1].lowercased == "me"
      {
        appendOnce(feeling, to: &result)
      }
    }
    // "ugh i hate when she's right": teasing, no upset.
    let wry = Patterns.wryGrants.flatMap { matches(of: $0, in: sentence, from: 0) }
    for (pattern, feeling) in Patterns.feelingPhrases {
      if let match = matches(of: pattern, in: sentence, from: 0).first, isOwn(match.lowerBound),
        !wry.contains(where: { $0.overlaps(match) })
      {
        appendOnce(feeling, to: &result)
      }
    }
    for (kept, dropped) in AnswerCues.feelingsStandingIn where result.contains(kept) {
      result.removeAll { $0 == dropped }
    }
    return result
  }

  /// Where a sentence names a feeling by its word alone, as an answer to how they feel does:
  /// "sad.", "proud i suppose", "guilty mostly, …", after hedges only ("i guess angry"). A
  /// feeling word before a noun describes it ("tired drivers are the problem"), and is none.
  private static func bareFeeling(in sentence: [Token]) -> Int? {
    let words = sentence.indices.filter { sentence[$0].isWord }
    guard
      let index = words.first(where: {
        !AnswerCues.bareFeelingLeads.contains(sentence[$0].lowercased)
      }),
      AnswerCues.feelingWords.contains(sentence[index].lowercased)
    else { return nil }
    let next = index + 1 < sentence.count ? sentence[index + 1] : nil
    guard let next, next.isWord else { return index }
    return AnswerCues.bareFeelingFollowers.contains(next.lowercased) ? index : nil
  }

  /// The noun phrase after the "of" at `of` ("the loop", "my depth"), up to its noun, and the
  /// index of its last word; nil when none follows within a few words.
  private static func ofPhrase(in sentence: [Token], after of: Int) -> (words: String, end: Int)? {
    var words: [String] = []
    var index = of + 1
    while index < sentence.count, words.count < 3, sentence[index].isWord {
      let word = sentence[index].lowercased
      words.append(word)
      if !FunctionWords.isFunctionWord(word) { return (words.joined(separator: " "), index) }
      index += 1
    }
    return nil
  }

  /// Words that may stand between feelings named together ("exhausted and a bit resentful").
  static let feelingGlue: Set<String> = [
    "and", "a", "bit", "little", "kind", "of", "kinda", "so", "really", "very", "pretty",
    "quite", "just", "also", "too", ",", "more", "honestly", "totally", "super",
  ]

  // MARK: - Repeats

  /// Whether the answer says again what an earlier one said: most of its words that carry
  /// meaning were in one answer before.
  static func isRepeat(_ tokens: [Token], of earlier: [Set<String>]) -> Bool {
    let words = contentWords(tokens)
    guard words.count >= 3 else { return false }
    for before in earlier {
      guard !before.isEmpty else { continue }
      let shared = words.intersection(before).count
      if Double(shared) >= 0.75 * Double(words.count) { return true }
    }
    return false
  }

  /// The words of an answer that carry meaning, as a later answer is compared with it.
  public static func repeatWords(of answer: String) -> Set<String> {
    contentWords(readTokens(of: answer))
  }

  static func contentWords(_ tokens: [Token]) -> Set<String> {
    Set(
      tokens.filter { $0.isWord && !FunctionWords.isFunctionWord($0.lowercased) }
        .map(\.lowercased))
  }

  // MARK: - Matching

  /// The ranges where a pattern matches, from `start` on, longest match at each place, not
  /// overlapping.
  static func matches(of pattern: PhrasePattern, in tokens: [Token], from start: Int)
    -> [Range<Int>]
  {
    var result: [Range<Int>] = []
    var index = start
    // Made at the first word a match may start with: most patterns start at none.
    var madeInput: TokenPatternTokens?
    while index < tokens.count {
      guard pattern.mayStart(with: tokens[index].lowercased) else {
        index += 1
        continue
      }
      let input = madeInput ?? TokenPatternTokens(tokens, tagged: pattern.usesTags)
      madeInput = input
      if let end = pattern.matchEnds(in: input, from: index).first, end > index {
        result.append(index..<end)
        index = end
      } else {
        index += 1
      }
    }
    return result
  }

  static func coveredIndices(of table: IndexedPatterns, in tokens: [Token]) -> Set<Int> {
    var result: Set<Int> = []
    for index in table.candidates(in: tokens) {
      for range in matches(of: table.patterns[index], in: tokens, from: 0) {
        result.formUnion(range)
      }
    }
    return result
  }

  /// A part of an answer as kept: trimmed, at most `partWordLimit` words.
  static func text(of tokens: [Token]) -> String {
    var tokens = BeliefReader.trimmed(tokens)
    while let first = tokens.first, first.kind == .punctuation { tokens.removeFirst() }
    while let last = tokens.last, last.kind == .punctuation { tokens.removeLast() }
    var words = 0
    tokens = tokens.prefix { token in
      if token.isWord { words += 1 }
      return words <= partWordLimit
    }
    guard !tokens.isEmpty else { return "" }
    tokens[0].hasSpaceBefore = false
    return tokens.joinedText
  }

  static func appendOnce(_ text: String, to list: inout [String]) {
    guard !text.isEmpty, !list.contains(where: { $0.lowercased() == text.lowercased() }) else {
      return
    }
    list.append(text)
  }

  /// The cue tables, compiled once.
  enum Patterns {
    static let wryGrants = AnswerCues.wryGrants.map(PhrasePattern.init)
    static let moves: [(AnswerMove, PhrasePattern, Bool)] =
      (AnswerCues.moves + AnswerCues.wryGrants.map { (.concession, $0) }).map { move, text in
        let isAnchored = text.hasPrefix("^ ")
        return (move, PhrasePattern(isAnchored ? String(text.dropFirst(2)) : text), isAnchored)
      }
    static let moveStarts = IndexedPatterns(moves.map(\.1))
    /// Idioms and qualified absolutes: the words they cover are no absolutes.
    static let notAbsolutes = IndexedPatterns(idioms + qualifiedAbsolutes)
    static let leaving = LeaveTakingCues.phrases.map(PhrasePattern.init)
    static let confusion = AnswerCues.confusion.map(PhrasePattern.init)
    static let reportedSpeech = AnswerCues.reportedSpeech.map(PhrasePattern.init)
    static let ownVoice = AnswerCues.ownVoice.map(PhrasePattern.init)
    static let agreeing = AnswerCues.agreeing.map(PhrasePattern.init)
    static let disagreeing = AnswerCues.disagreeing.map(PhrasePattern.init)
    static let concessionOpeners = (AnswerCues.concessionOpeners + AnswerCues.wryGrants).map(
      PhrasePattern.init)
    static let doubtFrames = AnswerCues.doubtFrames.map(PhrasePattern.init)
    static let hedgedConcessions = AnswerCues.hedgedConcessions.map(PhrasePattern.init)
    static let ownFindings = AnswerCues.ownFindings.map(PhrasePattern.init)
    static let valueOpenings = AnswerCues.valueOpenings.map(PhrasePattern.init)
    static let frontedGrant = PhrasePattern(AnswerCues.frontedGrant)
    static let idioms = AnswerCues.idioms.map(PhrasePattern.init)
    static let qualifiedAbsolutes = AnswerCues.qualifiedAbsolutes.map(PhrasePattern.init)
    static let feelingFrames = AnswerCues.feelingFrames.map(PhrasePattern.init)
    static let sharedSubjectFeelingFrames = AnswerCues.sharedSubjectFeelingFrames.map(
      PhrasePattern.init)
    static let feelingPhrases = (AnswerCues.feelingPhrases + AnswerCues.selfJudgements).map {
      (PhrasePattern($0.pattern), $0.feeling)
    }
    static let blockages = AnswerCues.blockages.map(PhrasePattern.init)
    static let stopping = AnswerCues.stopping.map(PhrasePattern.init)
    static let changingSubject = AnswerCues.changingSubject.map(PhrasePattern.init)
    static let waverings = AnswerCues.waverings.map(PhrasePattern.init)
    static let waveringEnds = AnswerCues.waveringEnds.map(PhrasePattern.init)
    static let firmness = AnswerCues.firmness.map(PhrasePattern.init)
    static let conditionalOutcomes = AnswerCues.conditionalOutcomes.map(PhrasePattern.init)
    static let toListener = AnswerCues.toListener.map(PhrasePattern.init)
    static let purposeQuestions = AnswerCues.purposeQuestions.map(PhrasePattern.init)
    static let defensive = AnswerCues.defensive.map(PhrasePattern.init)
    static let decliningFeelings = AnswerCues.decliningFeelings.map(PhrasePattern.init)
    static let plans = AnswerCues.plans.map(PhrasePattern.init)
    static let resolves = AnswerCues.resolves.map(PhrasePattern.init)
    static let subjectlessPlans = AnswerCues.subjectlessPlans.map(PhrasePattern.init)
    static let clarificationRequests = AnswerCues.clarificationRequests.map(PhrasePattern.init)
    static let clarificationOpeners = AnswerCues.clarificationOpeners.map(PhrasePattern.init)
    static let narrowings = AnswerCues.narrowings.map(PhrasePattern.init)
    static let disbelieved = AnswerCues.disbelieved.map(PhrasePattern.init)
    static let planIntroducers = AnswerCues.planIntroducers.map(PhrasePattern.init)
    static let denials = AnswerCues.denials.map(PhrasePattern.init)
    static let jokes = AnswerCues.jokes.map(PhrasePattern.init)
    static let misheard = AnswerCues.misheard.map(PhrasePattern.init)
    static let notMeTail = PhrasePattern(AnswerCues.notMeTail)
    static let salience = AnswerCues.salience.map { (PhrasePattern($0.pattern), $0.weight) }
    static let sceneSetting = AnswerCues.sceneSetting.map(PhrasePattern.init)
  }
}
