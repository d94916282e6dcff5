// Rewrites of a yes/no question about how someone is or what they are doing, asked as the
// plain open question a friend would ask.
extension QuestionRewriter {
  /// "Is your mum still mad at me?" → "How is your mum feeling about me?": how someone feels,
  /// without the state the asker fears ("mad", "upset") or the "still" of a complaint. Nil
  /// for a subject that is the person, or a state that is no feeling.
  static func feeling(_ clause: Clause) -> [Token]? {
    guard case .be(let tense) = clause.verb, tense == .present, !clause.isNegated,
      let subject = clause.subject.first?.lowercased,
      !["you", "it", "there", "i"].contains(subject)
    else { return nil }
    let rest = clause.rest.drop { stateAdverbs.contains($0.lowercased) }
    guard let state = rest.first?.lowercased, feelingWords.contains(state) else { return nil }
    let after = rest.dropFirst()
    var about: [Token] = []
    if let preposition = after.first?.lowercased, feelingPrepositions.contains(preposition) {
      about = phrase("about") + after.dropFirst().prefix { $0.isWord }
      if about.count == 1 { return nil }
    } else if after.contains(where: \.isWord) {
      return nil  // "mad that we left early": the clause says what, which would be lost.
    }
    let verb = isPlural(clause.subject) ? "are" : "is"
    return phrase("How") + [Token(verb)] + clause.subject + phrase("feeling") + about
  }

  /// "Is grandad settling in ok at the home?" → "How is grandad settling in at the home?": a
  /// check on how someone else is getting on, asked as a friend would, by "how" and without the
  /// "ok" a yes answers. What they are doing ("settling in") and where or since when stay; "ok
  /// with" a thing asks how they get on with it. Nil for the person, "it" or "there", and for a
  /// state that is no check (`CheckInRules.wellbeing`).
  static func gettingOn(_ clause: Clause) -> [Token]? {
    guard case .be(let tense) = clause.verb, !clause.isNegated,
      let subject = clause.subject.first?.lowercased,
      !["you", "it", "there", "i", "that", "this"].contains(subject),
      !clause.afterAuxiliary.contains(where: { verdictAdverbs.contains($0.lowercased) }),
      !namesAnAct(clause.subject)
    else { return nil }
    let rest = clause.rest
    let words = rest.map(\.lowercased)
    // At most a verb of getting on before the state: "settling in", "coping", "doing".
    guard
      let (at, state) = (0...min(2, words.count)).lazy.compactMap({ at in
        CheckInRules.wellbeing.first { words[at...].starts(with: $0) }.map { (at, $0) }
      }).first,
      at == 0 || (words[0].hasSuffix("ing") && rest[..<at].allSatisfy(\.isWord))
    else { return nil }
    var after = Array(rest[(at + state.count)...])
    let plural = isPlural(clause.subject)
    if at == 0, after.first?.lowercased == "with" {
      // "Is the landlord fine with pets?": whether someone agrees to a thing, asked as how
      // they feel about it; a thing is not fine with anything.
      guard isSomeone(clause.subject), after.count > 1 else { return nil }
      let verb = tense == .past ? "did" : (plural ? "do" : "does")
      return phrase("How") + [Token(verb)] + clause.subject + phrase("feel about")
        + after.dropFirst()
    }
    if at == 0, let preposition = after.first?.lowercased,
      let phrasal = gettingOnWith[preposition]
    {
      after = phrase(phrasal) + after.dropFirst()
    }
    let verb = tense == .past ? (plural ? "were" : "was") : (plural ? "are" : "is")
    return phrase("How") + [Token(verb)] + clause.subject + rest[..<at] + after
  }

  /// Whether a subject is an act named by an -ing form the lexicon lacks, a new practice the
  /// asker judges, never asks how it is getting on: "Is hotdesking ok?", "Is sharenting fine?".
  static func namesAnAct(_ subject: [Token]) -> Bool {
    let words = subject.filter(\.isWord).map(\.lowercased)
    return words.count == 1 && words[0].hasSuffix("ing") && !Lexicon.isKnown(words[0])
  }

  /// Adverbs that make "ok" a verdict on whether a thing can be right, not how it is getting
  /// on: "Is fast fashion ever ok?".
  static let verdictAdverbs: Set<String> = ["ever", "always"]

  /// What "ok" with a preposition after it asks, said as how they get on: "ok about the move"
  /// → "feeling about the move", "ok at the new school" → "getting on at the new school".
  private static let gettingOnWith: [String: String] = [
    "about": "feeling about", "at": "getting on at",
  ]

  /// Whether a subject names a person or a pet: someone of their life ("the twins", "your
  /// nan"), a role ("the landlord"), people ("everyone"), a pronoun or a name.
  private static func isSomeone(_ subject: [Token]) -> Bool {
    guard let head = subject.last(where: \.isWord) else { return false }
    let word = head.lowercased
    let singular = Lexicon.singular(of: word) ?? word
    return KinWords.isKin(singular) || SubjectWords.roles.contains(singular)
      || SubjectWords.people.contains(word) || ["he", "she", "they", "we"].contains(word)
      || (head.isCapitalized && subject.count == 1)
  }

  /// "So you feel let down by the council?", "You feel angry about the rent?": a feeling put
  /// on the person is asked about by what it is about, so that they name the feeling
  /// themselves: "How do you feel about the council?". Nil when the feeling is about no thing
  /// named after a preposition.
  static func feelingPutOn(_ clause: Clause) -> [Token]? {
    guard clause.subject.map(\.lowercased) == ["you"], !clause.isNegated else { return nil }
    switch clause.verb {
    case .lexical(let base, _) where base == "feel": break
    case .be(.present): break
    default: return nil
    }
    return feltAbout(clause.rest)
  }

  /// "How do you feel about" what the words after "feel" or "be" say a feeling is about:
  /// "guilty about the dog" → "How do you feel about the dog?"; nil when they name no thing
  /// after a preposition.
  static func feltAbout(_ rest: [Token]) -> [Token]? {
    // The feeling (a feeling word or a participle) comes first, then what it is about, with at
    // most a particle between: "let down by", "left out of"; not "ashamed to be seen with".
    guard let feeling = rest.first?.lowercased, isFeelingWord(feeling),
      let at = rest.firstIndex(where: { feltPrepositions.contains($0.lowercased) }),
      at == 1 || (at == 2 && particles.contains(rest[1].lowercased))
    else { return nil }
    let thing = Array(rest[(at + 1)...].prefix { $0.isWord })
    guard (1...6).contains(thing.count),
      isNounPhrase(thing) || thing.first?.lowercased == "what"
    else { return nil }
    return phrase("How do you feel about") + thing
  }

  /// Whether a word can name a feeling: an adjective or a past participle ("angry", "let",
  /// "cheated"); not an -ing form ("cooking").
  private static func isFeelingWord(_ word: String) -> Bool {
    !word.hasSuffix("ing")
      && (Lexicon.classes(of: word).contains(.adjective)
        || Lexicon.verbReadings(of: word).contains { $0.form == .pastParticiple })
  }

  /// Particles between a participle and its preposition: "let down by", "left out of".
  private static let particles: Set<String> = ["down", "out", "up", "off"]

  /// Prepositions before what a feeling put on the person is about: "let down by the banks",
  /// "angry about the rent", "hurt by what she said".
  private static let feltPrepositions: Set<String> = [
    "about", "by", "at", "with", "over", "of", "towards", "toward",
  ]

  /// Adverbs between "be" and a feeling, left out: "still mad", "really upset".
  private static let stateAdverbs: Set<String> = [
    "still", "really", "so", "very", "too", "that", "even", "properly", "actually",
  ]

  /// Feelings a person can be in about someone or something.
  private static let feelingWords: Set<String> = [
    "mad", "angry", "upset", "annoyed", "cross", "furious", "hurt", "sad", "disappointed",
    "jealous", "offended", "pissed", "happy", "worried", "fed", "sore", "livid", "bitter",
  ]

  /// Prepositions before what a feeling is about: "mad at me", "upset with Dad".
  private static let feelingPrepositions: Set<String> = ["at", "with", "about", "over", "up"]
}
