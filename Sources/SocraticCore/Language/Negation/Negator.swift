/// Negates a clause: the contradiction, what is true exactly when the clause is false, not the
/// contrary.
///
/// The first rule that applies decides:
/// 1. A negated verb loses its negation: "isn't" → "is", "can't" → "can", "doesn't need" →
///   "needs", "never" → "sometimes" (dropped after a modal, "have" or "going to": "will never"
///   → "will"), "no longer" → "still", "rarely" → "often"; words that only go with a negation
///   turn positive: "any" → "some", "yet" → "already", "anymore" → "still".
/// 2. A subject with a quantifier turns around: "all", "every", "everyone", "only", "many" →
///   "not all" …; "any" → "not every" ("not all" before a plural), "anyone" → "not everyone";
///   "at least some" → "no" ("none of"); "no", "nobody", "nothing", "none" → "some", "somebody",
///   "something", "some"; "some", "someone" → "no", "no one"; "few" → "many"; "not all" →
///   "all"; "more people than ever" → "not more people than ever".
/// 3. A negative word after the verb turns positive: "has no value" → "has a value" ("some"
///   before a plural or a mass noun: "no evidence" → "some evidence"), "nothing" → "something",
///   "no better" → "better"; not when "still" scopes over it ("still going nowhere").
/// 4. Otherwise the verb is negated: an auxiliary or modal takes "not" ("is not", "will not");
///   a lexical verb takes "do", "does" or "did" and its base form ("hurts" → "does not hurt",
///   "went" → "did not go"), with adverbs of frequency after the "not" ("do not always lie") and
///   adverbs of certainty before it ("probably does not help"); "still" → "no longer",
///   "already" → "yet", "some" → "any"; a closing contrast ", not Y" reads "rather than Y".
///
/// Two predicates joined by "and" are each denied and joined by "or": "Zoos are cruel and should
/// all close" → "zoos are not cruel or should not all close"; so are two clauses: "meals are a
/// rip off and everyone should cook" → "meals are not a rip off or not everyone should cook". An "unless" condition is denied
/// as what it excludes: "X will Y unless Z" → "X will not Y even if not Z"
/// (`contradictionOfUnless`). A preference between two courses turns the other way: "we should
/// buy rather than rent" → "we should rent rather than buy" (`contradictionOfPreference`).
///
/// Negation stays in the verb's own clause: never in a relative or subordinate clause, nor in
/// a "than …" comparison (`ClauseParser` never takes their verbs for the clause's).
public enum Negator {
  /// The contradiction of a clause, as a clause: of two predicates joined by "and", each
  /// denied, joined by "or" (`contradictionOfCoordination`).
  public static func contradiction(of clause: Clause) -> Clause {
    if let denied = contradictionOfUnless(clause) { return denied }
    if let other = contradictionOfPreference(clause) { return other }
    if let (first, second) = coordinatedPredicate(in: clause),
      let denied = contradictionOfCoordination(first, second)
    {
      return denied
    }
    if let (first, second) = coordinatedClauses(in: clause) {
      return contradictionOfClauses(first, second)
    }
    return singleContradiction(of: clause)
  }

  /// The contradiction of a clause with one predicate.
  static func singleContradiction(of clause: Clause) -> Clause {
    var result = clause
    if removeVerbNegation(&result) { return result }
    if turnSubjectQuantifier(&result) { return result }
    if turnNegativeWord(in: &result) { return result }
    addVerbNegation(&result)
    return result
  }

  /// The contradiction of a sentence, or nil when it has no finite verb.
  public static func contradiction(of text: String) -> String? {
    ClauseParser.parse(text).map { contradiction(of: $0).declarative.joinedText }
  }

  /// Words of a negation pair in place of a token, the first keeping its spacing.
  static func replacing(_ token: Token, with words: [String]) -> [Token] {
    words.enumerated().map {
      $0.offset == 0 ? token.replacingText(with: $0.element) : Token($0.element)
    }
  }

  // MARK: - Scope

  /// Where the verb's own clause ends in its rest: at a comma, a relative pronoun or a
  /// subordinate clause ("Crypto is a scam that nobody can stop": "nobody" is not turned).
  static func clauseBoundary(in rest: [Token]) -> Int {
    rest.indices.first { index in
      let token = rest[index]
      let word = token.lowercased
      return token.text == "," || token.text == ";"
        || (FunctionWords.relativePronouns.contains(word) && word != "that")
        || (word == "that" && token != rest.first)
        || (FunctionWords.subordinators.contains(word) && word != "as")
        || opensReducedRelative(at: index, in: rest)
        || opensBareComplement(at: index, in: rest)
    } ?? rest.count
  }

  /// Whether a word opens a complement clause with no "that": a personal pronoun with an
  /// auxiliary after it, after a word that takes a clause (`ComplementHeads`: "scared you'll
  /// start a course and not finish it"): its "and" and its "not" are its own.
  private static func opensBareComplement(at index: Int, in rest: [Token]) -> Bool {
    guard index > 0, index + 1 < rest.count, rest[index - 1].isWord,
      FunctionWords.personalPronouns.contains(rest[index].lowercased),
      ComplementHeads.contains(rest[index - 1].lowercased)
    else { return false }
    return FunctionWords.auxiliary(rest[index + 1].lowercased) != nil
  }

  /// Whether a word opens a relative clause with no pronoun: a subject after a noun, with a
  /// verb after it ("the promises nobody can keep", "the harms AI can cause").
  private static func opensReducedRelative(at index: Int, in rest: [Token]) -> Bool {
    guard index > 0, index + 1 < rest.count, rest[index].isWord,
      reducedRelativeSubjects.contains(rest[index].lowercased)
        || (rest[index].isCapitalized && rest[index].hasFixedCase),
      rest[index - 1].isWord,
      Lexicon.classes(of: rest[index - 1].lowercased).contains(.noun)
        || Lexicon.singular(of: rest[index - 1].lowercased) != nil
    else { return false }
    let next = rest[index + 1].lowercased
    return FunctionWords.auxiliary(next) != nil
  }

  /// The subjects a relative clause with no pronoun opens with.
  private static let reducedRelativeSubjects: Set<String> = [
    "nobody", "nothing", "no-one", "everyone", "everybody", "someone", "somebody", "anyone",
    "i", "you", "he", "she", "we", "they", "people",
  ]

  static func isSentenceEnd(_ tokens: [Token], _ index: Int) -> Bool {
    index >= tokens.count || tokens[index].kind == .punctuation
  }
}
