/// What a subject agrees with, for telling which verb forms can follow it.
extension ClauseScanner {
  /// Whether a word names a quantity or a share of what follows "of" ("half", "a third",
  /// "50%", "the majority"), so the noun after "of" is the subject's head.
  static func isQuantity(_ token: Token) -> Bool {
    token.kind == .number || quantityNouns.contains(token.lowercased)
  }

  /// The most words of a subject read for its head.
  static let longestSubject = 24

  private static let quantityNouns: Set<String> = [
    "half", "third", "thirds", "quarter", "quarters", "majority", "minority", "most", "lot",
    "lots", "rest", "percent", "plenty", "bulk",
  ]

  /// What a subject agrees with, from its head noun or pronoun: the last noun-like word of its
  /// first noun phrase (before a preposition, a relative pronoun or a comma), or of the phrase
  /// after "of" when the first names a quantity ("half of voters").
  func agreement(of range: Range<Int>) -> FunctionWords.Agreement {
    var head: Token?
    var determiner: String?
    if let first = range.first, range.count > 1, tokens[first].lowercased.hasSuffix("ing"),
      Lexicon.verbReadings(of: tokens[first].lowercased).contains(where: {
        $0.form == .presentParticiple
      })
    {
      // "Banning guns saves lives"; but "Housing costs are high" reads as a noun too, and
      // "Existing laws cover …" as an adjective.
      let isAdjective = Lexicon.classes(of: tokens[first].lowercased).contains(.adjective)
      return isGerund(tokens[first]) && !isAdjective ? .thirdSingular : .any
    }
    // A subject's head stands in its first words: a run of hundreds is not read to its end.
    for index in range.prefix(Self.longestSubject) {
      let token = tokens[index]
      let word = token.lowercased
      if head == nil,
        ["not", "only", "even", "just", "especially", "almost", "nearly"].contains(word)
      {
        continue
      }
      if word == "of", index > range.lowerBound, Self.isQuantity(tokens[index - 1]) {
        // "half of voters want", "50% of startups fail": the noun after "of" agrees.
        head = nil
        determiner = nil
        continue
      }
      // "cost, time and effort matter": a comma in a list of nouns goes on to its "and".
      if head != nil, token.text == ",", isListComma(at: index, before: range.upperBound) {
        return .plural
      }
      if head != nil, token.text == "," || Self.opensPostModifier(word) { break }
      if word == "and" || word == "&", head != nil { return .plural }
      if head != nil, ["i", "you", "he", "she", "we", "they"].contains(word) { break }
      if word == "not" || word == "never" || FunctionWords.isVerbAdverb(word) && head != nil {
        continue
      }
      if FunctionWords.determiners.contains(word) || FunctionWords.possessives.contains(word) {
        if head == nil { determiner = word }
        if range.count == 1 { head = token }
        continue
      }
      // "Companies bigger than Apple pay": an adjective after the head describes it.
      if head != nil, isOnlyAdjective(word) { continue }
      // "allotments bring neighbours together": a word that is only ever a verb is no head.
      if head != nil, isOnlyVerb(word) { continue }
      if token.isWord, !Self.nonHeads.contains(word) { head = token }
    }
    guard let head else {
      if let determiner, let agreement = FunctionWords.subjectPronouns[determiner] {
        return agreement
      }
      return .any
    }
    let word = head.lowercased
    if let agreement = FunctionWords.subjectPronouns[word],
      range.count == 1 || head == tokens[range.lowerBound]
    {
      return agreement
    }
    if ["every", "each", "a", "an", "another", "one"].contains(determiner ?? "") {
      return .thirdSingular
    }
    if head.hasFixedCase {
      let letters = head.text.unicodeScalars.filter { $0.properties.isAlphabetic }
      return letters.last == "s" ? .plural : .thirdSingular
    }
    if head.kind == .number { return .any }
    // "the council want to shut it", "the council wants to": a group takes either verb.
    if GroupNouns.words.contains(word) { return .any }
    let classes = Lexicon.classes(of: word)
    if determiner == "the", classes.contains(.adjective), Lexicon.singular(of: word) == nil {
      return .any  // "the rich get richer", "the public wants"
    }
    if classes.contains(.irregularPlural) { return word.hasSuffix("a") ? .any : .plural }
    if word.hasSuffix("s"), classes.contains(.noun), Lexicon.singular(of: word) == nil {
      return .any  // "politics is", but "the Olympics are"
    }
    return Lexicon.number(ofNoun: word) == .plural ? .plural : .thirdSingular
  }

  /// Whether a comma after a subject's first noun lists more nouns up to an "and" ("cost, time
  /// and effort"), rather than opening an aside ("my brother, who …", "the flat, sadly, …").
  private func isListComma(at comma: Int, before end: Int) -> Bool {
    let listed = tokens[(comma + 1)..<end]
    guard let and = listed.firstIndex(where: { $0.lowercased == "and" }), and < end - 1 else {
      return false
    }
    let items = tokens[(comma + 1)..<and].filter { $0.text != "," }
    return (1...Self.longestListItem).contains(items.count)
      && items.allSatisfy { isNounLike($0) && !isOnlyVerb($0.lowercased) }
  }

  /// The most words a list holds between its first comma and its "and": "long hours, low pay,
  /// no breaks and".
  private static let longestListItem = 6

  /// Whether the lexicon knows a word as an adjective and never as a noun or a plural.
  private func isOnlyAdjective(_ word: String) -> Bool {
    let classes = Lexicon.classes(of: word)
    return classes.contains(.adjective) && !classes.contains(.noun)
      && Lexicon.singular(of: word) == nil
  }

  /// Whether the lexicon knows a word only as a verb: never a noun, an adjective or a plural.
  private func isOnlyVerb(_ word: String) -> Bool {
    let classes = Lexicon.classes(of: word)
    return classes.contains(.verb) && classes.isDisjoint(with: [.noun, .adjective])
      && Lexicon.singular(of: word) == nil
  }

  /// Whether a word after a subject's head opens what is said of the head after it, so the
  /// head is found: a preposition ("the cost of living"), a relative pronoun ("the lads who"),
  /// "to" ("the right to strike"), or where the head is ("the twins next door", "the lads
  /// upstairs" agree with the twins, the lads).
  static func opensPostModifier(_ word: String) -> Bool {
    FunctionWords.prepositions.contains(word) || FunctionWords.relativePronouns.contains(word)
      || word == "to" || PlaceWords.afterAHead.contains(word)
  }

  /// Words that never head a subject: they sit after it as adverbs ("kids today").
  static let nonHeads: Set<String> = [
    "today", "nowadays", "now", "currently", "here", "there", "too", "also", "alone",
    "themselves", "itself", "himself", "herself", "ourselves", "yourself", "yourselves",
    "these", "those", "days",
  ]

  /// A word that can end a noun phrase: an open-class word, a number, a name or an indefinite
  /// pronoun.
  func isNounLike(_ token: Token) -> Bool {
    guard token.isWord else { return false }
    let word = token.lowercased
    if [
      "everyone", "everybody", "everything", "someone", "somebody", "something", "anyone",
      "anybody", "anything", "nobody", "nothing", "those", "people",
    ].contains(word) {
      return true
    }
    if FunctionWords.isFunctionWord(word) || word == "not" { return false }
    let classes = Lexicon.classes(of: word)
    if classes.contains(.adverb), classes.isDisjoint(with: [.noun, .adjective]) { return false }
    return true
  }
}

extension VerbForm {
  /// Whether the form can be a clause's finite verb.
  var isFinite: Bool {
    self == .base || self == .thirdSingular || self == .past
  }

  /// Whether the form can be the finite verb of a subject that agrees so.
  func agrees(with agreement: FunctionWords.Agreement) -> Bool {
    switch self {
    case .past: true
    case .thirdSingular: [.thirdSingular, .singular, .any].contains(agreement)
    case .base: [.plural, .firstSingular, .any].contains(agreement)
    case .pastParticiple, .presentParticiple: false
    }
  }
}

extension FunctionWords.Agreement {
  /// Whether an auxiliary of this agreement goes with a subject of the other.
  func allows(_ subject: FunctionWords.Agreement) -> Bool {
    switch self {
    case .any: true
    case .thirdSingular: subject == .thirdSingular || subject == .singular
    case .plural: subject == .plural
    case .firstSingular: subject == .firstSingular
    case .singular: subject != .plural
    }
  }
}
