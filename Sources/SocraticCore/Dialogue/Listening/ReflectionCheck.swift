/// The grammar gate every reflection passes before it is shown: what is given back must read
/// as a sentence of the person's, never as a garble of theirs.
///
/// A clause given back needs a subject and a finite verb (a fragment, a command or a lone "you
/// are" is no view), may not stop on a word that waits for more ("… and", "… the", "… is"),
/// and may not mix the person's first person with words they said to the listener: "I just
/// told you" given back would read "you just told you". A whole reflection may not hold an
/// empty slot ("… that , but …"). When the gate fails, the writer falls back to a shorter part
/// of the same words, and the dialogue to its next question.
enum ReflectionCheck {
  /// Whether a clause of the person's, in their words as typed, may be turned to the second
  /// person: it says nothing to the listener in their own first person ("I told you", "you
  /// keep asking me").
  static func mayTurn(_ tokens: [Token]) -> Bool {
    let words = Set(tokens.map(\.lowercased))
    return words.isDisjoint(with: firstPerson)
      || words.isDisjoint(with: FunctionWords.secondPersonWords)
  }

  /// Whether a clause, as it will be given back, reads as a sentence: a subject, a finite verb
  /// with something after it when it is only "be", "have" or a modal, and no word left
  /// waiting at the end.
  static func reads(_ tokens: [Token]) -> Bool {
    guard !endsDangling(tokens), let clause = ClauseParser.parse(tokens),
      clause.subject.contains(where: \.isWord),
      // "unfair, nobody read it": a word before a comma is no part of a subject.
      !clause.subject.contains(where: { $0.kind == .punctuation && $0.text == "," }),
      // "about your sister rolling her eyes …", "or doesn't care": a subject cannot open on a
      // preposition or a conjunction.
      clause.subject.first.map({ !fragmentOpeners.contains($0.lowercased) }) ?? true,
      isSubject(clause.subject), !stutters(tokens), !hasBareContractedHave(tokens),
      !isParticiple(at: verbIndex(of: clause), in: tokens),
      !runsOn(clause), !saysWithoutSubject(clause),
      // "typical as it gets", "the stress stuff too": a verb that is no main clause's.
      !isComparisonOnly(clause), !disagreesInNumber(clause), !opensOnBareVerb(clause)
    else { return false }
    switch clause.verb {
    case .be, .perfect, .modal:
      // "you're", "she could" wait for what they are or could do.
      return clause.rest.contains(where: \.isWord)
        || clause.afterAuxiliary.contains(where: \.isWord)
        || clause.lexicalVerb != nil || clause.isNegated
    case .lexical(let base, _):
      // "(like) I said": a saying with nothing said is only the frame of a repeat.
      return !sayingVerbs.contains(base) || clause.rest.contains(where: \.isWord)
    }
  }

  /// Words a subject cannot open on.
  static let fragmentOpeners = FunctionWords.prepositions.union(FunctionWords.coordinators)

  /// Whether the words before the verb can be a subject: not a negation or a relative word
  /// ("not hang out with him", "which... that's the line"), no marks inside, no object pronoun
  /// but after a preposition ("makes me more black and white"; "some of them" is one), and not opening on a verb form that is no noun
  /// ("makes …", "typing it out"): those are fragments with the subject left off.
  static func isSubject(_ subject: [Token]) -> Bool {
    guard let first = subject.first(where: \.isWord)?.lowercased else { return false }
    // "not every landlord …" is a subject; "not hang out with him" is none.
    let quantified = subject.dropFirst().first.map { quantifiers.contains($0.lowercased) } ?? false
    if subjectlessOpeners.contains(first), !(first == "not" && quantified) { return false }
    if subject.contains(where: { breaks.contains($0.text) }) { return false }
    if opensEmbeddedClause(subject) || opensOnBareCountNoun(subject)
      || opensOnVerbAndObject(subject)
    {
      return false
    }
    // "three people off sick and": a subject never ends on a word that joins.
    if let last = subject.last(where: \.isWord)?.lowercased,
      FunctionWords.coordinators.contains(last)
    {
      return false
    }
    // "full disclosure my parents": a possessive right after a noun opens a second phrase
    // glued on ("seeing my bills", "all of my friends" read).
    if subject.indices.dropFirst().contains(where: { index in
      FunctionWords.possessives.contains(subject[index].lowercased)
        && !FunctionWords.isFunctionWord(subject[index - 1].lowercased)
        && !["half", "all", "both"].contains(subject[index - 1].lowercased)
        && Lexicon.classes(of: subject[index - 1].lowercased).contains(.noun)
        && Lexicon.verbReadings(of: subject[index - 1].lowercased).isEmpty
    }) {
      return false
    }
    // "bout 2019 when they went up", "stayed around here when his buddies left": the verb
    // found is the subordinate clause's, and the words before it are no subject. Words that
    // read as a subject and a verb of their own ("wages fell for years wherever …", where the
    // parser took "fell" for a noun) are a main clause.
    if let at = subject.dropFirst().firstIndex(where: {
      subordinateOpeners.contains($0.lowercased)
    }), !subject[..<at].contains(where: { isPersonalSubject($0.lowercased) }),
      !hasOwnVerb(subject[..<at])
    {
      return false
    }
    // "some of them" is a subject; "makes me more …" is none.
    let objectAt = subject.indices.first {
      FunctionWords.objectPronouns.contains(subject[$0].lowercased)
    }
    if let objectAt,
      objectAt == subject.startIndex
        || !FunctionWords.prepositions.contains(subject[objectAt - 1].lowercased)
    {
      return false
    }
    let isVerbOnly =
      Lexicon.isVerb(first) && !FunctionWords.isFunctionWord(first)
      && Lexicon.classes(of: first).isDisjoint(with: [.noun, .adjective])
      && Lexicon.singular(of: first) == nil
    return !isVerbOnly
  }

  /// Whether the words before the verb open a clause of their own whose verb it is, leaving
  /// none for a main clause: an -ing form whose object clause has its own subject ("knowing
  /// there", "thinking they").
  /// "Working from home" is a subject: no subject of its own follows the -ing form.
  static func opensEmbeddedClause(_ subject: [Token]) -> Bool {
    let words = subject.filter(\.isWord).map(\.lowercased)
    guard words.count > 1, let first = words.first, let last = words.last,
      isPersonalSubject(last) || last == "there"
    else { return false }
    return Lexicon.verbReadings(of: first).contains { $0.form == .presentParticiple }
  }

  /// Whether the words before the verb open on a past verb and its object, the subject left
  /// off: "spent two hours on hold", "lost my job". "Used cars" is a subject: no determiner
  /// or number follows the past form.
  static func opensOnVerbAndObject(_ subject: [Token]) -> Bool {
    let words = subject.filter { $0.kind != .punctuation }
    guard words.count > 1, words[0].isWord, !FunctionWords.isFunctionWord(words[0].lowercased),
      Lexicon.verbReadings(of: words[0].lowercased).contains(where: { $0.form == .past })
    else { return false }
    return FunctionWords.beginsNounPhrase(words[1]) || numberWords.contains(words[1].lowercased)
  }

  /// Numbers typed as words, which open a noun phrase as a determiner does.
  static let numberWords: Set<String> = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty",
    "hundred",
  ]

  /// Whether the subject opens on a common singular noun that counts, with no determiner
  /// before it and more words after it: "ferry one burned", "tax law module is". A noun
  /// that does not count ("money talks"), a plural ("cars rust"), a name and a single word
  /// alone ("school is a waste") stand without one.
  static func opensOnBareCountNoun(_ subject: [Token]) -> Bool {
    let words = subject.filter(\.isWord)
    guard words.count > 1, let first = words.first, !first.hasFixedCase else { return false }
    let word = first.lowercased
    let classes = Lexicon.classes(of: word)
    // "seeing my bills": an -ing form before a determiner takes it as its object.
    guard classes.contains(.noun), !classes.contains(.uncountable),
      !Lexicon.verbReadings(of: word).contains(where: { $0.form == .presentParticiple }),
      !FunctionWords.beginsNounPhrase(words[1]),
      !classes.contains(.properSense), !FunctionWords.isFunctionWord(word),
      Lexicon.number(ofNoun: word) == .singular, Lexicon.singular(of: word) == nil
    else { return false }
    // "climate change is", "tax law": a noun before another is its modifier, and the compound
    // as a whole may be a mass noun; only a bare noun followed by a word that is no noun
    // ("ferry one", "car which") lacks its determiner for sure.
    let second = words[1].lowercased
    let isNoun = Lexicon.classes(of: second).contains(.noun) || Lexicon.singular(of: second) != nil
    return !isNoun || second == "one"
  }

  /// Whether a clause opens on a part with no verb before its first comma that sets no scene
  /// either: "pretty far, there were journalists", "there, I worked in a plant". "At work,
  /// nobody …" and "if it rains, …" set a scene and read.
  static func opensOnFragment(_ tokens: [Token]) -> Bool {
    guard let comma = tokens.firstIndex(where: { $0.text == "," }), comma > 0,
      let first = tokens.first?.lowercased
    else { return false }
    return AnswerMoveReader.finiteVerbIndex(in: Array(tokens[..<comma])) == nil
      && !FunctionWords.prepositions.contains(first)
      && !FunctionWords.subordinators.contains(first) && !sceneOpeners.contains(first)
  }

  /// Whether words before a subordinate clause hold a noun and a past-tense verb after it,
  /// a main clause of their own: "wages fell for years" does, "bout last spring" does not.
  static func hasOwnVerb(_ words: ArraySlice<Token>) -> Bool {
    zip(words, words.dropFirst()).contains { noun, verb in
      Lexicon.classes(of: noun.lowercased).contains(.noun)
        && Lexicon.verbReadings(of: verb.lowercased).contains { $0.form == .past }
    }
  }

  /// Whether a word is a personal pronoun that can be a subject, "I" among them.
  static func isPersonalSubject(_ word: String) -> Bool {
    word == "i" || FunctionWords.subjectPronouns[word] != nil
  }

  /// Words that open a subordinate clause inside what would be a subject.
  static let subordinateOpeners = FunctionWords.subordinators.subtracting(["where", "so", "as"])

  /// Where a clause's finite verb stands in its tokens.
  private static func verbIndex(of clause: Clause) -> Int {
    clause.lead.count + clause.subject.count + clause.beforeVerb.count
  }

  /// Whether the verb found follows a gerund of an auxiliary, which makes it a participle of a
  /// noun phrase, not a finite verb: "the being put on the spot", "having said no".
  static func isParticiple(at index: Int, in tokens: [Token]) -> Bool {
    index > 0 && index <= tokens.count && gerundAuxiliaries.contains(tokens[index - 1].lowercased)
  }

  /// Gerunds of the auxiliaries.
  static let gerundAuxiliaries: Set<String> = ["being", "having", "getting"]

  /// Whether a second clause is glued onto the first with nothing to join it: "there's no
  /// numbers yet that's your point", "the rota is short, we're down 3 nurses". A subject
  /// pronoun and its verb may follow a joining word, a verb or adjective that takes a clause
  /// ("think they're", "sure it was") or a noun it relates to ("the way they talk").
  static func runsOn(_ clause: Clause) -> Bool {
    let rest = clause.rest
    return rest.indices.dropFirst().dropLast().contains { index in
      let word = rest[index].lowercased
      let next = rest[index + 1].lowercased
      guard isPersonalSubject(word) || word == "there" || word == "that",
        FunctionWords.auxiliary(next) != nil, word != "that" || next == "'s"
      else { return false }
      // "…, or maybe it was 30", "think strictly it's not": the hedges and adverbs before a
      // subject are skipped to what joins it.
      guard
        let at = rest[..<index].lastIndex(where: {
          !ReflectionWriter.doubtHedges.contains($0.lowercased) && !isAdverbOnly($0)
        })
      else { return false }
      let before = rest[at].lowercased
      if before == "," { return true }
      guard rest[at].isWord, !FunctionWords.isFunctionWord(before),
        !clauseTakers.contains(before)
      else { return false }
      let classes = Lexicon.classes(of: before)
      guard !classes.contains(.noun), Lexicon.singular(of: before) == nil else {
        return !reportsClause(clause, before: index)
          && gluesSecondClause(rest, at: index, after: before)
      }
      return Lexicon.verbReadings(of: before).isEmpty
    }
  }

  /// Adjectives that take a clause after them: "sure it was", "glad they did".
  static let clauseTakers: Set<String> = [
    "sure", "glad", "afraid", "aware", "worried", "convinced", "certain", "happy", "sad",
    "proud", "upset", "mad", "angry", "surprised", "shocked", "scared", "thankful", "lucky",
  ]

  /// Words that open a part setting the scene without a preposition: "last year, …".
  static let sceneOpeners: Set<String> = ["last", "this", "once", "back", "growing", "as"]

  /// Words after "not" that open a subject: "not every landlord", "not all of them".
  static let quantifiers: Set<String> = [
    "every", "all", "many", "much", "most", "everyone", "everybody", "everything", "a", "one",
  ]

  /// Marks that break a subject off: "which... that's the line".
  static let breaks: Set<String> = [
    ",", ";", ":", "...", "\u{2026}", "\u{2014}", "-", "!", "?", ".",
  ]

  /// Words that open a fragment, never a subject.
  static let subjectlessOpeners: Set<String> = [
    "not", "never", "which", "like", "kinda", "sorta", "idk", "dunno",
  ]

  /// Whether a word comes twice in a row ("I don't KNOW know"): said for emphasis, it reads as
  /// a slip when given back.
  static func stutters(_ tokens: [Token]) -> Bool {
    zip(tokens, tokens.dropFirst()).contains { $0.isWord && $0.lowercased == $1.lowercased }
  }

  /// Verbs that only frame what was said, when nothing follows them.
  static let sayingVerbs: Set<String> = ["say", "tell", "mention", "explain", "answer"]

  /// Whether a whole reflection is free of empty slots: no space before a comma or full stop,
  /// no two marks in a row, no turn with nothing after it.
  static func isWhole(_ text: String) -> Bool {
    for hole in holes where text.includes(hole) { return false }
    return !text.isEmpty
  }

  private static let holes = [" ,", " .", ",,", ",.", ", .", ": .", ":.", "  ", ", but."]

  private static let firstPerson = FunctionWords.speakerWords

  /// Whether a clause ends on a word left waiting (`danglingEnds`); the particle of a phrasal
  /// verb that takes no object (`closingPhrasalVerbs`: "more than you let on", "so you gave
  /// in") waits for nothing, though "the kids rely on" still does.
  static func endsDangling(_ tokens: [Token]) -> Bool {
    let words = tokens.filter { $0.kind != .punctuation }.map(\.lowercased)
    guard let last = words.last else { return true }
    guard danglingEnds.contains(last) else { return false }
    guard words.count >= 2, let bases = closingPhrasalVerbs[last] else { return true }
    return !Lexicon.verbReadings(of: words[words.count - 2]).contains { bases.contains($0.base) }
  }

  /// Phrasal verbs that may close a clause, by their particle: "let on", "give in".
  static let closingPhrasalVerbs: [String: Set<String>] = [
    "on": ["let", "move", "carry", "go", "hold", "catch", "hang", "press", "soldier"],
    "in": ["give", "sink", "kick", "fit", "settle", "cave", "join", "chip", "butt"],
    "by": ["stand", "get", "drop", "swing", "pop"],
  ]

  /// Words a clause cannot end on and still read as a sentence.
  static let danglingEnds: Set<String> = [
    "and", "or", "but", "nor", "the", "a", "an", "of", "to", "in", "on", "with", "for",
    "because", "my", "your", "our", "their", "its", "is", "are", "was", "if", "so", "like",
    "than", "as", "at", "from", "by", "into", "who", "which", "whose", "very", "really",
    "every", "although", "whether", "'s", "'re", "'m",
  ]
}
