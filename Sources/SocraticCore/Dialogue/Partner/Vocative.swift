/// The listener called by name, read by structure rather than from a list of names: "the moon
/// landing was staged mike", "mike, they lied", "it's all fake, gary". The name is no word of
/// what they claim, and is never given back or quoted in a question.
///
/// A name is a word the lexicon does not know (a first name, a nickname), or a singular noun
/// that stands bare where English needs a determiner before one: "was staged mike" can only be
/// said to Mike, "a staged mike" is about a microphone.
enum Vocative {
  /// How many words before a name are read for the clause it closes.
  static let clauseReach = 40

  /// Where a name ends a sentence without a comma, after a complete clause that no word of the
  /// name's could continue: after a passive participle; a word the lexicon does not know or
  /// knows as a name also after a pronoun or a noun phrase complete with its determiner ("it's
  /// a con gary"). Nil otherwise: after a verb that takes it as its object ("I told mike") or a
  /// word it belongs with ("the", "to", "my").
  static func nameStart(atEndOf words: [Token]) -> Int? {
    // "the viewing is this saturday": a day or a month says when, and calls no one.
    guard words.count > 3, let last = words.last?.lowercased, isNameLike(last),
      !ReflectionCheck.whenNames.contains(last)
    else {
      return nil
    }
    let classes = Lexicon.classes(of: last)
    // "the days are long petal": a word they call the listener by is a name for them.
    let isName =
      !Lexicon.isKnown(last) || classes.contains(.properSense)
      || PartnerCues.listenerNames.contains(last)
    // A plain noun ("mike", "dale") is a name only where no singular noun can stand bare.
    let isPlainNoun =
      classes == .noun && Lexicon.singular(of: last) == nil
    guard isName || isPlainNoun else { return nil }
    let before = Array(words.dropLast())
    // The clause a name closes is read from its last words: a run of thousands has its verb
    // near the end or none. Parsed only for a word that can be a name.
    guard ClauseParser.finiteVerbIndex(in: Array(before.suffix(clauseReach))) != nil else {
      return nil
    }
    let previous = before[before.count - 1].lowercased
    let earlier = before.count > 1 ? before[before.count - 2].lowercased : ""
    // "was staged mike": a passive participle takes no object ("was elected president" does).
    if Lexicon.verbReadings(of: previous).contains(where: { $0.form == .pastParticiple }),
      isBe(earlier),
      !Lexicon.verbReadings(of: previous).contains(where: {
        objectComplementVerbs.contains($0.base)
      })
    {
      return words.count - 1
    }
    guard isName else { return nil }
    // "I'm 72 Daniel": a name after the number that ends a clause; no noun phrase puts one
    // there.
    if before[before.count - 1].kind == .number { return words.count - 1 }
    // "i love you gary", "it's real though gary".
    // "her pet" names an animal: a word for the listener after a possessive is no name.
    let isOwned =
      PartnerCues.listenerNames.contains(last) && FunctionWords.possessives.contains(previous)
    // "it's way too dear": "too" or "so" after "be" or a degree word grades the word after it.
    let grades =
      FunctionWords.gradingAdverbs.contains(previous)
      && (isBe(earlier) || degreesBeforeGrading.contains(earlier))
    if PartnerCues.endsBeforeAVocative.contains(previous), !isOwned, !grades {
      return words.count - 1
    }
    // "the days are long petal": a word they call the listener by, after a clause's own last
    // word ("the duck", "my pet" name an animal).
    if PartnerCues.listenerNames.contains(last), !FunctionWords.isFunctionWord(previous), !grades {
      return words.count - 1
    }
    // "it's a con gary": a noun phrase complete with its determiner; "joe rogan" is one name.
    // A word that can be an adjective waits for its noun: "my old volvo" names a car.
    let previousClasses = Lexicon.classes(of: previous)
    let endsANounPhrase =
      previousClasses.contains(.noun) && !previousClasses.contains(.adjective)
      && !FunctionWords.isFunctionWord(previous) && determiners.contains(earlier)
    return endsANounPhrase ? words.count - 1 : nil
  }

  /// Words that say how far a grading "too" or "so" goes: "way too", "far too", "just so".
  private static let degreesBeforeGrading: Set<String> = [
    "way", "far", "much", "bit", "little", "just", "slightly", "really", "not", "that",
  ]

  /// Verbs whose passive takes a bare noun after it: "was elected president", "was named
  /// captain".
  private static let objectComplementVerbs: Set<String> = [
    "elect", "name", "appoint", "call", "make", "crown", "declare", "vote", "dub", "consider",
    "nickname", "title", "label",
  ]

  /// Words that open a noun phrase: "a con", "the truth", "my point".
  private static let determiners: Set<String> = [
    "a", "an", "the", "my", "your", "his", "her", "our", "their", "this", "that",
  ]

  /// Whether a word set apart by commas, or by a comma and the sentence's start or end, is a
  /// name the lexicon does not know: "mike, …", "…, mike". Never one item of a list ("bitcoin,
  /// dogecoin"), nor a topic said first and taken up by a pronoun ("bitcoin, it's a scam").
  static func isSetApartName(at index: Int, in sentence: [Token]) -> Bool {
    let word = sentence[index].lowercased
    func isComma(_ at: Int) -> Bool {
      sentence.indices.contains(at) && sentence[at].kind == .punctuation
        && sentence[at].text == ","
    }
    // Its place is looked at first: it is asked of every word of a sentence.
    let opensBeforeComma = index == 0 && isComma(1)
    let endsAfterComma = index >= 2 && isComma(index - 1) && sentence[index - 2].isWord
    guard opensBeforeComma || endsAfterComma, isNameLike(word),
      sentence.count(where: \.isWord) > 3
    else { return false }
    if opensBeforeComma {
      let next = sentence.dropFirst(2).first(where: \.isWord)?.lowercased ?? ""
      guard !pointsBack.contains(next), !isNameLike(next, orUnknownNoun: true) else {
        return false
      }
      // "ben, nobody ever cared …": a name the lexicon knows as a bare singular noun opens the
      // sentence only as the one spoken to; "housing, nobody can afford it" takes the topic up.
      let takesItUp = sentence.dropFirst(2).contains { ["it", "its"].contains($0.lowercased) }
      return !Lexicon.isKnown(word) || isBareSingularNoun(word) && !takesItUp
    }
    guard !Lexicon.isKnown(word) || isBareSingularNoun(word) else { return false }
    guard !sentence[(index + 1)...].contains(where: \.isWord) else { return false }
    let previous = sentence[index - 2].lowercased
    // "… to rome, paris": a name after a name is one more of a list.
    return FunctionWords.isFunctionWord(previous)
      || Lexicon.isKnown(previous) && !isBareSingularNoun(previous)
  }

  /// Whether a word is only a countable singular noun or a name ("ben", "gary", "kate"), which
  /// English never sets bare beside a comma as a topic ("crypto, …", "money, …", "taxes, …"
  /// can be) or to end a clause.
  private static func isBareSingularNoun(_ word: String) -> Bool {
    let classes = Lexicon.classes(of: word)
    let otherSenses: WordClasses = [.verb, .adjective, .adverb, .uncountable, .irregularPlural]
    return !classes.isDisjoint(with: [.noun, .properSense]) && classes.isDisjoint(with: otherSenses)
      && Lexicon.singular(of: word) == nil && !FunctionWords.isFunctionWord(word)
  }

  private static func isBe(_ word: String) -> Bool {
    FunctionWords.auxiliary(word)?.kind == .be
  }

  /// Whether a word could be a name: letters only, two or more, no function word, laugh or
  /// shorthand.
  private static func isNameLike(_ word: String, orUnknownNoun: Bool = false) -> Bool {
    word.count >= 2 && word.allSatisfy(\.isLetter) && !FunctionWords.isFunctionWord(word)
      && !PartnerCues.laughter.contains(word)
      && (!orUnknownNoun || !Lexicon.isKnown(word))
  }

  /// Whether a word can only be a name: letters only, and unknown to the lexicon or known
  /// only as a name ("jen", "priya").
  static func isUnknownName(_ word: String) -> Bool {
    isNameLike(word) && (!Lexicon.isKnown(word) || Lexicon.classes(of: word) == .properSense)
  }

  /// Whether the words after a name open a clause with a subject that cannot take up a topic
  /// said first: "jen this housing thing is …" names Jen, "crypto, it's a scam" takes crypto
  /// up. "This" and "that" open a clause of their own only before a noun, as determiners.
  static func opensAClauseOfItsOwn(after index: Int, in sentence: [Token]) -> Bool {
    let rest = sentence[(index + 1)...].filter(\.isWord).map(\.lowercased)
    guard let next = rest.first, !["it", "its", "they", "he", "she"].contains(next) else {
      return false
    }
    guard ["this", "that", "these", "those"].contains(next) else { return true }
    guard rest.count > 1 else { return false }
    let following = rest[1]
    return FunctionWords.auxiliary(following) == nil
      && !Lexicon.verbReadings(of: following).contains {
        [.thirdSingular, .past].contains($0.form)
      }
  }

  /// Words that take up what was said before them: a topic said first, not a name.
  private static let pointsBack: Set<String> = ["it", "its", "that", "this", "he", "she"]
}
