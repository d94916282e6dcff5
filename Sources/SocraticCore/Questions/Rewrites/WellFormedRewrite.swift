/// Whether a rewrite reads as a whole English question before it is shown, whichever rule
/// built it: a rewrite that does not is never suggested, and the next rule, or a plainer
/// question, is tried instead.
///
/// A rewrite is refused when:
/// - it ends on a word that needs more after it: an article, a possessive, a conjunction or a
///   preposition that takes an object ("How do you see homework at?");
/// - two prepositions stand together with one object ("when it comes to of money");
/// - a verb stands right before "or" or "and" ("whether your boss drunk was or rude");
/// - it ends on "the" and a word whose noun it left behind ("How do you see the last?"), or
///   puts "being" before an -ing verb ("being giving up");
/// - it asks about a word that names nothing ("How do you see it?", "What do you make of
///   this?", "How do you see a thing?"): the person cannot tell what it is about;
/// - a comma joins a second sentence on ("…, it's not your car"): the jab is carried along;
/// - "How do you see" has a preposition for object ("… see with them on that"), or an object
///   whose act it left behind ("How do you see a goat?" of "keeping a goat in a shed", "a row"
///   of "turn every dinner into a row");
/// - the topic it copied stops short in the question, before a number or a possessive that
///   belongs to it ("homework at age | 7", "the neighbour | 's dog", "a kids | ' party"),
///   before the phrase after a preposition that ends the question ("their dog | to the vet
///   without a lead"), or as a lone -ing word whose object it left behind ("charging" of
///   "charge £5 for a coffee");
/// - it leaves a clause open at its end ("… if you?", "… what?"), opens its object on a filler
///   or link ("How do you see though that …"), pastes a second question in ("… so would you
///   tell …"), or ends on a noun the question ties on by "of" ("a matter | of time");
/// - "How do you see" ends on a bare verb ("the hens next door wake"), a question word and a
///   modal open on a gerund no verb follows ("How would being up for it?"), or a copula stands
///   after a pronoun's adjective ("whether that ok is with you") (`+Verbs`);
/// - the claim after "whether" has no subject and finite verb (`ClauseParser`), or its verb
///   was moved into the middle of a noun phrase: "the venue | is deposit refundable", where
///   "venue deposit" was one noun.
///
/// It is refused too when no one could answer it (`isUnanswerable`, in `+Plainness`), or when
/// it carries a made or misspelt word form or decides what is done (`hasBadForm`, in `+Forms`).
enum WellFormedRewrite {
  /// Whether a rewrite, as tokens without its "?", is well formed.
  /// - Parameters:
  ///   - body: the rewrite.
  ///   - source: the question's tokens, to see whether a copied topic was cut short.
  static func isWellFormed(_ body: [Token], source: [Token]) -> Bool {
    let words = body.filter(\.isWord)
    guard let last = words.last?.lowercased else { return false }
    // "her" is an object as often as a possessive: "What made you vote for her?".
    if danglingWords.contains(last) || (FunctionWords.possessives.contains(last) && last != "her")
      || (FunctionWords.determiners.contains(last) && !pronounDeterminers.contains(last))
    {
      return false
    }
    if namesNothing(words) || isCutShort(words, in: source) || isUnanswerable(words)
      || hasBadForm(words, source: source)
    {
      return false
    }
    if seesWithoutObject(words) || dropsItsAct(words, in: source) || splicesClause(body) {
      return false
    }
    if seesClause(words, in: source) || hasVerblessGerund(words) { return false }
    let lowered = words.map(\.lowercased)
    if hasHeadlessEnd(lowered) || hasDoubledProgressive(lowered) || splitsCopula(lowered) {
      return false
    }
    if leavesClauseOpen(lowered) || opensOnStrayWord(lowered) || pastesQuestion(lowered)
      || misreadsIts(lowered) || cutsBeforeOf(words, in: source)
    {
      return false
    }
    if zip(lowered, lowered.dropFirst()).contains(where: {
      objectPrepositions.contains($0) && objectPrepositions.contains($1)
    }) {
      return false  // "when it comes to of money": two prepositions, one object.
    }
    if zip(lowered, lowered.dropFirst()).contains(where: {
      FunctionWords.auxiliary($0) != nil && FunctionWords.coordinators.contains($1)
    }) {
      return false  // "whether your boss drunk was or rude": a verb put where no verb goes.
    }
    // "about that meeting could have been an email": a "that" first is a determiner, whose
    // noun is the subject of a clause pasted in where a noun phrase goes.
    let object = lowered.firstIndex(of: "about").map {
      lowered[($0 + 1)...].first == "that" ? $0 + 2 : $0 + 1
    }
    if let object, object + 1 < lowered.count,
      let verb = ClauseParser.finiteVerbIndex(in: Array(words[object...])), verb > 0,
      !letsClauseFollow(lowered[object...].prefix(verb)),
      isPlainVerb(lowered[object + verb])
    {
      return false  // "think about the mistakes reassure you": a clause is no object.
    }
    // "whether that true is": a claim may not end on the verb that was moved to its end;
    // "How safe do you think it is" put its complement first, and ends there.
    if let last = lowered.last, FunctionWords.auxiliary(last)?.kind == .be,
      lowered.contains(where: ["whether", "think"].contains), !asksDegreeFirst(lowered)
    {
      return false
    }
    if let whether = body.firstIndex(where: { $0.lowercased == "whether" }) {
      return isWholeClause(Array(body[(whether + 1)...]))
    }
    return true
  }

  /// Whether the rewrite opens on "how" and an adjective, the complement of the clause it
  /// ends on: "How safe do you think nuclear power is".
  private static func asksDegreeFirst(_ lowered: [String]) -> Bool {
    lowered.count > 2 && lowered[0] == "how"
      && Lexicon.classes(of: lowered[1]).contains(.adjective)
  }

  /// Whether the rewrite ends on "the" and a word that stands for a noun it left behind: "How
  /// do you see the last?" of "the last one to leave".
  private static func hasHeadlessEnd(_ lowered: [String]) -> Bool {
    guard lowered.count > 1, let last = lowered.last else { return false }
    return lowered[lowered.count - 2] == "the" && headlessWords.contains(last)
  }

  /// Whether "being" stands before a verb's -ing form: "How do you see being giving up on
  /// it?" of "to be giving up". "being annoying" is an adjective, and reads; a verb tells
  /// itself by an object or a particle after it ("being starting a course").
  private static func hasDoubledProgressive(_ lowered: [String]) -> Bool {
    lowered.indices.dropLast().contains { index in
      let next = lowered[index + 1]
      guard lowered[index] == "being", next.hasSuffix("ing"),
        Lexicon.verbReadings(of: next).contains(where: { $0.form == .presentParticiple })
      else { return false }
      let after = lowered.dropFirst(index + 2).first
      return !Lexicon.classes(of: next).contains(.adjective)
        || after.map { FunctionWords.determiners.contains($0) || verbParticles.contains($0) }
          == true
    }
  }

  /// Particles that close a phrasal verb: "giving up", "sorting out".
  private static let verbParticles: Set<String> = ["up", "out", "off", "on", "in", "over", "down"]

  /// Words that stand for a noun after an adjective: "the new one", "the red ones".
  private static let pronounHeads: Set<String> = ["one", "ones"]

  /// Words that stand for a noun after "the" and read as nothing without it: "the last", "the
  /// first", "the same".
  private static let headlessWords: Set<String> = [
    "first", "last", "next", "same", "one", "other", "best", "worst", "only", "latter", "former",
  ]

  /// Whether the rewrite names nothing: beyond the words every rewrite is made of ("make",
  /// "see", "know") it has only a word that stands for a thing it does not name ("What do you
  /// make of it?", "How do you see a thing?"), or it asks how the person sees a bare pronoun.
  private static func namesNothing(_ words: [Token]) -> Bool {
    let lowered = words.map(\.lowercased)
    if lowered.count == seeing.count + 1, lowered.starts(with: seeing),
      let last = lowered.last,
      FunctionWords.subjectPronouns[last] != nil || FunctionWords.objectPronouns.contains(last)
    {
      return true
    }
    // "What does that mean?" asks about what was just said: only a word that stands for a
    // thing unnamed ("it", "a thing") makes a rewrite name nothing.
    return lowered.contains(where: emptyReferents.contains)
      && !lowered.contains {
        $0.first?.isLetter == true && !FunctionWords.isFunctionWord($0)
          && !emptyReferents.contains($0) && !frameWords.contains($0)
      }
  }

  /// Whether the rewrite's last two words stand together in the question and what follows
  /// them there still belongs to the phrase: a number, a possessive "'s", the noun after a
  /// determiner and adjective ("the new | one"), or a phrase after a
  /// preposition that runs to the end of the question with no verb of its own. A rewrite that
  /// ends on a lone -ing word is cut short when its verb had an object in the question.
  private static func isCutShort(_ words: [Token], in source: [Token]) -> Bool {
    guard words.count > 1 else { return false }
    let last = words[words.count - 1].lowercased
    let before = words[words.count - 2].lowercased
    if last.hasSuffix("ing"), topicOpeners.contains(before),
      let base = QuestionRewriter.baseForm(last),
      let verb = source.firstIndex(where: { QuestionRewriter.baseForm($0.lowercased) == base }),
      verb + 1 < source.count, source[verb].lowercased != last, opensObject(source[verb + 1])
    {
      return true
    }
    for index in source.indices.dropFirst() where index + 1 < source.count {
      guard source[index].lowercased == last, source[index - 1].lowercased == before else {
        continue
      }
      let next = source[index + 1]
      if next.kind == .number || possessiveMarks.contains(next.lowercased) { return true }
      // "the new | one", "the old | car": an adjective whose noun was left behind.
      if objectDeterminers.contains(before), Lexicon.classes(of: last).contains(.adjective),
        isNoun(next.lowercased) || pronounHeads.contains(next.lowercased)
      {
        return true
      }
      // "their dog | at the vet": a noun's own phrase, not a time ("work out | in the end").
      if FunctionWords.prepositions.contains(next.lowercased), next.lowercased != "to",
        isNoun(last) || objectDeterminers.contains(before), index + 2 < source.count,
        endsAsPhrase(Array(source[(index + 2)...]))
      {
        return true
      }
    }
    return false
  }

  /// Whether a word opens the object of a verb: a number ("£5"), a determiner that names
  /// ("the", "my"), or a noun; not a word of time or sweep ("all day", "every week").
  private static func opensObject(_ token: Token) -> Bool {
    if token.kind == .number || token.text.first.map({ "£$€".contains($0) }) == true {
      return true
    }
    guard token.isWord else { return false }
    return objectDeterminers.contains(token.lowercased) || isNoun(token.lowercased)
  }

  /// Whether a word is a noun and nothing a function word or a verb can be.
  private static func isNoun(_ word: String) -> Bool {
    !FunctionWords.isFunctionWord(word) && Lexicon.classes(of: word).contains(.noun)
      && Lexicon.verbReadings(of: word).isEmpty
  }

  /// Determiners that open a named object: "charge the parents", "sell my car".
  private static let objectDeterminers: Set<String> = [
    "the", "a", "an", "my", "your", "his", "her", "their", "our", "this", "these", "those",
  ]

  /// Whether what follows a preposition runs to the end of the question as its phrase: words
  /// with a noun among them ("a school trip", not "once"), none a finite verb or a word that
  /// opens a clause, then only punctuation.
  private static func endsAsPhrase(_ rest: [Token]) -> Bool {
    let words = rest.filter(\.isWord)
    guard words.contains(where: { isNoun($0.lowercased) }),
      rest.drop(while: \.isWord).allSatisfy({ $0.kind == .punctuation })
    else { return false }
    // A word that can name a thing ("trip", "coat") is read as one here, not as a verb.
    return !words.contains {
      let word = $0.lowercased
      return FunctionWords.auxiliary(word) != nil || clauseLinks.contains(word)
        || (!Lexicon.classes(of: word).contains(.noun) && !Lexicon.verbReadings(of: word).isEmpty
          && !word.hasSuffix("ing"))
    }
  }

  /// Whether words are a clause with a subject that reads as a noun phrase and a finite verb,
  /// and a "be" whose complement does not open on a bare noun before an adjective ("is
  /// deposit refundable": the noun belongs to the subject).
  private static func isWholeClause(_ words: [Token]) -> Bool {
    // "whether with them on that": a claim never opens on a preposition.
    if let first = words.first?.lowercased, FunctionWords.prepositions.contains(first) {
      return false
    }
    guard let clause = ClauseParser.parse(words), !clause.subject.isEmpty,
      QuestionRewriter.isNounPhrase(clause.subject)
    else { return false }
    return !splitsNoun(clause)
  }

  /// Whether "be" was put inside a noun phrase when the claim was read off the question: "Is
  /// the venue deposit refundable?" read as "the venue | is deposit refundable". A complement
  /// that opens on a bare noun and goes on without a preposition or determiner has the rest of
  /// the subject in it; no rewrite built on that claim reads as English.
  static func splitsNoun(_ clause: Clause) -> Bool {
    guard case .be = clause.verb else { return false }
    let rest = clause.rest.filter(\.isWord).map(\.lowercased)
    guard rest.count > 1, !FunctionWords.isFunctionWord(rest[0]),
      !FunctionWords.isFunctionWord(rest[1]), !FunctionWords.isVerbAdverb(rest[1])
    else { return false }
    let classes = Lexicon.classes(of: rest[0])
    return classes.contains(.noun) && classes.isDisjoint(with: [.adjective, .adverb])
      && !Lexicon.verbReadings(of: rest[0]).contains {
        $0.form == .presentParticiple || $0.form == .pastParticiple
      }
  }

  private static func sameWord(_ left: Token, _ right: Token) -> Bool {
    left.lowercased == right.lowercased
  }

  /// Marks of a possessive after a noun: "the neighbour's", "the kids' ".
  private static let possessiveMarks: Set<String> = ["'s", "'", "\u{2019}", "\u{2019}s"]

  /// Words that name nothing as a topic: what they stand for is outside the question.
  private static let emptyReferents: Set<String> = [
    "it", "this", "thing", "things", "something", "stuff", "one",
  ]

  /// The words every rewrite's frame is made of, which name no topic.
  private static let frameWords: Set<String> = [
    "make", "see", "know", "think", "feel", "already", "view", "say", "mean", "really",
  ]

  /// Words right before a rewrite's topic: "make of", "feel about", "see".
  private static let topicOpeners: Set<String> = ["of", "about", "see", "with", "on"]

  static let seeing = ["how", "do", "you", "see"]

  /// Whether a word can only be a finite verb: not a noun ("drinks", "tweets"), an -ing or
  /// past participle form, all of which a noun phrase after "about" may hold.
  private static func isPlainVerb(_ word: String) -> Bool {
    let classes = Lexicon.classes(of: word)
    return !classes.contains(.noun) && Lexicon.singular(of: word) == nil
      && !word.hasSuffix("ing")
      && !Lexicon.verbReadings(of: word).contains { $0.form == .pastParticiple }
  }

  /// Whether the words after a preposition, up to a finite verb, let a clause follow it:
  /// "about whether it works", "about the fact that it works".
  private static func letsClauseFollow(_ words: ArraySlice<String>) -> Bool {
    words.contains(where: clauseLinks.contains)
  }

  /// Words that let a clause follow a preposition: "about whether", "about the fact that".
  private static let clauseLinks: Set<String> = [
    "whether", "if", "how", "what", "when", "where", "why", "who", "which", "that",
  ]

  /// Words that cannot end a question: conjunctions, and prepositions that always take an
  /// object (not particles such as "up" or "out", which can: "What keeps you going on?").
  private static let danglingWords: Set<String> = [
    "and", "or", "but", "nor", "whether", "if", "because", "of", "at", "from", "into", "onto",
    "than", "between", "among", "during", "towards", "toward", "via", "per", "despite",
    "the", "a", "an",
  ]

  /// Prepositions that take a noun phrase, never another preposition, after them ("than"
  /// may take an infinitive: "smarter to walk than to drive").
  private static let objectPrepositions: Set<String> = [
    "of", "at", "to", "from", "for", "with", "about", "into", "by",
  ]

  /// Determiners that can end a question, standing alone as pronouns ("that", "all", "both")
  /// or as an answer ("say no").
  private static let pronounDeterminers: Set<String> = [
    "no", "that", "this", "these", "those", "all", "both", "each", "some", "any", "none", "many",
    "much", "more", "less", "enough", "most", "either", "neither", "few", "several", "half",
    "another", "other", "others", "such", "whatever", "whichever",
  ]
}
