/// Recognises a question and turns a yes/no or "why" question back into the statement it asks
/// about: "Is crypto a scam?" → "Crypto is a scam.", "Why do people hate crypto?" → "People
/// hate crypto.", "Don't you think AI is dangerous?" → "AI is dangerous.".
public enum QuestionReversal {
  /// Whether a sentence is a question: it ends with "?", or starts with an auxiliary or modal
  /// (not a command such as "Don't trust banks"), or with a question word and an auxiliary
  /// ("Why is crypto a scam").
  public static func isQuestion(_ sentence: [Token]) -> Bool {
    let words = sentence.filter { $0.kind != .punctuation || $0.hasQuestionMark }
    if let last = words.last, last.kind == .punctuation, last.hasQuestionMark { return true }
    guard let first = words.first?.lowercased else { return false }
    let second = words.count > 1 ? words[1].lowercased : nil
    if let auxiliary = FunctionWords.auxiliary(first), !first.hasPrefix("'") {
      if auxiliary.kind == .do, second == "not" || second.map(isBaseVerb) == true {
        return false  // "Do not trust banks", "Don't trust banks": a command
      }
      return second != nil
    }
    if FunctionWords.questionWords.contains(first), let second,
      let auxiliary = FunctionWords.auxiliary(second), !second.hasPrefix("'")
    {
      return auxiliary.kind != .be || words.count > 2
    }
    return false
  }

  /// The statement a question asks about, capitalised and with a full stop, or nil when it
  /// cannot be turned around (an open "what" or "how" question).
  public static func statement(from sentence: [Token]) -> String? {
    var tokens = sentence
    while let last = tokens.last, last.kind == .punctuation { tokens.removeLast() }
    tokens = withoutTag(tokens)
    guard let first = tokens.first else { return nil }
    var statement: [Token]?
    let word = first.lowercased
    if word == "why" {
      statement = reversed(Array(tokens.dropFirst()))
    } else if word == "who", tokens.count > 2,
      rhetoricalMarkers.contains(tokens[1].lowercased)
        || ["cares", "needs"].contains(tokens[1].lowercased)
    {
      // "Who even uses cash?" says that nobody does.
      statement = [first.replacingText(with: "Nobody")] + tokens.dropFirst()
    } else if FunctionWords.questionWords.contains(word) {
      return nil
    } else if FunctionWords.auxiliary(word) != nil {
      statement = reversed(tokens)
    } else if let verb = ClauseParser.finiteVerbIndex(in: tokens), verb > 0 {
      statement = tokens
    }
    guard var statement, let verb = ClauseParser.finiteVerbIndex(in: statement), verb > 0
    else { return nil }
    statement = FrameRemover.removingFrames(from: statement).tokens
    guard let head = statement.first else { return nil }
    statement[0] = head.replacingText(with: CaseStyle.capitalizingFirst(head.text))
    return statement.joinedText + "."
  }

  /// The claim a rhetorical question states, or nil when the question asks: a question that
  /// opens with a negated auxiliary presumes its answer ("Isn't it obvious that crypto is a
  /// scam?" → "it is obvious that crypto is a scam", "Don't you think AI is overhyped?" → "AI
  /// is overhyped", "Isn't crypto just gambling?" → "crypto is just gambling"), and so does a
  /// statement with a tag ("Crypto is a scam, right?", "AI will take our jobs, won't it?").
  /// The sentence is given without its closing punctuation.
  static func rhetoricalClaim(in sentence: [Token]) -> [Token]? {
    let untagged = withoutTag(sentence)
    if untagged.count < sentence.count, let verb = ClauseParser.finiteVerbIndex(in: untagged),
      verb > 0, FunctionWords.auxiliary(untagged[0].lowercased) == nil,
      !FunctionWords.questionWords.contains(untagged[0].lowercased)
    {
      return untagged
    }
    guard let first = sentence.first, FunctionWords.auxiliary(first.lowercased)?.isNegated == true,
      var claim = reversed(sentence)
    else { return nil }
    // "Wouldn't you agree that vinyl sounds better?" → "you would agree that vinyl sounds
    // better" → "vinyl sounds better": what the listener is asked to grant is the claim.
    if let end = listenerFrame.matchEnds(in: claim, from: 0).first, end > 0, end < claim.count,
      let verb = ClauseParser.finiteVerbIndex(in: Array(claim[end...])), verb > 0
    {
      claim = Array(claim[end...])
      claim[0].hasSpaceBefore = false
    }
    guard let verb = ClauseParser.finiteVerbIndex(in: claim), verb > 0 else { return nil }
    return claim
  }

  /// What a rhetorical question asks the listener to grant, once turned into a statement:
  /// "you would agree that", "you can see that".
  private static let listenerFrame = PhrasePattern(
    "you (would|'d|can|could|must)? (really|honestly)? "
      + "(think|agree|say|believe|feel|see|know|realize|realise|admit) (that)?")

  /// Words after "who" that make a question rhetorical: "Who even uses cash?", "Who really
  /// believes that?".
  private static let rhetoricalMarkers: Set<String> = [
    "even", "really", "actually", "honestly", "seriously", "still", "ever",
  ]

  /// The sentence without a tag question at its end: "crypto is a scam, isn't it" → "crypto is
  /// a scam"; also ", right", ", no", ", or not" and ", yes or no".
  private static func withoutTag(_ tokens: [Token]) -> [Token] {
    guard let comma = tokens.lastIndex(where: { $0.text == "," }), comma > 0 else { return tokens }
    let tag = tokens[(comma + 1)...].map(\.lowercased)
    let isTag: Bool
    switch tag.count {
    case 1: isTag = ["right", "no", "yes", "eh", "correct"].contains(tag[0])
    case 2:
      isTag =
        tag == ["or", "not"]
        || FunctionWords.auxiliary(tag[0]) != nil && FunctionWords.subjectPronouns[tag[1]] != nil
    case 3:
      isTag =
        [["yes", "or", "no"], ["true", "or", "false"]].contains(tag)
        || FunctionWords.auxiliary(tag[0]) != nil && tag[1] == "not"
    default: isTag = false
    }
    return isTag ? Array(tokens[..<comma]) : tokens
  }

  /// "is crypto a scam" → "crypto is a scam"; "does AI threaten jobs" → "AI threatens jobs";
  /// "do you think X" → "X". The question critic uses it to read the claim of a yes/no
  /// question.
  static func reversed(_ tokens: [Token]) -> [Token]? {
    guard tokens.count >= 2, let auxiliary = FunctionWords.auxiliary(tokens[0].lowercased) else {
      return nil
    }
    if auxiliary.kind == .do, tokens[1].lowercased == "you", tokens.count > 3,
      ["think", "believe", "feel", "agree", "reckon", "suppose"].contains(tokens[2].lowercased)
    {
      var rest = Array(tokens[3...])
      if rest.first?.lowercased == "that" { rest.removeFirst() }
      return rest.isEmpty ? nil : rest
    }
    let subjectEnd: Int
    var rest: [Token]
    var adverbs: [Token] = []
    switch auxiliary.kind {
    case .be, .have:
      var end = nounPhraseEnd(in: tokens, from: 1)
      if end == tokens.count,
        let boundary = compoundBoundary(
          in: tokens, from: 1, to: end, plural: ["are", "were"].contains(auxiliary.positive))
      {
        // "Is Taiwan part of China": "be" needs a complement, so the subject ends where a
        // second noun phrase could start.
        end = boundary
      }
      subjectEnd = withPostmodifiers(
        in: tokens, subjectEnd: relativeClauseEnd(in: tokens, from: end))
      rest = Array(tokens[subjectEnd...])
    case .do, .modal:
      guard var end = verbPosition(in: tokens) else { return nil }
      rest = Array(tokens[end...])
      // "Can AI ever be creative": the adverbs before the verb follow the auxiliary, not the
      // subject ("AI can ever be creative").
      while end > 2, isAdverbBeforeVerb(tokens[end - 1].lowercased) {
        end -= 1
        adverbs.insert(tokens[end], at: 0)
      }
      subjectEnd = end
    }
    guard subjectEnd > 1 else { return nil }
    var subject = Array(tokens[1..<subjectEnd])
    subject[0] = subject[0].replacingText(with: CaseStyle.lowercasingFirst(of: subject[0]))
    var verb: [Token] = [Token(auxiliary.positive)]
    if auxiliary.kind == .do, let main = rest.first {
      let base =
        Lexicon.verbReadings(of: main.lowercased).first { $0.form == .base }?.base
        ?? main.lowercased
      let tense: LexicalTense =
        auxiliary.positive == "does"
        ? .thirdSingular : auxiliary.positive == "did" ? .past : .plural
      verb = [main.replacingText(with: Clause.inflect(base, tense))]
      rest.removeFirst()
      return Clause.respaced(subject + adverbs + verb + rest)
    }
    return Clause.respaced(subject + verb + adverbs + rest)
  }

  /// Where the subject ends with the prepositional phrases after its noun that come before a
  /// participle: "Is the war | in Ukraine still going" → "the war in Ukraine is still going";
  /// but "Is crypto | in trouble" keeps its complement.
  private static func withPostmodifiers(in tokens: [Token], subjectEnd: Int) -> Int {
    var end = subjectEnd
    while end + 1 < tokens.count, FunctionWords.prepositions.contains(tokens[end].lowercased) {
      let phraseEnd = nounPhraseEnd(in: tokens, from: end + 1)
      guard phraseEnd > end + 1, startsParticiple(tokens, at: phraseEnd) else { break }
      end = phraseEnd
    }
    return end
  }

  /// Whether a participle, after adverbs of the verb group, starts at an index: "still going",
  /// "been stalled", "already decided".
  private static func startsParticiple(_ tokens: [Token], at start: Int) -> Bool {
    var index = start
    while index < tokens.count, FunctionWords.isVerbAdverb(tokens[index].lowercased) {
      index += 1
    }
    guard index < tokens.count, tokens[index].kind == .word else { return false }
    let word = tokens[index].lowercased
    return word == "been" || word == "being"
      || Lexicon.verbReadings(of: word).contains {
        $0.form == .presentParticiple || $0.form == .pastParticiple
      }
  }

  private static func isAdverbBeforeVerb(_ word: String) -> Bool {
    word == "not" || word == "never" || FunctionWords.isVerbAdverb(word)
  }

  /// Where the subject of a do or modal question ends: at the first verb in its base form
  /// after a content word, preferring one that is not followed by another base form
  /// ("Can remote work boost productivity": "boost", not "work").
  private static func verbPosition(in tokens: [Token]) -> Int? {
    if FunctionWords.subjectPronouns[tokens[1].lowercased] != nil, tokens.count > 2 { return 2 }
    var candidates: [Int] = []
    // "Should the companies that pollute the most pay …": the verb of a relative clause is
    // not the question's; nor is a word after an article ("Should the oil companies pay").
    for index in 2..<tokens.count
    where isBaseVerb(tokens[index].lowercased)
      && !(index > 2 && relativePronouns.contains(tokens[index - 1].lowercased))
      && !["the", "a", "an"].contains(tokens[index - 1].lowercased)
    {
      candidates.append(index)
    }
    if candidates.isEmpty {
      // A verb whose noun senses are commoner ("Should the government cap rents") is the verb
      // when nothing else can be, as the clause parser takes it.
      for index in 2..<tokens.count
      where Lexicon.verbReadings(of: tokens[index].lowercased).contains(where: { $0.form == .base })
      {
        candidates.append(index)
      }
    }
    // A verb form after a modifier may be the head of a compound noun when a verb follows
    // it: "Can remote work boost productivity" ("boost", not "work"), "Would a wealth tax work"
    // (the last word can be the verb too). After a plural noun or a pronoun a verb form is the
    // verb: "Should parents limit screen time".
    let preferred = candidates.first { index in
      index + 1 == tokens.count || !isBaseVerb(tokens[index + 1].lowercased)
        || !canModifyNoun(tokens[index - 1])
    }
    return preferred ?? candidates.first
  }

  /// Whether a word can stand before a noun as its modifier: an adjective, a determiner, a
  /// name, or a noun that is not plural ("remote", "the", "wealth", "AI"; not "parents").
  private static func canModifyNoun(_ token: Token) -> Bool {
    let word = token.lowercased
    if FunctionWords.beginsNounPhrase(token) || token.hasFixedCase { return true }
    if FunctionWords.isFunctionWord(word) { return false }
    let classes = Lexicon.classes(of: word)
    if classes.contains(.irregularPlural) { return false }
    if classes.contains(.adjective) || token.isCapitalized { return true }
    return Lexicon.number(ofNoun: word) == .singular
  }

  /// Where a noun phrase that starts at `start` ends: past determiners, adjectives, nouns and
  /// "of" phrases, stopping at an adjective after a noun ("social media | toxic").
  static func nounPhraseEnd(in tokens: [Token], from start: Int) -> Int {
    var index = start
    if index < tokens.count, FunctionWords.subjectPronouns[tokens[index].lowercased] != nil,
      !FunctionWords.determiners.contains(tokens[index].lowercased)
    {
      return index + 1
    }
    // "Is that | a little girl": a demonstrative before an article stands alone.
    if index + 1 < tokens.count,
      ["that", "this", "these", "those"].contains(tokens[index].lowercased),
      ["a", "an", "the"].contains(tokens[index + 1].lowercased)
    {
      return index + 1
    }
    var sawNoun = false
    while index < tokens.count {
      let token = tokens[index]
      let word = token.lowercased
      // "Is that | a bit extreme": a degree before an adjective starts the complement.
      if index > start, isDegreePhrase(tokens, at: index) { break }
      if FunctionWords.beginsNounPhrase(token), !sawNoun {
        index += 1
        continue
      }
      // "Is Ethereum's switch …": after the question's own auxiliary, "'s" after a noun is a
      // possessive, and the noun phrase goes on.
      if word == "of" || word == "'s", sawNoun {
        index += 1
        sawNoun = false
        continue
      }
      // "Is the EU or NATO more important": two subjects joined.
      if word == "or" || word == "and", sawNoun, index + 1 < tokens.count,
        tokens[index + 1].isCapitalized || FunctionWords.beginsNounPhrase(tokens[index + 1])
      {
        index += 1
        sawNoun = false
        continue
      }
      // "Is the new stadium | worth the money": a word that takes a noun phrase as a
      // preposition does starts the complement ("his net worth" stays one noun phrase).
      if sawNoun, prepositionalComplements.contains(word), index + 1 < tokens.count,
        FunctionWords.beginsNounPhrase(tokens[index + 1])
          || ["it", "that", "this"].contains(tokens[index + 1].lowercased)
      {
        break
      }
      // An -ing word after a noun starts the verb ("Is crypto | failing"), unless it is part
      // of a name ("Xi Jinping"); so does "been" ("Has the war | been going on").
      guard token.isWord, !FunctionWords.isFunctionWord(word), !FunctionWords.isVerbAdverb(word),
        !word.hasSuffix("ing") || !sawNoun || token.isCapitalized,
        !["be", "been", "being"].contains(word)
      else { break }
      let classes = Lexicon.classes(of: word)
      let isAdjective = classes.contains(.adjective)
      // A word the lexicon does not list is a noun unless it is a regular form of a verb:
      // "When was the Federal Reserve created": "created" ends the subject.
      let isNoun =
        !classes.isDisjoint(with: [.noun, .irregularPlural]) || Lexicon.singular(of: word) != nil
        || (classes.isEmpty && Lexicon.verbReadings(of: word).isEmpty) || token.isCapitalized
      if sawNoun, isAdjective, !isNounOnlyModifier(tokens[index - 1]) {
        // "social media | toxic"; but a noun that can be an adjective too ends the compound
        // when a complement follows it: "AI regulation | necessary".
        if classes.contains(.noun), startsComplement(tokens, at: index + 1) { return index + 1 }
        break
      }
      if sawNoun, !isNoun { break }
      sawNoun = sawNoun || isNoun
      index += 1
    }
    return index
  }

  /// Words that take a noun phrase after them as a preposition does, and so start the
  /// complement of "be" rather than end its subject: "worth the money", "like the old one".
  private static let prepositionalComplements: Set<String> = ["worth", "like", "unlike"]

  /// The first place in a noun phrase where one noun follows another, after a noun that agrees
  /// with the auxiliary when there is one ("Are crypto influencers | grifters": not after
  /// "crypto"), or nil.
  private static func compoundBoundary(
    in tokens: [Token], from start: Int, to end: Int, plural: Bool
  ) -> Int? {
    let boundaries = nounBoundaries(in: tokens, from: start, to: end)
    return boundaries.first {
      let previous = tokens[$0 - 1]
      let isPlural =
        !previous.isCapitalized && Lexicon.number(ofNoun: previous.lowercased) == .plural
      return isPlural == plural
    } ?? boundaries.first
  }

  /// Every place in a noun phrase where one noun follows another.
  static func nounBoundaries(in tokens: [Token], from start: Int, to end: Int) -> [Int] {
    guard start + 1 < end else { return [] }
    var boundaries: [Int] = []
    for index in (start + 1)..<end {
      let previous = tokens[index - 1].lowercased
      let word = tokens[index].lowercased
      guard !FunctionWords.isFunctionWord(previous), !FunctionWords.isFunctionWord(word),
        tokens[index].isWord, tokens[index - 1].isWord
      else { continue }
      let classes = Lexicon.classes(of: word)
      if classes.contains(.noun) || Lexicon.singular(of: word) != nil { boundaries.append(index) }
    }
    return boundaries
  }

  /// Whether a complement of "be" starts at an index: an adjective, an article or a degree
  /// word ("necessary", "a threat", "too strict").
  private static func startsComplement(_ tokens: [Token], at index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word else { return false }
    let word = tokens[index].lowercased
    if ["a", "an", "the", "too", "so", "very", "more", "less", "not"].contains(word) {
      return true
    }
    return Lexicon.classes(of: word).contains(.adjective)
  }

  /// Whether "a bit", "a little" or "a tad" and an adjective start at an index.
  private static func isDegreePhrase(_ tokens: [Token], at index: Int) -> Bool {
    guard index + 2 < tokens.count, tokens[index].lowercased == "a",
      ["bit", "little", "tad"].contains(tokens[index + 1].lowercased)
    else { return false }
    let next = Lexicon.classes(of: tokens[index + 2].lowercased)
    return next.contains(.adjective)
      && !(index + 3 < tokens.count && tokens[index + 3].isWord
        && Lexicon.classes(of: tokens[index + 3].lowercased).contains(.noun))
  }

  /// Whether a word before an adjective is itself a modifier ("social" in "social media").
  private static func isNounOnlyModifier(_ token: Token) -> Bool {
    Lexicon.classes(of: token.lowercased).contains(.adjective)
  }

  private static func isBaseVerb(_ word: String) -> Bool {
    word == "be" || word == "have"
      || Lexicon.verbReadings(of: word).contains {
        $0.form == .base && !Lexicon.classes(of: $0.base).contains(.rareVerb)
      }
  }
}
