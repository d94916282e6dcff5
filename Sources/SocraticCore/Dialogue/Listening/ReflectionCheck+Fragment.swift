/// Fragments that look like clauses to the parser: a verb that belongs to a comparison inside
/// a phrase ("typical as it gets", "wages like the big firms did"), or a noun read as a verb
/// whose subject it does not agree with ("the stress stuff too"). Given back, they read as a
/// non-sentence after "So" or "You're saying". A verb whose subject was left off ("lives in
/// his nan's spare room") reads, after "In your experience,", as no sentence at all.
extension ReflectionCheck {
  /// Words that open a comparison inside a phrase: "as it gets", "than we earn".
  static let comparisonWords: Set<String> = ["as", "than", "like"]

  /// Pronouns only a subject takes: after "like" one opens a clause of its own ("like they
  /// did"), where an object ("people like me") is part of the phrase.
  static let nominativePronouns: Set<String> = ["i", "he", "she", "we", "they"]

  /// Forms of "do" that stand in for a verb said before: "like the mines did".
  static let proVerbs: Set<String> = ["do", "does", "did"]

  /// Whether the clause's finite verb is a comparison's inside the phrase before it, and the
  /// words hold no main clause: "typical as it gets round here", "more than they earn",
  /// "wages like the factory did". "People like me get it" is a clause.
  static func isComparisonOnly(_ clause: Clause) -> Bool {
    let words = clause.subject.filter(\.isWord).map(\.lowercased)
    guard
      let at = words.indices.dropFirst().last(where: { comparisonWords.contains(words[$0]) }),
      at + 1 < words.count
    else { return false }
    let next = words[at + 1]
    if nominativePronouns.contains(next) || (next == "it" && words[at] != "like") {
      return true
    }
    let verb = (clause.auxiliary ?? clause.lexicalVerb)?.lowercased ?? ""
    return proVerbs.contains(verb) && FunctionWords.determiners.contains(next)
  }

  /// Words that open a noun phrase whose number its head noun gives.
  static let agreeingDeterminers: Set<String> = [
    "the", "a", "an", "this", "that", "my", "his", "her", "our", "their", "your",
  ]

  /// Whether a singular noun phrase ("the stress") is followed by a bare present verb that
  /// does not agree with it ("stuff"): the parser took a noun for a verb, and the words are a
  /// noun phrase, no clause.
  static func disagreesInNumber(_ clause: Clause) -> Bool {
    if countsWithoutNoun(clause) { return true }
    let subject = clause.subject.filter(\.isWord).map(\.lowercased)
    guard case .lexical(_, .plural) = clause.verb, clause.auxiliary == nil,
      let first = subject.first, agreeingDeterminers.contains(first),
      (2...4).contains(subject.count), let head = subject.last,
      // "my mum and dad work": two of them agree with a plural verb.
      subject.allSatisfy({ !["and", "or", "&", "plus"].contains($0) }),
      !FunctionWords.isFunctionWord(head), Lexicon.classes(of: head).contains(.noun),
      // "the rich get richer": an adjective standing for people is plural.
      !Lexicon.classes(of: head).contains(.adjective),
      Lexicon.number(ofNoun: head) == .singular,
      // "the team play", "the staff work": nouns of a group take a plural verb.
      !GroupNouns.words.contains(head)
    else { return false }
    return true
  }

  /// Whether a count above one stands where its noun should, so the "verb" the parser found
  /// is the thing counted: a subject only a count, with a verb in "-s" ("11 kids in the house",
  /// "two wheels up on the kerb"), or ending on "a" and a count ("4 lads in a two bed flat").
  static func countsWithoutNoun(_ clause: Clause) -> Bool {
    let subject = clause.subject.filter(\.isWord).map(\.lowercased)
    guard case .lexical(_, let tense) = clause.verb, clause.auxiliary == nil,
      let last = subject.last, isCount(last)
    else { return false }
    let isOnlyCounts = subject.allSatisfy(isCount)
    return (isOnlyCounts && tense == .thirdSingular)
      || ["a", "an"].contains(subject.dropLast().last ?? "")
  }

  /// Whether a word counts more than one thing: "11", "two", "dozens".
  static func isCount(_ word: String) -> Bool {
    (word.allSatisfy(\.isNumber) && word != "1") || countWords.contains(word)
  }

  /// Numbers written as words that count more than one thing.
  static let countWords = Quantifiers.numberWords.subtracting(["half"])

  /// Whether the words open on a verb in "-s" whose subject was left off, and the parser took
  /// "like", a last noun or an adjective for the verb: "still feels like giving up", "lives in
  /// his nans spare room". A plural noun that is also such a verb stays a subject when a verb of its
  /// own follows ("kids in my class like sweets", "trains in the north are late").
  static func opensOnBareVerb(_ clause: Clause) -> Bool {
    guard case .lexical(_, .plural) = clause.verb, clause.auxiliary == nil,
      let verb = clause.lexicalVerb?.lowercased
    else { return false }
    let words = Array(
      clause.subject.filter(\.isWord).drop {
        ReflectionWriter.stanceAdverbs.contains($0.lowercased)
      })
    guard let first = words.first, !first.hasFixedCase else { return false }
    if words.count == 1 { return verb == "like" && itSeemingVerbs.contains(first.lowercased) }
    // "… his nans spare room": a last noun, or a word that only describes, read as the verb.
    // "kids in my class like sweets": "like" there is their verb.
    let isMisread =
      !FunctionWords.prepositions.contains(verb)
      && (!clause.rest.contains(where: \.isWord) || Lexicon.classes(of: verb).contains(.adjective))
    return isMisread && FunctionWords.prepositions.contains(words[1].lowercased)
      && Lexicon.verbReadings(of: first.lowercased).contains { $0.form == .thirdSingular }
  }

  /// Verbs of how a thing seems, said with "like" and their "it" left off: "feels like
  /// losing".
  static let itSeemingVerbs: Set<String> = ["feels", "seems", "looks", "sounds"]
}
