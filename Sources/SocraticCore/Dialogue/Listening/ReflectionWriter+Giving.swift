/// Giving the person's words back: turned to the second person, without the hedges that only
/// open or close them, or nil when they would not read as a sentence.
extension ReflectionWriter {
  /// Words of chat that are no part of what is said, wherever they stand.
  static let chatFillers: Set<String> = [
    "lol", "lmao", "lmfao", "haha", "tbh", "ngl", "honestly", "imo", "imho", "smh", "bro", "bruh",
    "btw", "fwiw", "hm", "hmm", "hmmm", "um", "umm", "erm", "uh", "ugh", "urgh", "argh", "meh",
    "pfft", "ffs", "omg", "sigh", "och", "ach",
  ]

  /// Words that hedge a clause and are left out when it is given back, with the ways "because"
  /// is typed (`BecauseForms.words`).
  static let hedges: Set<String> = BecauseForms.words.union([
    "maybe", "perhaps", "probably", "honestly", "basically", "like", "just", "actually",
    "literally", "really", "so", "and", "but", "well", "ok", "okay", "yeah", "yes", "i", "guess",
    "think", "mean", "fair", "true", "alright", "enough", "point", "suppose", "though",
    "lol", "haha", "lmao", "idk", "dunno", "then", "oh", "ah", "aye", "eh",
  ])

  /// Phrases that only close what a person says, left off when it is given back: "…, which is
  /// fair", "… though", "… honestly".
  static let closingHedges: [PhrasePattern] = [
    "though", "honestly", "to be honest", "tbh", "i (guess|think|suppose|spose|reckon|bet)",
    "lol", "haha", "i ('m|am) (pretty|fairly|almost)? sure", "is (what|all)",
    "and (stuff|all|that|things|everything|whatnot)", "or (something|whatever|anything)",
    "(imo|imho|in my opinion|if you ask me|if i ('m|am) honest|if i 'm being honest)",
    "(which|and that) ('s|is) (fair|true)", "(you know|i mean|or something|or whatever)",
    // "my kids are fine, I'll grant you that": the clause before is what they grant. "Fair
    // enough" closes only after a comma: in "the idea is fair enough" it is what they grant.
    "(,)? i ('ll|will|can)? (grant|give) you (that|this)",
    ", (fair enough|(that 's|that is) (true|fair))",
    "(i don't know|idk|dunno|i dunno|i 'm not sure|not sure|maybe)",
    // "i'm 61 for a start": the first of a list is marked, and the mark is no part of it.
    // "it was fine to begin with" sets a time against now, and stays.
    "(for a start|for starters)",
  ].map(PhrasePattern.init)

  /// Their words, given back: in the second person, without hedges at either end; nil when it
  /// would not read as a sentence.
  static func given(_ text: String) -> String? {
    secondPerson(withoutClosingHedges(text), dropping: hedges)
  }

  /// Their words given back as a statement of theirs: never a condition alone ("if it turned
  /// out they cost more").
  static func givenStatement(_ text: String) -> String? {
    given(text).flatMap {
      ReflectionCheck.isSubordinateOnly(Tokenizer.tokenize($0)) ? nil : $0
    }
  }

  /// Their words given back after words of theirs in the same reflection, where a "that" or
  /// "it" opening them points back to those.
  static func givenAfter(_ text: String) -> String? {
    secondPerson(withoutClosingHedges(text), dropping: hedges, opensReflection: false)
  }

  /// A doubt given back with its own hedge: "maybe not for new grads" stays a maybe.
  static func givenDoubt(_ text: String) -> String? {
    secondPerson(withoutClosingHedges(text), dropping: hedges.subtracting(doubtHedges))
  }

  /// The hedges that are the doubt itself.
  static let doubtHedges: Set<String> = ["maybe", "perhaps", "probably"]

  /// Their words given back whole, or as their first clause and what follows it.
  /// - Parameter keepingFrames: whether "I feel", "I think" stay: they say the feeling.
  static func givenClauses(_ text: String, keepingFrames: Bool = false)
    -> (first: String, rest: String?)?
  {
    let give = { (text: String, opensReflection: Bool) in
      secondPerson(
        withoutClosingHedges(text), dropping: hedges, keepingFrames: keepingFrames,
        opensReflection: opensReflection)
    }
    let parts = withoutClosingHedges(text).split(separator: ",", maxSplits: 1).map(String.init)
    if parts.count == 2, let first = give(parts[0], true), let rest = give(parts[1], false) {
      return (first, rest)
    }
    if let whole = give(text, true) { return (whole, nil) }
    return parts.first.flatMap { give($0, true) }.map { ($0, nil) }
  }

  /// A doubt the parser finds no verb in, given back after a colon: "maybe not for new grads".
  /// Only doubts that read as a view reach here (`AnswerMoveReader.readsAsView`).
  static func fragment(_ text: String) -> String? {
    let words = withoutClosingHedges(text).split(separator: " ")
      .drop { hedges.subtracting(doubtHedges).contains($0.lowercased().filter { $0 != "," }) }
    guard (2...10).contains(words.count),
      let phrase = secondPersonPhrase(words.joined(separator: " "))
    else { return nil }
    return phrase
  }

  /// Their words without the hedges that only close them ("… though", "… to be honest").
  static func withoutClosingHedges(_ text: String) -> String {
    var tokens = Shorthand.expanded(Tokenizer.tokenize(text))
    // "they'd hate it though, they …": a hedge closing a clause inside goes too.
    tokens = tokens.indices.filter { index in
      !(["though", "honestly"].contains(tokens[index].lowercased) && index + 1 < tokens.count
        && tokens[index + 1].text == ",")
    }.map { tokens[$0] }
    var changed = true
    while changed {
      changed = false
      // "it's a big risk innit", "it's not just the rent is it": the tag asks nothing of theirs.
      if let tag = TypedForms.tailTagStart(in: tokens) {
        tokens.removeSubrange(tag...)
        changed = true
      }
      while let last = tokens.last, last.kind == .punctuation {
        tokens.removeLast()
        changed = true
      }
      if closesOnAnswer(tokens) {
        tokens.removeLast()
        changed = true
      }
      let untailed = withoutApposition(withoutDialectTail(tokens))
      if untailed.count < tokens.count {
        tokens = untailed
        changed = true
      }
      for start in tokens.indices.suffix(4) {
        if closingHedges.contains(where: {
          $0.mayStart(with: tokens[start].lowercased)
            && $0.matchEnds(in: tokens, from: start).contains(tokens.count)
        }), start > 0 {
          tokens.removeSubrange(start...)
          changed = true
          break
        }
      }
    }
    return tokens.joinedText
  }

  /// A clause of the person's turned to the second person, without leading hedges, or nil when
  /// it would not read well given back: no verb, too long, odd symbols.
  static func secondPerson(
    _ text: String, dropping leading: Set<String>, keepingFrames: Bool = false,
    opensReflection: Bool = true
  ) -> String? {
    let turned = { (keeping: Bool) in
      secondPersonOnce(
        text, dropping: leading, keepingFrames: keeping, opensReflection: opensReflection)
    }
    // "i feel left out when nobody texts back": without its frame the rest is no clause, and
    // the clause is given back with it.
    return turned(keepingFrames) ?? (keepingFrames ? nil : turned(true))
  }

  private static func secondPersonOnce(
    _ text: String, dropping leading: Set<String>, keepingFrames: Bool,
    opensReflection: Bool
  ) -> String? {
    // "ill ask my brother": read as "I'll" from the start, so it opens a clause of theirs.
    var tokens = withCoordinatedSubject(
      FirstPersonReflector.withIllWritten(Shorthand.expanded(Tokenizer.tokenize(text))))
    // Words they put in quotation marks are given back in them, when the marks pair up.
    let quotes = tokens.count { $0.text == "\"" }
    guard tokens.allSatisfy({ isPlain($0) || ($0.text == "\"" && quotes % 2 == 0) }) else {
      return nil
    }
    while let last = tokens.last, last.kind == .punctuation, !ReflectionCheck.isQuoteMark(last) {
      tokens.removeLast()
    }
    tokens = ReflectionCheck.withoutDiscourseMarkers(
      ReflectionCheck.withoutClosingAddress(ReflectionCheck.withoutVocatives(tokens)))
    // "sorry hun i thought …", "mr sensible has spoken": said to the listener, not a clause of
    // theirs; "wow ok …", "honestly love i …": the words before it are no part of it.
    guard !ReflectionCheck.apologises(tokens), !ReflectionCheck.teasesWithTitle(tokens) else {
      return nil
    }
    tokens = ReflectionCheck.withoutPastedOpening(tokens)
    // "I already said it doesn't work", "I'm not saying it was better": a word about the talk
    // itself, never their view given back.
    let spoken = ReflectionCheck.withoutOpeningTalk(
      Array(tokens.drop { !$0.isWord || leading.contains($0.lowercased) && $0.lowercased != "i" }))
    guard !ReflectionCheck.speaksOfTheTalk(spoken) else { return nil }
    // "I don't think it takes generations": a negative frame is what they believe, and
    // stays; without it the reflection would say the opposite.
    // "i still reckon im right": a frame that says they hold on is their point, and stays.
    if !keepingFrames, !namesSelfFeeling(tokens), !holdsOn(tokens) {
      let unframed = FrameRemover.removingFrames(from: tokens)
      if !unframed.isNegated { tokens = unframed.tokens }
    }
    // "all night honestly terrified", "not some bigot ok": chat fillers are not given back.
    tokens.removeAll { chatFillers.contains($0.lowercased) }
    tokens = withoutInnerHedges(tokens)
    // "you know what, it's mad", "I just said, my son": the frame of talk is not given back,
    // nor a tag inside ("…, didn't they, project fear").
    tokens = ReflectionCheck.cutAtInnerTag(ReflectionCheck.withoutOpeningTalk(tokens))
    while let first = tokens.first,
      (first.kind == .punctuation && !ReflectionCheck.isQuoteMark(first))
        || (leading.contains(first.lowercased) && !startsClause(tokens)
          && !opensCoordinatedSubject(tokens)
          // "idk if it can": a doubt over a clause, without which the clause is asserted.
          && !AnswerMoveReader.framesAClause(tokens, at: 0) && !doubtsWhatWillBe(tokens))
    {
      tokens.removeFirst()
    }
    tokens = ReflectionCheck.pointingBack(
      ReflectionCheck.withoutDiscourseMarkers(
        ReflectionCheck.withoutOpeningTalk(ReflectionCheck.withoutVocatives(tokens))))
    // "cant really argue with that": the "I" they left off is given back as "you". A verb
    // whose object is the speaker ("gets me there") left off another subject.
    if let first = tokens.first,
      subjectlessOpeners.contains(first.lowercased) || opensOnStanceVerb(tokens),
      !tokens.contains(where: { speakerObjects.contains($0.lowercased) })
    {
      // "Still think …": the capital of their first word goes, as it is no longer first.
      tokens = BeliefReader.casingFirstWord(tokens)
      tokens.insert(Token("I"), at: 0)
      tokens[1].hasSpaceBefore = true
    } else if leavesOffIt(tokens) {
      // "still feels like giving up": the "it" of a verb of seeming is given back.
      tokens = BeliefReader.casingFirstWord(tokens)
      tokens.insert(Token("it"), at: 0)
      tokens[1].hasSpaceBefore = true
    }
    // "(you're right) that hamas started it": the "that" of a clause conceded goes with it.
    if tokens.count > 2, tokens[0].lowercased == "that", tokens[1].kind == .word,
      !tokens[1].lowercased.hasPrefix("'"), ClauseParser.finiteVerbIndex(in: tokens) != 1
    {
      tokens.removeFirst()
    }
    guard !tokens.isEmpty else { return nil }
    tokens[0].hasSpaceBefore = false
    let words = tokens.count(where: \.isWord)
    guard words >= 2, words <= quoteWordLimit,
      let verb = AnswerMoveReader.finiteVerbIndex(in: tokens),
      !isNounPhrase(tokens, verb: verb), !isDangling(tokens),
      !tokens.contains(where: { $0.hasQuestionMark }), !ReflectionCheck.asks(tokens),
      ReflectionCheck.mayTurn(tokens),
      // "at my company they …": the clause after the scene it sets reads on its own.
      ReflectionCheck.reads(
        ClauseParser.finiteVerbIndex(in: tokens) == nil
          ? Array(tokens[AnswerMoveReader.sceneLength(of: tokens)...]) : tokens)
    else { return nil }
    // "we banned it in the end", "same as us": people at large stay "we", the listener one
    // of them; "we as parents", a "we" the listener is no part of, is not given back.
    let isPeopleAtLarge = ReflectionCheck.isPeopleAtLarge(tokens)
    guard !ReflectionCheck.opensOnFragment(tokens), !ReflectionCheck.tellsListener(tokens),
      !ReflectionCheck.pointsAtListenersWords(tokens), !ReflectionCheck.quotesWithoutMarks(tokens),
      isPeopleAtLarge || !ReflectionCheck.isGeneralWe(tokens),
      FirstPersonReflector.shiftsCleanly(tokens)
    else { return nil }
    let turned = casingFirstWordKeepingNames(
      keepingNames(isPeopleAtLarge ? tokens : keepingUsMany(tokens)) {
        keepingQuoted($0, FirstPersonReflector.reflect)
      })
    // "my mother said it about us": whose "us" that is, is not sure; the clause is not given.
    guard isPeopleAtLarge || !pointsAtUnsureGroup(turned) else { return nil }
    let reflected = agreeingAcrossAnd(
      isPeopleAtLarge ? turned : keepingQuoted(turned, ourToYour))
    guard ReflectionCheck.isWellFormed(reflected, opensReflection: opensReflection) else {
      return nil
    }
    return writtenOut(reflected).joinedText
  }

  /// Whether a clause has no subject and opens, after adverbs, on a verb of the speaker's
  /// stance in its base form ("still think …", "really miss …"): a command in form, their own
  /// view in fact.
  static func opensOnStanceVerb(_ tokens: [Token]) -> Bool {
    guard let at = tokens.firstIndex(where: { !stanceAdverbs.contains($0.lowercased) }),
      stanceVerbs.contains(tokens[at].lowercased), at + 1 < tokens.count
    else { return false }
    // "think the companies", "hope they", "agree with": the verb takes what follows; "trust
    // issues are real" names a thing.
    let next = tokens[at + 1]
    let word = next.lowercased
    return FunctionWords.beginsNounPhrase(next) || FunctionWords.subjectPronouns[word] != nil
      || FunctionWords.objectPronouns.contains(word) || FunctionWords.prepositions.contains(word)
      || ["it", "that", "its"].contains(word)
  }

  /// The speaker as the object of a verb: "gets me there".
  static let speakerObjects: Set<String> = ["me", "myself"]

  /// Adverbs that may come before a stance verb whose subject was left off.
  static let stanceAdverbs: Set<String> = [
    "still", "really", "totally", "truly", "kinda", "sorta", "also", "always", "never", "def",
    "definitely", "honestly", "actually", "genuinely", "do", "don't", "dont", "n't",
  ]

  /// Whether the only "verb" found is a last word that is as well a plural noun: "grocery
  /// prices", "the ads" are things named, not clauses.
  /// A last word after a determiner that is as well a noun is the head of a noun phrase: "the
  /// nursing bit", "the whole parasites thing".
  static func isNounPhrase(_ tokens: [Token], verb: Int) -> Bool {
    guard verb == tokens.count - 1 else { return false }
    let word = tokens[verb].lowercased
    return Lexicon.singular(of: word) != nil
      || FunctionWords.determiners.contains(tokens[0].lowercased)
        && Lexicon.classes(of: word).contains(.noun)
  }

  /// Whether the tokens start with "I" and its verb, which a hedge list must not drop.
  static func startsClause(_ tokens: [Token]) -> Bool {
    guard tokens.count > 1, tokens[0].lowercased == "i" else { return false }
    return !["guess", "think", "mean", "suppose"].contains(tokens[1].lowercased)
  }
}
