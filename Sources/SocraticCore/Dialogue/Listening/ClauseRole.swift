/// What a sentence of an answer does, read from its grammar (`ClauseParser`): whose it is and
/// what its verb says, never which words it holds. A reflection gives back the part that does
/// the most: what follows, how it is judged or a change of view before a plain statement; a
/// statement before who someone is; someone else's reaction and an aside about the speaker
/// last.
enum ClauseRole: Int, Comparable, Sendable {
  /// Who the speaker is, which is no view of theirs: "I'm not a lawyer", "I'm a nurse not a
  /// doctor".
  case selfAside
  /// What someone else would do or does to the speaker: "my wife would roll her eyes", "he'd
  /// yell at me".
  case othersReaction
  /// Who someone is or what they have or do, which sets up what follows: "my uncle owns a
  /// garage, 3 mechanics", "her son is 9".
  case background
  /// A plain statement: a reason, a view.
  case statement
  /// What follows, how it is judged, or a change of view: "the fees would eat his margin",
  /// "that's unfair to renters", "it's different from what I thought".
  case point
  /// A verdict on what they told: "working all night for nothing doesn't add up", which
  /// outweighs what must be or follows.
  case verdict

  static func < (lhs: ClauseRole, rhs: ClauseRole) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The role of a sentence's main clause; nil when it has no clause (a fragment).
  static func of(_ tokens: [Token]) -> ClauseRole? {
    // "ok fair I'm no lawyer": the hedges before it say nothing of what it does.
    let words = tokens.drop {
      !$0.isWord || ReflectionWriter.hedges.contains($0.lowercased) && $0.lowercased != "i"
    }
    // "being told there's no money doesn't add up": a verdict on what the subject names.
    let spoken = words.filter(\.isWord)
    if spoken.first.map({ FunctionWords.subjectPronouns[$0.lowercased] == nil }) ?? false,
      judgingPhrases.contains(where: { pattern in
        spoken.indices.contains { !pattern.matchEnds(in: spoken, from: $0).isEmpty }
      })
    {
      return .verdict
    }
    // "i do hair", "i do nails so …": a trade said as what one does, a noun with no determiner.
    let lowered = spoken.map(\.lowercased)
    if lowered.starts(with: ["i", "do"]), namesTrade(Array(lowered.dropFirst(2))) {
      return .selfAside
    }
    guard let clause = ClauseParser.parse(Array(words)), !clause.isCommand else { return nil }
    if isOnlyLogistics(Array(words)) { return .background }
    let subject = clause.subject.filter(\.isWord).map(\.lowercased)
    let rest = (clause.afterAuxiliary + clause.rest).filter(\.isWord).map(\.lowercased)
    let isSpeaker = subject == ["i"]
    let isPerson = namesPerson(clause.subject)
    let isHypothetical = {
      if case .modal(let modal) = clause.verb { return hypotheticalModals.contains(modal) }
      return false
    }()
    if isSpeaker, case .be = clause.verb, namesWhoOneIs(rest) { return .selfAside }

    let pronounsSpeaker = rest.contains { speakerObjects.contains($0) }
    let isOtherParty =
      isPerson || thirdPersonPronouns.contains(subject.first ?? "")
      || ["my", "his", "her", "their"].contains(subject.first ?? "")
    if isOtherParty, pronounsSpeaker, !isSpeaker {
      return .othersReaction
    }
    if isPerson, isHypothetical, !saysObligation(rest) { return .othersReaction }
    if case .modal = clause.verb { return .point }
    if saysObligation(rest) || judges(rest, verb: clause.verb) { return .point }
    if isPerson {
      switch clause.verb {
      case .be, .perfect: return .background
      case .lexical(_, let tense) where tense != .imperative: return .background
      default: break
      }
    }
    return .statement
  }

  /// Phrases that give a verdict on what a clause is about, as `TokenPattern`s over its
  /// words: "it doesn't add up", "none of it makes sense", "that's the hard part".
  static let judgingPhrases: [PhrasePattern] = [
    "(does|do|did|does not|do not) (n't|not)? (add up|make sense|sit right|feel right|seem right)",
    "(doesn't|dont|doesnt|didn't|didnt|don't) (add up|make sense|sit right|feel right|seem right)",
    "(makes|made) no sense",
    "('s|is|was) (the|what) (hard|worst|sad|scary) (part|bit|thing)",
    "('s|is|was) what (gets|got|kills|killed|gets to) me",
  ].map(PhrasePattern.init)

  /// Modals that say what would or could happen, not what must.
  private static let hypotheticalModals: Set<String> = ["would", "will", "could", "might", "may"]

  /// Pronouns for someone other than the speaker and the listener.
  private static let thirdPersonPronouns: Set<String> = ["he", "she", "they"]

  /// Pronouns for the speaker after the verb: "at me", "to us".
  private static let speakerObjects: Set<String> = ["me", "us", "myself"]

  /// Whether a subject names a person of the speaker's or by name: "my buddy Dave", "her
  /// cousin", "Priya"; never a pronoun, a thing or a group ("the new hires").
  static func namesPerson(_ subject: [Token]) -> Bool {
    let words = subject.filter(\.isWord)
    guard let first = words.first?.lowercased, words.count <= 4 else { return false }
    if ["my", "his", "her", "their", "our"].contains(first) {
      // "my team", "our prices": a possessive names a person when its noun does not name a
      // thing; a name after it ("my buddy Dave") or a kin word do.
      guard let head = words.last?.lowercased, words.count > 1 else { return false }
      return words.dropFirst().contains { isName($0) }
        || Lexicon.classes(of: head).contains(.noun)
          && Lexicon.number(ofNoun: head) != .plural && !nonPersonNouns(head)
    }
    return words.count == 1 && isName(words[0])
  }

  /// Whether a word is a name: capitalised past a sentence's start, or unknown to the lexicon.
  static func isName(_ token: Token) -> Bool {
    let word = token.lowercased
    guard token.kind == .word, !FunctionWords.isFunctionWord(word) else { return false }
    return !Lexicon.isKnown(word) || Lexicon.classes(of: word).contains(.properSense)
  }

  /// Nouns after "my" that name what the speaker has, not who: those the lexicon knows as
  /// uncountable, or that are mostly verbs or adjectives ("my point", "my view").
  private static func nonPersonNouns(_ word: String) -> Bool {
    Lexicon.classes(of: word).contains(.uncountable) || Lexicon.isVerb(word)
  }

  /// Whether what follows "I am" names who they are: an article or "no" opens a noun.
  private static func namesWhoOneIs(_ rest: [String]) -> Bool {
    let first = rest.first { !["not", "n't", "just", "only", "really"].contains($0) }
    return first.map { ["a", "an", "no"].contains($0) } ?? false
  }

  /// Whether what follows "I do" names a trade: a noun with no determiner before it, alone or
  /// before a word that joins what it leads to ("hair so I hear everything", "nails"). "I do
  /// care" or "I do it" say no trade.
  private static func namesTrade(_ rest: [String]) -> Bool {
    guard let noun = rest.first, !FunctionWords.isFunctionWord(noun),
      let head = Lexicon.singular(of: noun) ?? noun as String?,
      Lexicon.classes(of: head).contains(.noun),
      // "i do care": "do" that stresses a verb.
      head != noun || !Lexicon.isVerb(noun)
    else { return false }
    return rest.count == 1 || ClauseRole.pointJoints.union(clauseJoints).contains(rest[1])
  }

  /// Whether the verb group says what must follow: "have to", "has to", "had to".
  private static func saysObligation(_ rest: [String]) -> Bool {
    rest.count > 1 && ["have", "has", "had", "got"].contains(rest[0]) && rest[1] == "to"
  }

  /// Whether "be" takes an adjective that judges or compares: "that's unfair", "it's too
  /// much", "that's different from …"; a number or a noun is no judgement.
  private static func judges(_ rest: [String], verb: FiniteVerb) -> Bool {
    guard case .be = verb else { return false }
    let words = rest.drop { DegreeWords.inVerbGroup.contains($0) }
    guard let first = words.first, !FunctionWords.isFunctionWord(first) else { return false }
    let classes = Lexicon.classes(of: first)
    return classes.contains(.adjective) && !classes.contains(.relational)
  }
}
