/// Jabs put as questions: sarcasm that scolds ("Would it kill you to …?", "Is it so hard to
/// …?"), a complaint about the asker's lot ("Why am I the only one who ever …?", "Why is it
/// always me who …?"), a burden the asker disowns ("How is it my fault …?"), and a mocking guess
/// tagged onto a question-word question ("Who told you that, Facebook?", "Where did you read
/// that, TikTok?", "Who's going to walk it, you?"). Each reads as open by its shape and asks
/// nothing.
///
/// Patterns are read at the start of the question proper, or anywhere in it; a new jab is one
/// entry.
enum SarcasmRules {
  /// The jab in a question, with its words as written, or nil. Most jabs open the question;
  /// what it would cost the person is sarcasm anywhere ("What tells you whether it would kill
  /// you to call?").
  static func problem(in reading: QuestionReading) -> QuestionProblem? {
    let core = reading.core
    guard !core.isEmpty else { return nil }
    let words = TokenPatternWords(reading.words, end: core.upperBound)
    if let end = match(Tables.complaints, in: words, at: core.lowerBound, reading) {
      return .complaint(reading.tokens[core.lowerBound..<end].joinedText)
    }
    if let end = match(Tables.sarcasmOrDigs, in: words, at: core.lowerBound, reading) {
      return .sarcasm(reading.tokens[core.lowerBound..<end].joinedText)
    }
    if let plan = mockedPlanWords(in: reading) {
      return .sarcasm(reading.tokens[plan].joinedText)
    }
    for start in core {
      if let end = match(Tables.sarcasmAnywhere, in: words, at: start, reading) {
        return .sarcasm(reading.tokens[start..<end].joinedText)
      }
    }
    return mockingTag(in: reading).map(QuestionProblem.sarcasm)
  }

  /// The question without a mocking tag ("Who told you that?"), or nil when it has none.
  static func withoutMockingTag(_ reading: QuestionReading) -> [Token]? {
    guard mockingTag(in: reading) != nil,
      let comma = reading.core.last(where: { reading.tokens[$0].text == "," })
    else { return nil }
    return Array(reading.tokens[reading.core.lowerBound..<comma])
  }

  /// A who-question that mocks one of the two people talking as its answer, as an open
  /// question about how to settle it: "Who's going to feed it every day, you?" → "How should
  /// we decide who's going to feed it every day?"; nil for any other question, or when "who"
  /// is not the subject ("Who do you think …", "Who did she ask …").
  static func askingHowToDecide(_ reading: QuestionReading) -> [Token]? {
    guard case .questionWord(let index) = reading.opener, index + 1 < reading.core.upperBound,
      let tag = mockingTag(in: reading), speakers.contains(tag.lowercased()),
      let comma = reading.core.last(where: { reading.tokens[$0].text == "," }),
      index + 2 < comma, FunctionWords.subjectPronouns[reading.words[index + 2]] == nil
    else { return nil }
    let asked = reading.tokens[index].replacingText(with: reading.words[index])
    return QuestionRewriter.phrase("How should we decide") + [asked]
      + reading.tokens[(index + 1)..<comma]
  }

  /// What a scolding asks the person to do, as an open question about what would help:
  /// "Would it kill you to take the bins out once?" → "What would make it easier for you to
  /// take the bins out?"; nil when the jab names no act.
  static func askingWhatHelps(_ reading: QuestionReading) -> [Token]? {
    let core = reading.core
    guard !core.isEmpty else { return nil }
    let words = TokenPatternWords(reading.words, end: core.upperBound)
    let end = core.lazy.compactMap { start in
      match(Tables.anySarcasm, in: words, at: start, reading)
    }.first
    guard var start = end else { return nil }
    // The act follows the jab's "to" ("would it kill you to text back"); a jab with no "to"
    // after it ("… like everyone else does") names no act.
    if start < core.upperBound, reading.words[start] == "to" {
      start += 1
    } else if start == 0 || reading.words[start - 1] != "to" {
      return nil
    }
    var stop = core.upperBound
    while let tail = scoldingTails.first(where: {
      stop - $0.count > start && reading.words[(stop - $0.count)..<stop].elementsEqual($0)
    }) {
      stop -= tail.count
    }
    // "to text …" asks an act; "on giving it back" is no verb to put after "to".
    guard start < stop, !Lexicon.verbReadings(of: reading.words[start]).isEmpty,
      !reading.words[start].hasSuffix("ing")
    else {
      return nil
    }
    return QuestionRewriter.phrase("What would make it easier for you to")
      + reading.tokens[start..<stop]
  }

  /// The tables as they are tried, each filed under the words its patterns can start with and
  /// built once: a question tries at a word only the patterns that may match there.
  private enum Tables {
    static let complaints = IndexedPatterns(SarcasmRules.complaints)
    static let sarcasmOrDigs = IndexedPatterns(SarcasmRules.sarcasm + SarcasmRules.digs)
    static let sarcasmAnywhere = IndexedPatterns(SarcasmRules.sarcasmAnywhere)
    static let anySarcasm = IndexedPatterns(SarcasmRules.sarcasm + SarcasmRules.sarcasmAnywhere)
    static let overdueActs = IndexedPatterns(SarcasmRules.overdueActs)
    static let disowned = IndexedPatterns([SarcasmRules.disowned])
  }

  /// Words at the end of a scolding that charge how seldom: "once", "for once", "ever".
  private static let scoldingTails: [[String]] = [
    ["for", "once"], ["once"], ["ever"], ["for", "a", "change"], ["sometimes"], ["again"],
  ]

  /// Where the first of some patterns that matches at a word ends, or nil.
  private static func match(
    _ patterns: IndexedPatterns, in words: TokenPatternWords, at start: Int,
    _ reading: QuestionReading
  ) -> Int? {
    for index in patterns.candidatesInOrder(startingWith: reading.words[start]) {
      let pattern = patterns.patterns[index]
      if let end = pattern.matchEnds(in: words, from: start).max(), end > start { return end }
    }
    return nil
  }

  /// A guess at the answer after the last comma of a question-word question, naming a source
  /// the asker scorns ("…, Facebook?", "…, some guy on YouTube?"), or a mocking name for the
  /// person ("…, genius?"); or, after a who-question, one of the two people talking ("Who's
  /// going to feed it every day, you?"): the asker scorns the very answer they offer.
  private static func mockingTag(in reading: QuestionReading) -> String? {
    guard case .questionWord(let index) = reading.opener,
      let comma = reading.core.last(where: { reading.tokens[$0].text == "," }), comma > index + 1
    else { return nil }
    let tag = reading.words[(comma + 1)..<reading.core.upperBound]
    let asksWho = ["who", "whom"].contains(reading.words[index])
    guard !tag.isEmpty, tag.count <= tagLength,
      tag.contains(where: scornedSources.contains) || tag.first == "some"
        || tag.allSatisfy(mockingAddresses.contains)
        || (asksWho && tag.count == 1 && speakers.contains(tag[tag.startIndex]))
    else { return nil }
    return reading.tokens[(comma + 1)..<reading.core.upperBound].joinedText
  }

  /// Scolding put as a question about what it would cost the person to do as asked.
  private static let sarcasm = [String]([
    "(is|was) it (really)? so (hard|difficult) (for (you|him|her|them))? to",
    "is it really that (hard|difficult) to",
    "how (hard|difficult) (can|could) it (really)? be to",
    "do you want a (medal|prize|cookie|gold star|round of applause)",
    "(did|have) you (forget|forgotten) how to",
    "who (do|did) you think you (are|were)",
    "what are you , (five|six|ten|twelve|a child)",
  ]).map(TokenPattern.init)

  /// Digs at the person put as a question, naming no act to make easier: "Who even taught you
  /// to …?", "Were you raised in a barn?" scorn how they were brought up.
  private static let digs = [String]([
    "who even",
    "who (raised|brought up|taught|trained) you",
    "(were|was) you (raised|born|brought up|dragged up) in a",
  ]).map(TokenPattern.init)

  /// The words of an overdue act put as a date asked, at the start of the question, or nil:
  /// "When exactly were you planning on paying me back?". Read after an answer offered with it
  /// ("…, never?"), which says more of the same jab.
  static func overdue(in reading: QuestionReading) -> String? {
    let core = reading.core
    guard !core.isEmpty else { return nil }
    let words = TokenPatternWords(reading.words, end: core.upperBound)
    return match(Tables.overdueActs, in: words, at: core.lowerBound, reading).map {
      reading.tokens[core.lowerBound..<$0].joinedText
    }
  }

  /// "When exactly are you …", "When were you planning …": the act is late, the date a jab.
  private static let overdueActs = [String]([
    "(when|what time|how soon) exactly (were|was|are|will|is) you",
    "(when|what time) (were|was) you (ever)? (planning|going|thinking|intending|meaning|hoping)",
  ]).map(TokenPattern.init)

  /// "So what, we're just supposed to sit here?": a plan mocked as the only one left. It asks
  /// for nothing to be done, so no rewrite asks what would help.
  private static let mockedPlan = TokenPattern(
    "((so what ,|so|what ,) (we|i|you) (are|'re|am|'m) (just|simply|all)?|(we|i) (are|'re|am|'m)"
      + " (just|simply)) (supposed|meant|expected) to")

  /// Whether a sentence opens with a plan it mocks ("so I'm meant to just smile all night,
  /// yeah"), which jabs with or without a question mark.
  static func opensWithMockedPlan(_ reading: QuestionReading) -> Bool {
    mockedPlanWords(in: reading) != nil
  }

  /// Where a mocked plan stands at the start of the sentence, with or without the "so" before
  /// it, or nil.
  private static func mockedPlanWords(in reading: QuestionReading) -> Range<Int>? {
    let words = TokenPatternWords(reading.words, end: reading.core.upperBound)
    for start in [0, reading.core.lowerBound] where start < reading.core.upperBound {
      if let end = mockedPlan.matchEnds(in: words, from: start).first { return start..<end }
    }
    return nil
  }

  /// Sarcasm in any order and anywhere in a question.
  private static let sarcasmAnywhere = [String]([
    "(would|will) it (kill|hurt) (you|him|her|them|ya)",
    "it (would|'d|will) (kill|hurt) (you|him|her|them|ya) to",
    "who died and made you",
    // "Can we not argue, for once?": a dig at how seldom the person does as asked.
    ", for (once|a change)",
    // "… like a grown-up?", "… like a normal person?", "… like everyone else?": the person
    // measured against someone they fall short of.
    "like (a|an) (responsible|proper|real|mature|functioning)? (adult|grown-up|grownup|grown up)",
    "like (a|an) (normal|sane|reasonable|rational|civilised|civilized|regular) (person|human|"
      + "human being|individual)",
    "like (everyone|everybody|anyone|anybody|the rest of us) (else)?",
  ]).map(TokenPattern.init)

  /// A grievance of the asker's put as a question: only they do it, or it always falls to them.
  private static let complaints = [String]([
    "(why|how come) (am|'m) i (always|the only one|the one|stuck)",
    // "Oh great, so I'm the only one who ever hoovers, am I?": the lot put as a fact to agree to.
    "(great|brilliant|wonderful|perfect|fantastic|lovely|nice)? ,? (so)? i (am|'m) (always)?"
      + " the only one (who|that)",
    "how come i 'm (always|the only one|the one|stuck)",
    "(why|how come) (is|'s) it (always|never)? (me|i) (who|that)",
    "(why|how come) do i (always|ever|never|have to|get to)",
    "(why|how come) does (nobody|no one|noone|nobody else|no one else) (ever|else)",
    "(why|how come) (can't|won't|doesn't) (anyone|anybody|someone|somebody|nobody) (else)? (ever)?",
    "(why|how come) (is|'s) (nobody|no one) (else)? ever",
    // "Is it fair that I pay for everything when you earn more?": whether the asker's lot is
    // just, set against the person who is to blame for it.
    "(is|was) it (really)? (fair|just) (that|for) (i|me|we|us) _{1,12} (you|your)",
    // "Why do you have to bring that up?", "Why must you slam the door?", "Why can't you just
    // listen?": the listener is put under a needless compulsion, or blamed for never doing it.
    "(why|how come) (do|does|did) (you|he|she|they) (always|even|really|still)?"
      + " (have|has|had|got|gotta) to?",
    "how come you (always|even|really|still)? (have|has|had|got|gotta) to",
    "(why|how come) must you",
    "(why|how come) (can't|won't|couldn't|wouldn't|don't) you (just|ever|once|simply)",
  ]).map(TokenPattern.init)

  /// The words of a burden the asker disowns, at the start of the question, or nil: "How is it
  /// my fault that you missed the bus?", "How's that my problem?" ask nothing. Read after the
  /// other rules, which may say more of the same question ("Why is that my fault exactly?").
  static func disowning(in reading: QuestionReading) -> String? {
    let core = reading.core
    guard !core.isEmpty else { return nil }
    let words = TokenPatternWords(reading.words, end: core.upperBound)
    return match(Tables.disowned, in: words, at: core.lowerBound, reading).map {
      reading.tokens[core.lowerBound..<$0].joinedText
    }
  }

  /// "How is it my …", "Why is that our …", with the burden disowned.
  private static let disowned = TokenPattern(
    "(how|why) (is|was|'s) (it|that|this|any of this|any of that) (even|really)? (my|our) "
      + "(" + disownedBurdens.sorted().joined(separator: "|") + ")")

  /// What an asker disowns in "How is it my …?": a fault, a duty, a worry.
  static let disownedBurdens: Set<String> = [
    "fault", "problem", "job", "responsibility", "business", "concern", "duty", "issue",
    "lookout", "headache", "worry", "mess", "doing", "obligation", "place",
  ]

  /// Sources a tag names to scorn the person's: platforms, feeds and hearsay.
  private static let scornedSources: Set<String> = [
    "facebook", "tiktok", "youtube", "twitter", "instagram", "reddit", "whatsapp", "telegram",
    "snapchat", "google", "wikipedia", "chatgpt", "internet", "meme", "memes", "podcast",
    "podcasts", "influencer", "influencers", "fox", "breitbart", "horoscope", "tabloids",
    "tabloid", "rumour", "rumor", "hearsay", "blog", "forum", "ouija", "magic",
  ]

  /// Names that mock the person they address, said as a tag: "…, genius?", "…, smart guy?".
  private static let mockingAddresses: Set<String> = [
    "genius", "einstein", "sherlock", "professor", "smart", "guy", "smartypants", "hotshot",
    "captain", "obvious", "know-it-all", "expert", "big", "shot",
  ]

  /// The two people talking, as the answer a who-question mocks: "…, you?", "…, me?".
  private static let speakers: Set<String> = ["you", "yourself", "me", "myself"]

  /// The most words a mocking tag has: "some guy on YouTube".
  private static let tagLength = 5
}
