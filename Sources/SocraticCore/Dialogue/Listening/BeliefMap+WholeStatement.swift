/// Whether an item of the map says something whole read alone: the end of a session shows only
/// statements, never a question they asked, a noun phrase cut from its sentence, or a clause
/// whose verb leaves what it says in the line before.
extension BeliefMap {
  /// Whether an item's first sentence is a statement of its own: it does not lean on the line
  /// before (`leansOnTheLineBefore`), and has a subject and a finite verb outside any relative
  /// clause ("the kid who never gets invited to anything" has none).
  static func statesWhole(_ item: String) -> Bool {
    guard let tokens = firstSentence(of: item), !leans(tokens) else { return false }
    // "working holiday visa": a word the lexicon allows as a verb, which the tagger reads as
    // a noun, makes no clause.
    guard let clause = ClauseParser.parse(tokens),
      clause.subject.contains(where: { $0.isWord && !ellipsisOpeners.contains($0.lowercased) }),
      let verb = ClauseParser.finiteVerbIndex(in: tokens)
    else { return false }
    return verbTags.contains(Tagger.tags(of: tokens)[verb])
  }

  /// Whether an item's first sentence says nothing without the line before it: a question
  /// ("anyway what would you do then"), an alternative ("or maybe it was the radio"), or a verb
  /// with nothing said after it: an auxiliary or a form of "be" ("course I was", "still am if
  /// I'm honest") or a verb of saying ("i just said lol").
  static func leansOnTheLineBefore(_ item: String) -> Bool {
    firstSentence(of: item).map(leans) ?? true
  }

  /// Whether a first sentence, as `firstSentence(of:)` gives it, leans on the line before.
  private static func leans(_ sentence: [Token]) -> Bool {
    // "still am if I'm honest": a condition after the verb says nothing of what it is.
    let tokens = Array(sentence.prefix { $0.lowercased != "if" })
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard words.count >= 2 else { return false }
    if asksAQuestion(words) || alternativeOpeners.contains(words[0]) { return true }
    let saysSomething = words.contains {
      !FunctionWords.isFunctionWord($0) && !ellipsisOpeners.contains($0)
        && FunctionWords.auxiliary($0) == nil
    }
    guard saysSomething else { return true }
    guard let clause = ClauseParser.parse(tokens) else { return false }
    if case .lexical(let base, _) = clause.verb, !sayingVerbs.contains(base) { return false }
    let said = (clause.afterAuxiliary + clause.rest).filter(\.isWord).map(\.lowercased)
    return !said.contains { !FunctionWords.isFunctionWord($0) && !ellipsisOpeners.contains($0) }
  }

  /// The words of an item's first sentence past what only opens it ("anyway", "so") and
  /// without laughter; nil for a question or an item with no word.
  private static func firstSentence(of item: String) -> [Token]? {
    let text = ReflectionWriter.withoutClosingHedges(unquoted(item))
    let typed = Shorthand.expanded(Tokenizer.tokenize(text))
    guard let sentence = SentenceSplitter.sentences(in: typed).first,
      sentence.last?.text != "?"
    else { return nil }
    let tokens = Array(sentence.drop { !$0.isWord || statementOpeners.contains($0.lowercased) })
      .filter { !PartnerCues.laughter.contains($0.lowercased) }
    return tokens.contains(where: \.isWord) ? tokens : nil
  }

  /// Whether words open as a question: a question word before an auxiliary ("what would you
  /// do"), or an auxiliary before a person ("do you reckon").
  private static func asksAQuestion(_ words: [String]) -> Bool {
    let second = words[1]
    if FunctionWords.questionWords.contains(words[0]) {
      return FunctionWords.auxiliary(second) != nil
    }
    return FunctionWords.auxiliary(words[0]) != nil && askedPersons.contains(second)
  }

  /// The tags a finite verb may have where it stands.
  private static let verbTags: Set<PartOfSpeech> = [
    .finiteVerb, .infinitive, .auxiliary, .pastParticiple, .presentParticiple,
  ]

  /// Words that open an alternative to what was said before ("or maybe it was the radio").
  private static let alternativeOpeners: Set<String> = ["or", "nor"]

  /// Verbs of saying, which say nothing alone.
  private static let sayingVerbs: Set<String> = ["say", "tell", "mean", "explain"]

  /// Persons an auxiliary is put before in a question.
  private static let askedPersons: Set<String> = ["you", "u", "we", "they", "i", "he", "she"]

  /// Words that open a line before what it states: "anyway", "so", "ok".
  private static let statementOpeners: Set<String> = [
    "anyway", "anyways", "so", "ok", "okay", "well", "and", "but", "yeah", "yes", "no", "nah",
    "right", "oh", "like", "um", "erm", "hm", "hmm",
  ]

  /// Words of an answer cut down to its verb, which make no subject: "course", "still", "yes".
  private static let ellipsisOpeners: Set<String> = [
    "course", "still", "yes", "yeah", "no", "nope", "sure", "too", "either", "so", "not",
  ]
}
