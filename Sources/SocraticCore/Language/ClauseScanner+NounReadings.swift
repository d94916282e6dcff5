/// Words that could be the finite verb but belong to the subject: the noun after a quantifier,
/// the object of a gerund or an infinitive, a participle modifying the subject, the head of a
/// compound noun.
extension ClauseScanner {
  /// Whether a word after a quantifier that can stand alone ("some", "all", "most") is the
  /// quantifier's noun, because a verb that agrees with it follows: "Some banks will fail",
  /// "All banks fail"; but "Some say …".
  func isNounAfterQuantifier(at index: Int) -> Bool {
    guard index > 0, index + 1 < tokens.count,
      ["some", "all", "many", "most", "few", "both", "each", "none"].contains(
        tokens[index - 1].lowercased)
    else { return false }
    let word = tokens[index].lowercased
    guard Lexicon.classes(of: word).contains(.noun) || Lexicon.singular(of: word) != nil
    else { return false }
    let next = tokens[index + 1].lowercased
    let asNoun: FunctionWords.Agreement =
      Lexicon.number(ofNoun: word) == .plural ? .plural : .thirdSingular
    if let auxiliary = FunctionWords.auxiliary(next) {
      return next != "'s" && (auxiliary.kind == .modal || auxiliary.agreement.allows(asNoun))
    }
    if next == "never" || FunctionWords.isVerbAdverb(next) { return true }
    return finiteReadings(of: next, allowingRareVerbs: false).contains {
      $0.form.agrees(with: asNoun)
    }
  }

  /// Whether a word follows a gerund or an infinitive as its object ("Banning guns",
  /// "the right to bear arms").
  func isObjectOfVerb(at index: Int, clauseStart: Int) -> Bool {
    guard index - 1 >= clauseStart else { return false }
    let previous = tokens[index - 1].lowercased
    if previous.hasSuffix("ing"),
      Lexicon.verbReadings(of: previous).contains(where: { $0.form == .presentParticiple })
    {
      // A gerund opening the subject ("Banning guns saves"), not "crypto mining"; and its
      // object is a noun, not a verb form ("Streaming killed").
      let word = tokens[index].lowercased
      let canBeNoun =
        Lexicon.classes(of: word).contains(.noun) || Lexicon.singular(of: word) != nil
        || (Lexicon.classes(of: word).isEmpty && Lexicon.verbReadings(of: word).isEmpty)
      return index - 1 == clauseStart && canBeNoun
    }
    return index - 2 >= clauseStart && tokens[index - 2].lowercased == "to"
      && Lexicon.verbReadings(of: previous).contains { $0.form == .base }
  }

  /// Whether a participle stands as an adjective before its noun in a chain of verbs that is
  /// one predicate: "zoos help protect endangered animals", "parents help raise spoiled kids".
  /// The chain opens with a verb that takes a bare infinitive, which is the finite verb;
  /// "the help desk", after a determiner, opens none.
  func isAttributiveParticiple(at index: Int) -> Bool {
    guard index > 1, index + 1 < tokens.count, tags[index + 1] == .noun,
      Self.bareInfinitiveVerbs.contains(tokens[index - 2].lowercased),
      Lexicon.verbReadings(of: tokens[index].lowercased).contains(where: {
        $0.form == .pastParticiple
      }),
      Lexicon.verbReadings(of: tokens[index - 1].lowercased).contains(where: { $0.form == .base })
    else { return false }
    guard index > 2 else { return true }
    let before = tokens[index - 3].lowercased
    return !FunctionWords.determiners.contains(before)
      && !FunctionWords.possessives.contains(before)
  }

  /// Whether a past participle joined to a bare singular noun before it ("self employed",
  /// "home cooked", "state owned") is one adjective of the subject, because a present verb
  /// that agrees follows it at once or after the noun it describes: "being self employed beats
  /// …", "home cooked food beats …". A past verb takes no present verb straight after it.
  func isCompoundModifier(at index: Int) -> Bool {
    guard index > 0, index + 1 < tokens.count,
      Lexicon.verbReadings(of: tokens[index].lowercased).contains(where: {
        $0.form == .pastParticiple
      })
    else { return false }
    let previous = tokens[index - 1]
    let before = previous.lowercased
    guard previous.kind == .word, !previous.hasFixedCase,
      Lexicon.classes(of: before).contains(.noun), Lexicon.number(ofNoun: before) != .plural,
      FunctionWords.subjectPronouns[before] == nil, !FunctionWords.determiners.contains(before),
      !FunctionWords.possessives.contains(before)
    else { return false }
    // "self employed beats …": the verb at once, with the phrase it ends as its subject.
    if isPresentVerb(at: index + 1, agreeingWith: .thirdSingular) { return true }
    // "home cooked food beats …": the verb after the noun it describes.
    // "your brother lost his deposit", "showed me numbers": a noun as the tagger reads it, never
    // a pronoun or a determiner the lexicon also knows as a plural ("his" of "hi").
    let noun = tokens[index + 1].lowercased
    guard index + 2 < tokens.count, tags[index + 1] == .noun,
      Lexicon.classes(of: noun).contains(.noun) || Lexicon.singular(of: noun) != nil
    else { return false }
    return isPresentVerb(
      at: index + 2,
      agreeingWith: Lexicon.number(ofNoun: noun) == .plural ? .plural : .thirdSingular)
  }

  /// Whether a word is a present verb or an auxiliary that agrees with a subject.
  func isPresentVerb(
    at index: Int, agreeingWith subject: FunctionWords.Agreement, allowingRareVerbs: Bool = false
  ) -> Bool {
    let verb = tokens[index].lowercased
    if let auxiliary = FunctionWords.auxiliary(verb) {
      return verb != "'s" && (auxiliary.kind == .modal || auxiliary.agreement.allows(subject))
    }
    return finiteReadings(of: verb, allowingRareVerbs: allowingRareVerbs).contains {
      $0.form != .past && $0.form.agrees(with: subject)
    }
  }

  /// Verbs that take a bare infinitive straight after them ("help protect", "let grow").
  static let bareInfinitiveVerbs: Set<String> = [
    "help", "helps", "helped", "let", "lets", "make", "makes", "made",
  ]

  /// Whether a past form is a participle modifying the subject: followed by "by", or by a
  /// preposition or adverb and then, with no conjunction or new clause in between, by an
  /// auxiliary ("Kids raised on screens can't focus").
  func isPastParticipleModifier(at index: Int) -> Bool {
    guard
      Lexicon.verbReadings(of: tokens[index].lowercased).contains(where: {
        $0.form == .pastParticiple
      })
    else { return false }
    var next = index + 1
    guard next < tokens.count else { return false }
    let following = tokens[next].lowercased
    // A pronoun takes no participle after it ("you used to think"), and "used to" with a
    // verb is the habitual past.
    if index > 0,
      ["i", "you", "he", "she", "it", "we", "they"].contains(tokens[index - 1].lowercased)
    {
      return false
    }
    if tokens[index].lowercased == "used", following == "to", next + 1 < tokens.count,
      Lexicon.verbReadings(of: tokens[next + 1].lowercased).contains(where: { $0.form == .base })
        || ["be", "have"].contains(tokens[next + 1].lowercased)
    {
      return false
    }
    if following == "by" { return true }
    guard FunctionWords.prepositions.contains(following) || FunctionWords.isVerbAdverb(following)
    else { return false }
    while next < tokens.count {
      let token = tokens[next]
      let word = token.lowercased
      if token.kind == .punctuation || FunctionWords.coordinators.contains(word)
        || FunctionWords.relativePronouns.contains(word)
        || FunctionWords.subordinators.contains(word) || FunctionWords.questionWords.contains(word)
        || ["i", "you", "he", "she", "it", "we", "they"].contains(word)
      {
        return false
      }
      if FunctionWords.auxiliary(word) != nil, word != "'s" { return true }
      next += 1
    }
    return false
  }

  /// Whether a word that could be the verb is rather the head of a compound noun, because it
  /// follows a singular modifier and the next word is a verb agreeing with it ("Trade wars hurt",
  /// "Interest rates will rise", "Price controls work").
  func continuesCompoundNoun(at index: Int, candidate: FiniteCandidate) -> Bool {
    let word = tokens[index].lowercased
    guard index > candidate.subjectStart,
      Lexicon.classes(of: word).contains(.noun) || Lexicon.singular(of: word) != nil
    else { return false }
    let previous = tokens[index - 1]
    guard !FunctionWords.isVerbAdverb(previous.lowercased),
      isNounLike(previous) || Lexicon.classes(of: previous.lowercased).contains(.adjective),
      FunctionWords.subjectPronouns[previous.lowercased] == nil,
      previous.hasFixedCase || Lexicon.number(ofNoun: previous.lowercased) != .plural
        || Lexicon.classes(of: previous.lowercased).contains(.irregularPlural)
          && !Self.pluralsOfPeople.contains(previous.lowercased)
    else { return false }
    var next = index + 1
    while next < tokens.count, FunctionWords.isVerbAdverb(tokens[next].lowercased) { next += 1 }
    guard next < tokens.count, tokens[next].kind == .word,
      // "the quiz night gives back to …": a particle after it makes the word the verb.
      !FunctionWords.bareParticles.contains(tokens[next].lowercased)
    else { return false }
    let asNoun: FunctionWords.Agreement =
      Lexicon.number(ofNoun: word) == .plural ? .plural : .thirdSingular
    if FunctionWords.prepositions.contains(tokens[next].lowercased) {
      // "The new tax on sugar won't …": a noun with a phrase after it, then the verb.
      guard let auxiliary = auxiliaryAfterPhrase(from: next + 1) else { return false }
      return auxiliary.kind == .modal || auxiliary.agreement.allows(asNoun)
    }
    let nextWord = tokens[next].lowercased
    if let auxiliary = FunctionWords.auxiliary(nextWord) {
      return nextWord != "'s" && (auxiliary.kind == .modal || auxiliary.agreement.allows(asNoun))
    }
    return finiteReadings(of: nextWord, allowingRareVerbs: false).contains {
      $0.form.agrees(with: asNoun)
    }
  }

  /// Whether a plural noun is the head of a phrase an "-ing" word describes, the phrase ending
  /// with it or its verb following: "the swimming baths", "our parking fines, and …", "the old
  /// climbing walls matter". "the swimming helps my back" goes on to an object, so its "-s"
  /// word is the verb; so does "The counselling works.", which has no other word to be its verb.
  func endsPhraseAfterIngModifier(at index: Int) -> Bool {
    guard index > 1 else { return false }
    let word = tokens[index].lowercased
    let modifier = tokens[index - 1].lowercased
    let before = tokens[index - 2]
    guard Lexicon.number(ofNoun: word) == .plural, Lexicon.singular(of: word) != nil,
      modifier.hasSuffix("ing"),
      Lexicon.verbReadings(of: modifier).contains(where: { $0.form == .presentParticiple }),
      FunctionWords.beginsNounPhrase(before)
        || Lexicon.classes(of: before.lowercased).contains(.adjective)
    else { return false }
    guard index + 1 < tokens.count else { return hasOtherFiniteVerb(than: index) }
    // "the knitting works, and it costs nothing": the other verb is a new clause's own.
    if opensClauseOfItsOwn(after: index) { return false }
    let next = tokens[index + 1]
    // "the heating goes on": a particle after it makes the "-s" word a verb; a verb the
    // lexicon holds rare as a verb ("matter") still ends the phrase.
    if isPresentVerb(at: index + 1, agreeingWith: .plural, allowingRareVerbs: true) { return true }
    return (!next.isWord || FunctionWords.coordinators.contains(next.lowercased))
      && hasOtherFiniteVerb(than: index)
  }

  /// Whether a new clause with a pronoun of its own for subject follows a word, after marks and
  /// a coordinator: ", and it costs nothing", "but they …".
  private func opensClauseOfItsOwn(after index: Int) -> Bool {
    let start = index + 1
    let next =
      tokens[start...].firstIndex {
        $0.isWord && !FunctionWords.coordinators.contains($0.lowercased)
      } ?? tokens.count
    guard next < tokens.count, next > start else { return false }
    return FunctionWords.subjectPronouns[tokens[next].lowercased] != nil
  }

  /// Whether a word other than the one at an index could be the clause's verb: "the council
  /// want to shut the swimming baths" has "want", "The walking helps." has none but "helps".
  private func hasOtherFiniteVerb(than index: Int) -> Bool {
    tokens.indices.contains { other in
      other != index && tokens[other].isWord
        && (FunctionWords.auxiliary(tokens[other].lowercased) != nil
          || !finiteReadings(of: tokens[other].lowercased, allowingRareVerbs: false).isEmpty)
    }
  }

  /// Whether a plural noun that could be an "-s" verb is the object of a bare verb after a
  /// plural subject ("markets draw crowds", "tenants demand repairs"): a regular plural takes
  /// no singular noun after it as a compound's head when that word can be the plural's verb.
  func isObjectOfBareVerb(at index: Int, subjectStart: Int) -> Bool {
    guard index - 2 >= subjectStart else { return false }
    let word = tokens[index].lowercased
    let verb = tokens[index - 1].lowercased
    let subject = tokens[index - 2]
    return Lexicon.singular(of: word) != nil && !subject.hasFixedCase
      && Lexicon.number(ofNoun: subject.lowercased) == .plural
      && Lexicon.singular(of: subject.lowercased) != nil
      && Lexicon.number(ofNoun: verb) != .plural
      && Lexicon.verbReadings(of: verb).contains { $0.form == .base }
  }

  /// Plurals without an "-s" that name people ("people get bored", "children make mistakes"):
  /// the head of a subject, never a modifier of the word after them.
  private static let pluralsOfPeople: Set<String> = [
    "people", "children", "men", "women", "folk", "folks",
  ]

  /// The auxiliary that follows a prepositional phrase starting at an index, when only the
  /// phrase's words stand before it: no pronoun, verb form, comma, conjunction or clause.
  func auxiliaryAfterPhrase(from start: Int) -> FunctionWords.Auxiliary? {
    var index = start
    while index < tokens.count, index < start + 6 {
      let token = tokens[index]
      let word = token.lowercased
      if let auxiliary = FunctionWords.auxiliary(word) {
        return index > start && word != "'s" && word != "'d" ? auxiliary : nil
      }
      guard token.isWord,
        FunctionWords.subjectPronouns[word] == nil || FunctionWords.determiners.contains(word),
        !FunctionWords.coordinators.contains(word), !FunctionWords.subordinators.contains(word),
        !FunctionWords.relativePronouns.contains(word),
        FunctionWords.beginsNounPhrase(token) || FunctionWords.prepositions.contains(word)
          || isNounLike(token)
            && (Lexicon.classes(of: word).contains(.noun)
              || Lexicon.singular(of: word) != nil || token.isCapitalized
              || finiteReadings(of: word, allowingRareVerbs: false).isEmpty)
      else { return nil }
      index += 1
    }
    return nil
  }
}
