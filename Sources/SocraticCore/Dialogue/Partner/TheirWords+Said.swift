/// Which of their sentences partner mode reads as what they said, and without what: a cry
/// said as a question ("like what am I even doing"), passing something at the table said in
/// passing ("… pass the potatoes will ya") and defending themselves ("I'm not an idiot") are no
/// part of it, and a sentence is read without the words said after it to press it or to call
/// the listener ("…, you watch", "… kiddo").
struct SaidSentences: Sendable {
  /// The sentences read, each without its trailing tags.
  var sentences: [[Token]]
  /// The cry they let out, if any: a feeling, given back as one.
  var cry: Cry?
  /// Whether a request at the table was left out because they said more with it.
  var passesSomething = false
  /// Whether anything was left out or taken off.
  var isChanged = false

  /// What a cry said as a question lets out.
  enum Cry: Sendable, Equatable {
    /// "what am I even doing", "what's the point": it is hard to see the point.
    case despair
    /// "how is that even possible", "how do they get away with it": it makes no sense to them.
    case disbelief
  }

  /// The most words looked at for a cry at the start of a sentence.
  static let cryWordLimit = 10

  /// Words said before a cry that are no part of it: "like", "and", "ugh", "exactly".
  static let beforeACry: Set<String> = [
    "like", "and", "but", "so", "ugh", "exactly", "yeah", "honestly", "seriously", "lol", "oh",
    "god", "jeez", "well", "man", "dude", "look", "listen", "anyway", "anyways",
  ]

  init(_ sentences: [[Token]]) {
    var kept: [[Token]] = []
    var cry: Cry?
    var requests: [[Token]] = []
    var defences: [[Token]] = []
    for sentence in sentences {
      let words = sentence.filter(\.isWord)
      if let found = Self.cry(in: words) {
        cry = cry ?? found
      } else if PartnerCueMatcher.atTable.matchEnd(atStartOf: words) != nil {
        requests.append(sentence)
      } else if PartnerCueMatcher.selfDefence.matchEnd(atStartOf: Self.afterFillers(words))
        != nil
      {
        defences.append(sentence)
      } else {
        kept.append(sentence)
      }
    }
    // Said alone, a request or a defence is what they said.
    if kept.isEmpty { kept = requests.isEmpty ? defences : requests }
    kept = Self.withoutTakenBack(kept)
    passesSomething = !requests.isEmpty && !kept.elementsEqual(requests, by: ==)
    let stripped = kept.map {
      Self.withoutTrailingTags(Self.withoutListenerNames(Self.withoutOpinionFrame($0)))
    }
    self.sentences = stripped
    self.cry = cry
    isChanged = stripped.count != sentences.count || !stripped.elementsEqual(sentences, by: ==)
  }

  /// The tokens read.
  var tokens: [Token] { sentences.flatMap { $0 } }

  /// Sentences without those the next one takes back in the same words with a "not": in "it's
  /// fine. well it's not fine" the first is said and unsaid, and only the second is theirs.
  static func withoutTakenBack(_ sentences: [[Token]]) -> [[Token]] {
    sentences.indices.filter { index in
      index + 1 == sentences.count || !takesBack(sentences[index + 1], sentences[index])
    }
    .map { sentences[$0] }
  }

  /// Whether a sentence says the one before it again with a "not" ("well it's not fine" after
  /// "it's fine", "he's not nice" after "the new lad is nice"), after the fillers and the words
  /// that take back ("actually", "no") opening it: the same words from the verb on, said of the
  /// same subject or of a pronoun for it.
  static func takesBack(_ later: [Token], _ earlier: [Token]) -> Bool {
    let negators = FunctionWords.negators
    let said = afterFillers(earlier.filter(\.isWord))
    let unsaid = Array(
      afterFillers(later.filter(\.isWord)).drop { takingBackWords.contains($0.lowercased) }
        .filter { !negators.contains($0.lowercased) })
    guard !said.contains(where: { negators.contains($0.lowercased) }),
      unsaid.count < later.filter(\.isWord).count,
      let saidVerb = ClauseParser.finiteVerbIndex(in: said), saidVerb > 0,
      let unsaidVerb = ClauseParser.finiteVerbIndex(in: unsaid), unsaidVerb > 0
    else { return false }
    let lowered = { (words: ArraySlice<Token>) in
      words.map { uncontracted[$0.lowercased] ?? $0.lowercased }
    }
    let subject = lowered(unsaid[..<unsaidVerb])
    return lowered(said[saidVerb...]) == lowered(unsaid[unsaidVerb...])
      && (subject == lowered(said[..<saidVerb])
        || subject.count == 1
          && FunctionWords.personalPronouns.union(["that", "this"])
            .contains(subject[0]))
  }

  /// The verbs a clitic stands for when a sentence is said again in full: "he's not" says
  /// "he is" again.
  static let uncontracted: [String: String] = ["'s": "is", "'re": "are", "'m": "am"]

  /// Words that open a sentence taking back the one before it: "actually no, it's not fine".
  static let takingBackWords: Set<String> = ["actually", "no", "nah", "ok", "okay", "i", "mean"]

  /// The cry a sentence opens with, after the fillers before it.
  static func cry(in words: [Token]) -> Cry? {
    let start = Array(afterFillers(words).prefix(cryWordLimit))
    if PartnerCueMatcher.despair.matchEnd(atStartOf: start) != nil { return .despair }
    if PartnerCueMatcher.disbelief.matchEnd(atStartOf: start) != nil { return .disbelief }
    return nil
  }

  /// The words after the fillers that open a sentence ("like", "ugh", "I mean").
  private static func afterFillers(_ words: [Token]) -> [Token] {
    var rest = words[...]
    while let first = rest.first?.lowercased {
      if beforeACry.contains(first) {
        rest = rest.dropFirst()
      } else if first == "i", rest.dropFirst().first?.lowercased == "mean" {
        rest = rest.dropFirst(2)
      } else {
        break
      }
    }
    return Array(rest)
  }

  /// A sentence without the words said after it to press it or call the listener: a vocative
  /// at its end ("i don't know kiddo"), or a clause after its last comma made only of a tag
  /// ("…, you watch", "…, mark my words", "…, man"). What is left keeps its final punctuation.
  static func withoutTrailingTags(_ sentence: [Token]) -> [Token] {
    var body = sentence
    var ending: [Token] = []
    while let last = body.last, last.kind == .punctuation, last.text != "," {
      ending.insert(body.removeLast(), at: 0)
    }
    var isChanged = false
    while body.count(where: \.isWord) > 2 {
      let words = body.filter(\.isWord)
      if let start = PartnerCueMatcher.closingVocative.matchStart(atEndOf: words)
        ?? kinVocativeStart(atEndOf: words) ?? Vocative.nameStart(atEndOf: words)
      {
        let cut = words.count - start
        var seen = 0
        while seen < cut, let last = body.popLast() { if last.isWord { seen += 1 } }
      } else if let comma = body.lastIndex(where: { $0.kind == .punctuation && $0.text == "," }),
        case let tail = body[(comma + 1)...].filter(\.isWord), isTags(tail),
        body[..<comma].count(where: \.isWord) >= 2
      {
        body.removeSubrange(comma...)
      } else {
        break
      }
      isChanged = true
      while let last = body.last, last.kind == .punctuation { body.removeLast() }
    }
    return isChanged ? body + ending : sentence
  }

  /// Where a name for the listener from their family or circle ends a sentence without a comma
  /// ("it's a pyramid scheme gran", "I don't know dad"): after a word it cannot belong to ("my
  /// gran", "to mate"); a name that is also said of others ("told dad", "a good mom") only
  /// after a word that ends a clause or a noun phrase. Nil otherwise.
  private static func kinVocativeStart(atEndOf words: [Token]) -> Int? {
    guard words.count > 2, let last = words.last?.lowercased else { return nil }
    let before = words[words.count - 2].lowercased
    let endsAClause = PartnerCues.endsBeforeAVocative.contains(before)
    if PartnerCues.listenerOnlyNames.contains(last) {
      return endsAClause || !FunctionWords.isFunctionWord(before) ? words.count - 1 : nil
    }
    guard PartnerCues.kinVocatives.contains(last) else { return nil }
    let classes = Lexicon.classes(of: before)
    // "bad for teenagers mom": a plural noun ends its phrase too.
    let earlier = words.count > 2 ? words[words.count - 3].lowercased : ""
    // "the fumes love": a noun after its determiner ends its phrase, whatever else it can be.
    let endsANounPhrase =
      (classes.contains(.noun) && !classes.contains(.adjective)
        || Lexicon.singular(of: before) != nil)
      && (Lexicon.verbReadings(of: before).isEmpty || ["the", "these", "those"].contains(earlier))
      && !FunctionWords.isFunctionWord(before)
    // "the taxes are too high mom": an adjective ending a predicate, after "be" or a degree
    // word, not one before a noun ("a good mom").
    let endsAPredicate =
      classes.contains(.adjective) && !FunctionWords.isFunctionWord(before)
      && !Self.likening.contains(before)
      && (FunctionWords.auxiliary(earlier)?.kind == .be
        || DegreeWords.beforeAdjective.contains(earlier))
    return endsAClause || endsANounPhrase || endsAPredicate ? words.count - 1 : nil
  }

  /// Words that liken, which take a name after them: "just like grandma".
  private static let likening: Set<String> = ["like", "unlike", "near", "worthy"]
}

extension SaidSentences {
  /// A sentence without what they call the listener inside it (`PartnerCues.listenerNames`):
  /// a name set apart by commas ("the landlords, mate, who else"), opening the sentence before a
  /// comma ("hun, …"), or said just before a comma after a word that carries meaning ("the
  /// landlords love, who else"); after "I", "really" or another function word it is a verb ("I
  /// love, really love, …").
  static func withoutListenerNames(_ sentence: [Token]) -> [Token] {
    func isComma(_ index: Int) -> Bool {
      sentence.indices.contains(index) && sentence[index].kind == .punctuation
        && sentence[index].text == ","
    }
    func isEnd(_ index: Int) -> Bool {
      !sentence.indices.contains(index) || sentence[index].kind == .punctuation
    }
    var dropped: Set<Int> = []
    for index in sentence.indices where sentence[index].isWord {
      let isListenerName = PartnerCues.listenerNames.contains(sentence[index].lowercased)
      // "… bad for teenagers mom, that's just …": a name ending its clause before a comma.
      let endsItsClause =
        isComma(index + 1)
        && {
          let clause = sentence[...index].filter(\.isWord)
          return kinVocativeStart(atEndOf: clause) ?? Vocative.nameStart(atEndOf: clause) != nil
        }()
      // "honestly mate there's no point voting": a name that opens the sentence, after its
      // tags, before a clause that starts with its own subject.
      let isFamilyName = [PartnerCues.kinVocatives, PartnerCues.listenerOnlyNames].contains {
        $0.contains(sentence[index].lowercased)
      }
      // "honestly jen this housing thing, …": a name the lexicon does not know, after a tag
      // that opens the sentence, before a clause of its own.
      let isNameAfterATag =
        index > 0 && Vocative.isUnknownName(sentence[index].lowercased)
        && Vocative.opensAClauseOfItsOwn(after: index, in: sentence)
      if isListenerName || isFamilyName || isNameAfterATag,
        opensTheSentence(index, in: sentence),
        opensAClause(after: index, in: sentence)
      {
        dropped.insert(index)
        if isComma(index + 1) { dropped.insert(index + 1) }
        continue
      }
      guard isListenerName || endsItsClause || Vocative.isSetApartName(at: index, in: sentence)
      else { continue }
      let previous = index - 1
      let setApart = (previous < 0 || isComma(previous)) && isEnd(index + 1)
      let beforeAComma =
        (isListenerName || endsItsClause) && isComma(index + 1) && previous >= 0
        && sentence[previous].isWord
        && !FunctionWords.isFunctionWord(sentence[previous].lowercased)
        && !Self.beforeAVerb.contains(sentence[previous].lowercased)
      guard setApart || beforeAComma else { continue }
      dropped.insert(index)
      // The comma before the name goes with it; the one after keeps the clauses apart, unless
      // the name opens the sentence.
      if isComma(previous) {
        dropped.insert(previous)
      } else if previous < 0, isComma(index + 1) {
        dropped.insert(index + 1)
      }
    }
    guard !dropped.isEmpty else { return sentence }
    return sentence.indices.filter { !dropped.contains($0) }.map { sentence[$0] }
  }

  /// Whether only tags come before a word: "honestly", "oh", "look".
  private static func opensTheSentence(_ index: Int, in sentence: [Token]) -> Bool {
    let before = sentence[..<index].filter(\.isWord)
    guard !before.isEmpty else { return true }
    return before.count <= 2
      && before.allSatisfy { PartnerCueMatcher.openingTags.matchEnd(atStartOf: [$0]) == 1 }
  }

  /// Whether the words after a name, with or without a comma between, open a clause of their
  /// own: a subject word ("there", "they", "it") and a finite verb after it. "love is all you
  /// need" has the name as its subject; "mate they're all the same" and "mum, these phones
  /// are …" do not.
  private static func opensAClause(after index: Int, in sentence: [Token]) -> Bool {
    let after = sentence[(index + 1)...].drop { $0.kind == .punctuation && $0.text == "," }
    // "babe honestly I'm …": a tag between the name and the clause is the clause's.
    let rest = Array(
      after.prefix(Vocative.clauseReach).drop {
        $0.isWord && PartnerCueMatcher.openingTags.matchEnd(atStartOf: [$0]) == 1
          && !subjectWords.contains($0.lowercased)
      })
    // "mum, electric cars are …": set off by a comma, the name is before a clause of any
    // subject; "mum, dad and I …" lists the people.
    let isSetOff = after.startIndex > index + 1
    guard let next = rest.first, next.isWord,
      subjectWords.contains(next.lowercased)
        || isSetOff && !PartnerCues.kinVocatives.contains(next.lowercased)
          && !rest.prefix(3).contains(where: { $0.lowercased == "and" })
    else { return false }
    return ClauseParser.finiteVerbIndex(in: rest).map { $0 > 0 } ?? false
  }

  /// Words that open a clause as its subject, or as the "there" before its verb.
  private static let subjectWords: Set<String> = [
    "there", "it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those",
    "nobody", "everyone", "everybody", "no", "the",
  ]

  /// Words after which a listener's name is a verb: "really love, …".
  static let beforeAVerb: Set<String> = ["really", "just", "still", "also", "truly", "do"]

  /// Whether words are tags said after a comma and nothing else, one after another: "everybody
  /// knows it man".
  static func isTags(_ words: [Token]) -> Bool {
    var rest = words[...]
    while !rest.isEmpty {
      guard let end = PartnerCueMatcher.afterAComma.matchEnd(atStartOf: Array(rest)), end > 0
      else { return false }
      rest = rest.dropFirst(end)
    }
    return !words.isEmpty
  }
}

extension TheirWords {
  /// Whether passing something at the table is all the turn says: outside the request, at most
  /// `atTableTagLimit` words that are no function words, what is passed and a word to the
  /// listener ("pass the bread please", "stick the kettle on for me would you"), not a view of
  /// theirs said with it ("put the kettle on, I still think she'd thrive there").
  static func asksAtTableAlone(_ words: [Token]) -> Bool {
    guard let span = PartnerCueMatcher.atTable.spans(in: words).first else { return false }
    let outside = words.indices.filter { !span.contains($0) }
    return outside.count { !FunctionWords.isFunctionWord(words[$0].lowercased) }
      <= atTableTagLimit
  }

  /// The most words of their own a request at the table may be said with and still be alone.
  static let atTableTagLimit = 2
}

extension PartnerCueMatcher {
  static let atTable = PartnerCueMatcher(
    PartnerCues.atTable, notSaidAfter: PartnerCues.notAtHandAfter)
  static let selfDefence = PartnerCueMatcher(PartnerCues.selfDefence)
  static let despair = PartnerCueMatcher(PartnerCues.despair)
  static let disbelief = PartnerCueMatcher(PartnerCues.disbelief)
  static let disbeliefThrownBack = PartnerCueMatcher(PartnerCues.disbeliefThrownBack)
  static let afterAComma = PartnerCueMatcher(PartnerCues.afterAComma)
  static let closingVocative = PartnerCueMatcher(PartnerCues.vocatives)
  static let jokeMarker = PartnerCueMatcher(PartnerCues.jokeMarkers)
  static let sarcasm = PartnerCueMatcher(PartnerCues.sarcasm)
  static let mockAgreement = PartnerCueMatcher(PartnerCues.mockAgreement)
}
