// Where the subject of a yes/no question ends, so the question can be turned back into a
// statement: before a participle, at the verb of a do or modal question.
extension QuestionReversal {
  /// Where the subject ends with the prepositional phrases after its noun that come before a
  /// participle: "Is the war | in Ukraine still going" → "the war in Ukraine is still going";
  /// but "Is crypto | in trouble" keeps its complement.
  static func withPostmodifiers(in tokens: [Token], subjectEnd: Int) -> Int {
    var end = subjectEnd
    while end + 1 < tokens.count, FunctionWords.prepositions.contains(tokens[end].lowercased) {
      let phraseEnd = nounPhraseEnd(in: tokens, from: end + 1)
      guard phraseEnd > end + 1, startsParticiple(tokens, at: phraseEnd) else { break }
      end = phraseEnd
    }
    return end
  }

  /// Whether a participle, after adverbs of the verb group, starts at an index: "still going",
  /// "been stalled", "already decided".
  static func startsParticiple(_ tokens: [Token], at start: Int) -> Bool {
    var index = start
    while index < tokens.count, FunctionWords.isVerbAdverb(tokens[index].lowercased) {
      index += 1
    }
    guard index < tokens.count, tokens[index].kind == .word else { return false }
    let word = tokens[index].lowercased
    return word == "been" || word == "being"
      || Lexicon.verbReadings(of: word).contains {
        $0.form == .presentParticiple || $0.form == .pastParticiple
      }
  }

  static func isAdverbBeforeVerb(_ word: String) -> Bool {
    word == "not" || word == "never" || FunctionWords.isVerbAdverb(word)
  }

  /// Where the subject of a do or modal question ends: at the first verb in its base form
  /// after a content word, preferring one that is not followed by another base form
  /// ("Can remote work boost productivity": "boost", not "work").
  static func verbPosition(in tokens: [Token]) -> Int? {
    if FunctionWords.subjectPronouns[tokens[1].lowercased] != nil, tokens.count > 2 { return 2 }
    var candidates: [Int] = []
    // "Should the companies that pollute the most pay …": the verb of a relative clause is
    // not the question's; nor is a word after an article ("Should the oil companies pay") or
    // the object of a preposition ("Will taxes on sugar cut obesity").
    for index in 2..<tokens.count
    where isBaseVerb(tokens[index].lowercased)
      && !(index > 2 && relativePronouns.contains(tokens[index - 1].lowercased))
      && !["the", "a", "an"].contains(tokens[index - 1].lowercased)
      && !objectTakingPrepositions.contains(tokens[index - 1].lowercased)
    {
      candidates.append(index)
    }
    if candidates.isEmpty {
      // A verb whose noun senses are commoner ("Should the government cap rents") is the verb
      // when nothing else can be, as the clause parser takes it.
      for index in 2..<tokens.count
      where Lexicon.verbReadings(of: tokens[index].lowercased).contains(where: { $0.form == .base })
      {
        candidates.append(index)
      }
    }
    // A verb form after a modifier may be the head of a compound noun when a verb follows
    // it: "Can remote work boost productivity" ("boost", not "work"), "Would a wealth tax work"
    // (the last word can be the verb too). After a plural noun or a pronoun a verb form is the
    // verb: "Should parents limit screen time".
    let preferred = candidates.first { index in
      index + 1 == tokens.count || !isBaseVerb(tokens[index + 1].lowercased)
        || !canModifyNoun(tokens[index - 1])
    }
    return preferred ?? candidates.first
  }

  /// Prepositions after which a word is a noun, never the question's verb: "on" in "taxes on
  /// sugar". "To" is left out: a verb follows it ("Do people need to pay").
  private static let objectTakingPrepositions = FunctionWords.prepositions.subtracting(["to"])

  /// Whether a word can stand before a noun as its modifier: an adjective, a determiner, a
  /// name, or a noun that is not plural ("remote", "the", "wealth", "AI"; not "parents").
  static func canModifyNoun(_ token: Token) -> Bool {
    let word = token.lowercased
    if FunctionWords.beginsNounPhrase(token) || token.hasFixedCase { return true }
    if FunctionWords.isFunctionWord(word) { return false }
    let classes = Lexicon.classes(of: word)
    if classes.contains(.irregularPlural) { return false }
    if classes.contains(.adjective) || token.isCapitalized { return true }
    return Lexicon.number(ofNoun: word) == .singular
  }
}
