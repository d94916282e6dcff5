/// How partner mode reads a clause of theirs (a story of theirs, a reference back) and quotes
/// their words back: reflected, plain, with a connective.
extension TheirWords {
  /// Whether a claim reports something that happened to them or to people they know: in the
  /// past, with "you" or "your" after its verb ("they cut your overtime"); or its
  /// subject has "you" or "your" in it (their first person, reflected: "your brother",
  /// "everyone you know") and its verb is in the past or the perfect; or it tells how someone
  /// of theirs is ("your son works from home"). What they or theirs should do ("your sister
  /// should look after dad") is a claim.
  /// Whether a sentence, said before any belief, tells what happened to them: all its clauses
  /// are in the past, one with the speaker or their own group as its subject ("we missed
  /// the launch by a week", "my team lost the contract"). A belief about the past said of
  /// others ("the election was stolen from us") is no story of theirs.
  static func tellsTheirStory(_ sentence: [Token]) -> Bool {
    let parsed = clauses(of: Array(sentence.prefix(storyWordLimit))).compactMap {
      ClauseParser.parse($0)
    }
    // "crypto is a casino and I was one of the idiots": a clause in the present or with a
    // modal states a belief, whatever else is told with it.
    guard parsed.allSatisfy(isPast) else { return false }
    // "we said it would work": what they said or thought is a view, not what happened.
    return parsed.contains { clause in
      guard clause.subject.first.map({ storyTellers.contains($0.lowercased) }) ?? false else {
        return false
      }
      if case .lexical(let base, _) = clause.verb, viewVerbs.contains(base) { return false }
      return true
    }
  }

  /// The clauses of a sentence, split at punctuation and at coordinators ("and", "but"), with
  /// their words only: "my rent goes up next month and it's a scandal" has two.
  static func clauses(of sentence: [Token]) -> [[Token]] {
    var clauses: [[Token]] = [[]]
    for token in sentence {
      if token.kind == .punctuation || FunctionWords.coordinators.contains(token.lowercased) {
        if !(clauses.last?.isEmpty ?? true) { clauses.append([]) }
      } else {
        clauses[clauses.count - 1].append(token)
      }
    }
    return clauses.filter { !$0.isEmpty }
  }

  /// Whether a clause's verb is in the past.
  private static func isPast(_ clause: Clause) -> Bool {
    switch clause.verb {
    case .lexical(_, .past), .be(.past), .perfect(.past): true
    case .lexical, .be, .perfect, .modal: false
    }
  }

  /// Verbs that report a view rather than an event: "we said", "I thought".
  private static let viewVerbs: Set<String> = [
    "say", "think", "believe", "know", "reckon", "feel", "tell", "guess", "suppose",
  ]

  /// The most words of a sentence read for a story of theirs.
  private static let storyWordLimit = 40

  /// Subjects that make a clause the speaker's own story: "I", "we", "my …", "our …".
  static let storyTellers: Set<String> = ["i", "we", "my", "our"]

  static func isExperience(_ clause: Clause) -> Bool {
    let subject = clause.subject.map(\.lowercased)
    let theirs: Set<String> = ["you", "your", "yours", "our"]
    // Said with a time gone by ("last year"), or with a verb that can only be past ("I put 8
    // grand into a coin my coworker swore by").
    let saysWhen = clause.rest.contains { token in
      pastTimeWords.contains(token.lowercased) || isOnlyPast(token.lowercased)
    }
    // "they cut your overtime": what was done to them, told as it happened.
    if clause.rest.contains(where: { theirs.contains($0.lowercased) }) {
      switch clause.verb {
      case .lexical(_, .past), .be(.past), .perfect: return true
      // "they cut your pay last year": a form that may be past, said with a time gone by.
      case .lexical(_, .plural) where saysWhen: return true
      case .lexical, .be, .modal: break
      }
    }
    // "our CEO said …": theirs too, as a coworker or a family member says it.
    guard subject.contains(where: theirs.contains) else { return false }
    switch clause.verb {
    case .lexical(_, .past), .be(.past), .perfect: return true
    // "you put 8 grand into it last spring": a form that may be past, said with a time gone by.
    case .lexical(_, .plural) where saysWhen: return true
    case .lexical, .be: return ["your", "our"].contains(subject.first) && subject.count > 1
    case .modal: return false
    }
  }

  /// Whether a word is a verb form that can only be past: "swore", "went", "lost"; not "put",
  /// which may be present too.
  /// Whether what they said tells of something that happened to them: a time gone by or a
  /// verb that can only be past, said with themselves in it ("my boss yelled at me last
  /// week", "we lost the house"). What happened to someone else ("my cousin dropped out") is
  /// no story of theirs to ask what it was like.
  /// What never happened is no event: "i was going to put an advert up but never did" and
  /// "i've got to tell her by friday" (a "got" of having) tell nothing that took place.
  var tellsTheirOwnEvent: Bool {
    tellsAnEvent && wordTokens.contains { Self.selfWords.contains($0.lowercased) }
  }

  /// Whether what they said tells of something that happened, to anyone: a time gone by or a
  /// verb that can only be past, in none of the frames of `PastFormsOfNoEvent`.
  var tellsAnEvent: Bool {
    let words = wordTokens.map(\.lowercased)
    return words.indices.contains { tellsThePast(at: $0, of: words) }
  }

  /// Whether they tell of something that did not happen or is still to do: a past form in a
  /// frame of `PastFormsOfNoEvent` ("i was going to", "i've got to").
  var tellsANonEvent: Bool {
    let words = wordTokens.map(\.lowercased)
    return words.indices.contains { index in
      (Self.pastTimeWords.contains(words[index]) || Self.isOnlyPast(words[index]))
        && !tellsThePast(at: index, of: words)
    }
  }

  /// Whether the word at an index tells of a time gone by or something that happened: a past
  /// form in none of the frames of `PastFormsOfNoEvent`.
  private func tellsThePast(at index: Int, of words: [String]) -> Bool {
    let word = words[index]
    guard Self.pastTimeWords.contains(word) || Self.isOnlyPast(word) else { return false }
    let before = index > 0 ? words[index - 1] : ""
    let after = index + 1 < words.count ? words[index + 1] : ""
    return !PastFormsOfNoEvent.frames.contains { $0.word == word && $0.matches(before, after) }
  }

  /// The words by which they are in what they tell.
  static let selfWords: Set<String> = ["i", "me", "we", "us", "myself"]

  static func isOnlyPast(_ word: String) -> Bool {
    let readings = Lexicon.verbReadings(of: word)
    return !readings.isEmpty
      && readings.allSatisfy { $0.form == .past || $0.form == .pastParticiple }
  }

  /// Whether a claim points back at what was said before it: "it" or "they" as a word of it, a
  /// person or a thing named before as its subject ("he has a point", "that proves it"), or
  /// "that" as its last word ("everyone knows that").
  static func refersBack(_ clause: Clause) -> Bool {
    (clause.subject + clause.rest).contains { ["it", "they", "them"].contains($0.lowercased) }
      || clause.subject.count == 1
        && ["he", "she", "that", "this", "those", "these"].contains(clause.subject[0].lowercased)
      || clause.rest.last(where: \.isWord).map { ["that", "this"].contains($0.lowercased) }
        ?? false
  }

  /// A reason the answer reader found (its words as typed, without the connective), as a
  /// clause or a thing, first person reflected.
  static func reasonContent(_ reason: String) -> ReasonSplitter.Content? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize("because " + reason))
    guard tokens.allSatisfy(isPlain), let content = ReasonSplitter.content(of: tokens) else {
      return nil
    }
    switch content {
    case .clause(let tokens): return .clause(reflected(tokens))
    case .thing(let tokens): return .thing(reflected(tokens))
    }
  }

  /// Tokens first person reflected, the first word in lowercase unless it is a name, without
  /// punctuation at either end.
  static func reflected(_ tokens: [Token]) -> [Token] {
    BeliefReader.casingFirstWord(FirstPersonReflector.reflect(BeliefReader.trimmed(tokens)))
  }

  /// Whether a token can be quoted back as it is: words, numbers and ordinary punctuation, not
  /// symbols that may be the remains of an escape sequence or a control character.
  static func isPlain(_ token: Token) -> Bool {
    switch token.kind {
    case .word, .number: return true
    case .punctuation: return !["[", "]", "{", "}", "\\"].contains(token.text)
    case .symbol: return ["$", "%", "&", "+", "=", "\u{20AC}", "\u{00A3}"].contains(token.text)
    }
  }

  /// A reason the answer reader found, as a clause with its connective. A thing pointed at
  /// ends at the first comma: "Because of FTX, mostly" points at FTX.
  static func withConnective(_ content: ReasonSplitter.Content) -> String {
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
  static func quoted(_ tokens: [Token]) -> String? {
    var trimmed = BeliefReader.trimmed(tokens)
    // "lol", "haha" at either end laugh; they are not what they mean.
    while let last = trimmed.last, interjections.contains(last.lowercased) {
      trimmed = BeliefReader.trimmed(Array(trimmed.dropLast()))
    }
    while let first = trimmed.first, interjections.contains(first.lowercased) {
      trimmed = BeliefReader.trimmed(Array(trimmed.dropFirst()))
    }
    guard trimmed.contains(where: \.isWord) else { return nil }
    return BeliefReader.casingFirstWord(FirstPersonReflector.reflect(trimmed)).joinedText
  }
}

/// How partner mode takes what it could not read as a claim, and a claim it read.
extension TheirWords {
  /// Reads words without a claim: a reason when they give one; otherwise, when they say
  /// something short ("bitcoin to the moon"), a fragment to quote back. "yeah", "because",
  /// "idk": nothing of theirs to quote back; the stage's questions stand.
  mutating func readAsFragment(_ tokens: [Token], words: [String], givenReason: String?) {
    reason = givenReason
    let saysSomething = words.contains { word in
      !FunctionWords.isFunctionWord(word) && !Self.fillerWords.contains(word)
        && !Self.interjections.contains(word)
    }
    // "what else would it be": a question of theirs is no fragment to quote back.
    if givenReason == nil, signals.isEmpty, saysSomething, words.count <= Self.fragmentWordLimit,
      !QuestionReversal.isQuestion(tokens), !Self.asksSomething(words)
    {
      fragment = Self.quoted(tokens)
    }
  }

  /// Takes a statement as a new claim, with its own reason; a reason that tells of something
  /// that happened to them is an experience.
  mutating func takeClaim(_ analysis: BeliefAnalysis) {
    claim = analysis
    reason = analysis.reason
    guard let stated = analysis.reason,
      case .clause(let tokens) = ReasonSplitter.content(of: Tokenizer.tokenize(stated)),
      let clause = ClauseParser.parse(tokens)
    else { return }
    reportsExperience = Self.isExperience(clause)
  }

  /// Whether words ask something in a question's order without its mark: "what else would it
  /// be", "why would they lie".
  static func asksSomething(_ words: [String]) -> Bool {
    guard let first = words.first, FunctionWords.questionWords.contains(first) else {
      return false
    }
    return words.prefix(4).contains { FunctionWords.auxiliary($0) != nil }
  }
}
