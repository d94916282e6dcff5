/// An auxiliary whose subject was left out, as chat leaves it: "Might be easier", "Didn't
/// really listen": a statement, not a question opened by its auxiliary.
extension QuestionReading {
  /// Whether an auxiliary is followed by its verb with no subject between: "Might be easier",
  /// "Could get worse", "Didn't really listen", "Was told". A word that can be a noun may be
  /// the subject ("Would people mind", "Is smoking …") unless, after a modal or "do", no verb
  /// follows it ("Might land you in trouble"), even past a phrase that tells which ones ("do
  /// bans on phones ever work" has its verb after "on phones"; "Would work in theory" has
  /// none).
  static func isElliptical(_ words: [String], auxiliaryAt index: Int) -> Bool {
    guard let auxiliary = FunctionWords.auxiliary(words[index]) else { return false }
    var next = index + 1
    while next < words.count, ellipsisAdverbs.contains(words[next]) { next += 1 }
    guard next < words.count else { return false }
    let word = words[next]
    let takesBase = auxiliary.kind == .modal || auxiliary.kind == .do
    if auxiliary.kind == .modal, word == "be" || word == "have" { return true }
    // After a modal or "do", any form of a verb is read as one: "will gets on" has lost its
    // subject, as "will get on" has.
    let isVerb =
      takesBase
      ? isBaseVerb(word) || !Lexicon.verbReadings(of: word).isEmpty
      : Lexicon.verbReadings(of: word).contains { $0.form == .pastParticiple }
    guard isVerb, FunctionWords.subjectPronouns[word] == nil else { return false }
    // "do sanctions ever work": a plural noun before a verb is the subject, not a verb in -s.
    guard Lexicon.classes(of: word).contains(.noun) || Lexicon.singular(of: word) != nil
    else { return true }
    guard takesBase else { return false }
    var after = next + 1
    while after < words.count, ellipsisAdverbs.contains(words[after]) { after += 1 }
    let following = after < words.count ? words[after] : ""
    return !following.isEmpty && !isBaseVerb(following)
      && FunctionWords.auxiliary(following) == nil
      && !hasVerbAfterModifier(words, from: after)
  }

  /// Whether a phrase that narrows a subject ("on phones", "in big cities") starts at `start`
  /// and a verb in its base form comes after it: the word before the phrase was the subject.
  /// A word that can be a noun or an adjective is the verb only where the phrase has ended,
  /// after an adverb or a plural ("phones ever work", "big families turn out"); "the long run"
  /// is still the phrase.
  private static func hasVerbAfterModifier(_ words: [String], from start: Int) -> Bool {
    guard start < words.count, modifierOpeners.contains(words[start]) else { return false }
    let end = min(words.count, start + 1 + modifierLength)
    for index in (start + 1)..<end {
      let word = words[index]
      let previous = words[index - 1]
      let classes = Lexicon.classes(of: word)
      let opensNoun =
        FunctionWords.determiners.contains(previous) || FunctionWords.possessives.contains(previous)
      let phraseEnded =
        ellipsisAdverbs.contains(previous) || Lexicon.singular(of: previous) != nil
        || (!opensNoun && classes.isDisjoint(with: [.noun, .adjective]))
      if index > start + 1, phraseEnded, isBaseVerb(word) { return true }
      let isPhraseWord =
        FunctionWords.determiners.contains(word) || FunctionWords.possessives.contains(word)
        || ellipsisAdverbs.contains(word) || Lexicon.singular(of: word) != nil
        || !classes.isDisjoint(with: [.noun, .adjective])
      guard isPhraseWord, FunctionWords.subjectPronouns[word] == nil else { return false }
    }
    return false
  }

  /// Prepositions that open a phrase narrowing a noun: "bans on phones", "kids in cities". "To"
  /// is left out: after it comes a verb of the clause's own ("Might need to go").
  private static let modifierOpeners: Set<String> = [
    "on", "in", "at", "for", "with", "about", "from", "of", "against", "near", "without",
  ]

  /// The most words a narrowing phrase takes before its verb: "on screen time for kids".
  private static let modifierLength = 5

  /// Adverbs between an auxiliary and its verb: "didn't really listen".
  private static let ellipsisAdverbs: Set<String> = [
    "n't", "really", "just", "even", "not", "ever", "actually", "still", "always", "usually",
  ]
}
