/// The verb group: which forms of a word are finite, when "'s" and a modal are verbs, and where
/// the group of auxiliaries and the verbs they govern ends.
extension ClauseScanner {
  /// The finite readings of a word: base, third person or past. Rare verbs only when allowed.
  func finiteReadings(of word: String, allowingRareVerbs: Bool) -> [VerbReading] {
    Lexicon.verbReadings(of: word).filter { reading in
      guard reading.form.isFinite else { return false }
      if allowingRareVerbs { return true }
      return !Lexicon.classes(of: reading.base).contains(.rareVerb)
    }
  }

  /// Whether "'s" after a word is "is" or "has" rather than a possessive: always after a
  /// pronoun; after a noun when what follows cannot start a noun phrase the possessive would
  /// own ("AI's dangerous", "Crypto's a scam", but "AI's impact"). A word in "-ing" that a
  /// verb of its own follows is the thing owned: "my sister's wedding should be small", "the
  /// dog's barking keeps us up".
  func isVerbClitic(at index: Int) -> Bool {
    guard index > 0 else { return false }
    let stem = tokens[index - 1].lowercased
    if stem == "let" { return false }
    if FunctionWords.subjectPronouns[stem] != nil || FunctionWords.questionWords.contains(stem)
      || stem == "here"
    {
      return true
    }
    guard index + 1 < tokens.count else { return true }
    let next = tokens[index + 1]
    guard next.kind == .word else { return next.kind != .number }
    let word = next.lowercased
    if word.hasSuffix("ing"), Lexicon.classes(of: word).contains(.noun), index + 2 < tokens.count,
      isFiniteVerb(tokens[index + 2].lowercased)
    {
      return false
    }
    if word == "not" || word == "been" || FunctionWords.determiners.contains(word)
      || FunctionWords.prepositions.contains(word) || FunctionWords.isVerbAdverb(word)
      || word.hasSuffix("ing")
    {
      return true
    }
    let classes = Lexicon.classes(of: word)
    if classes.contains(.noun) || Lexicon.singular(of: word) != nil { return false }
    if classes.contains(.adjective) { return true }
    return Lexicon.verbReadings(of: word).contains { $0.form == .pastParticiple }
  }

  /// Whether a word reads as a verb agreeing with a subject before it: an auxiliary, a modal,
  /// or a present in "-s" ("keeps", "costs").
  private func isFiniteVerb(_ word: String) -> Bool {
    FunctionWords.auxiliary(word) != nil
      || Lexicon.verbReadings(of: word).contains { $0.form == .thirdSingular }
  }

  /// Whether a modal is followed, after adverbs and "not", by a verb in its base form.
  func isFollowedByVerb(_ index: Int) -> Bool {
    var next = index + 1
    while next < tokens.count {
      let word = tokens[next].lowercased
      if word == "not" || word == "never" || FunctionWords.isVerbAdverb(word) {
        next += 1
        continue
      }
      if word == "to" { return tokens[index].lowercased == "ought" }
      if word == "rather" || word == "better" || ClauseScanner.floatingQuantifiers.contains(word) {
        next += 1
        continue
      }
      return word == "be" || word == "have"
        || Lexicon.verbReadings(of: word).contains { $0.form == .base }
    }
    return true
  }

  /// Quantifiers of the subject that can float after its auxiliary: "We should all eat less".
  static let floatingQuantifiers: Set<String> = ["all", "both", "each"]

  /// Where a verb group that starts at `index` ends: past its auxiliaries, "not", adverbs, and
  /// the verbs they govern; right after a lexical verb.
  func endOfVerbGroup(at index: Int) -> Int {
    var governs = FunctionWords.auxiliary(tokens[index].lowercased) != nil
    guard governs else { return index + 1 }
    var next = index + 1
    while next < tokens.count {
      let word = tokens[next].lowercased
      if word == "not" || word == "never" || FunctionWords.isVerbAdverb(word) {
        next += 1
      } else if governs, FunctionWords.auxiliary(word) != nil {
        next += 1
      } else if governs,
        word == "be" || word == "been" || word == "being"
          || !Lexicon.verbReadings(of: word).isEmpty
      {
        governs = ["be", "been", "being"].contains(word)
        next += 1
      } else {
        break
      }
    }
    return next
  }
}
