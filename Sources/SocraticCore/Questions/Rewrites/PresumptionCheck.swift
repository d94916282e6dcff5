/// The last check on every rewrite, whichever rule built it: it keeps none of the asker's
/// presumption and reads as a short, whole question. A rewrite that fails is not shown; the
/// next rule, or a plainer question, is tried instead.
///
/// A rewrite is refused when:
/// - it keeps a word by which the asker doubts or makes light of the person ("actually",
///   "just", "really", "seriously", "even", "obviously", "again", "ever");
/// - it keeps what the question put on the person: the feeling or trait said of "you"
///   ("Aren't you a bit jealous that …", "Are you being lazy about …");
/// - a determiner was parted from its noun by a verb ("how long this will one last");
/// - an option that was an act in the question comes back as a bare verb after "against"
///   ("weigh a puppy against wait");
/// - it runs to more than `maximumWords` words;
/// - it asks the question again without its negation, which asks the opposite
///   (`KeptPolarity`).
enum PresumptionCheck {
  /// The most words a rewrite may have: a longer one carries more of the asker's clause.
  static let maximumWords = 18

  /// The most words a rewrite that asks what would settle a claim should have; a longer claim
  /// loses the words that only say it is asked now (`QuestionRewriter.settling(_:)`).
  static let maximumWhetherWords = 12

  /// What the checks need of the question a rewrite is made for, read once: a search tries
  /// many rewrites of one question.
  struct Source {
    /// The question's words, lowercased.
    let words: [String]
    /// The charges it lays on the person (`chargedOfPerson(in:)`).
    let chargedOfPerson: Set<String>
    /// What it says the person is (`imputedWords(in:)`).
    let imputed: Set<String>
    /// The bare verbs that open an option after "or" (`hasBareActAfterAgainst(_:actsAfterOr:)`).
    let actsAfterOr: Set<String>
    /// The act it opens on that a verb must not split (`splitsAct(_:act:)`), or nil.
    let openingAct: String?
    /// What the polarity checks need of it.
    let polarity: KeptPolarity.Source

    init(_ tokens: [Token]) {
      let wordTokens = tokens.filter(\.isWord)
      words = wordTokens.map(\.lowercased)
      chargedOfPerson = PresumptionCheck.chargedOfPerson(in: words)
      imputed = PresumptionCheck.imputedWords(in: words)
      actsAfterOr = PresumptionCheck.actsAfterOr(in: words)
      openingAct = PresumptionCheck.openingAct(of: wordTokens)
      polarity = KeptPolarity.Source(tokens)
    }
  }

  /// Whether a rewrite, as tokens without its "?", may be shown for the question `source`.
  static func passes(_ body: [Token], source: [Token]) -> Bool {
    passes(body, source: Source(source))
  }

  /// `passes(_:source:)` for the question read once.
  static func passes(_ body: [Token], source: Source) -> Bool {
    let words = body.filter(\.isWord).map(\.lowercased)
    guard words.count <= maximumWords,
      !words.contains(where: leadingReasonWords.contains)
    else { return false }
    if words.contains(where: source.chargedOfPerson.contains) { return false }
    if words.contains(where: source.imputed.contains) { return false }
    return !words.contains(where: { isMisspeltGerund($0, source: source.words) })
      && !partsDeterminer(words) && !hasBareActAfterAgainst(words, actsAfterOr: source.actsAfterOr)
      && !splitsAct(words, act: source.openingAct)
      && !KeptPolarity.flips(words, source: source.polarity)
      && !KeptPolarity.dropsDenial(words, source: source.polarity)
  }

  /// Whether an -ing form the rewrite made is not the one its verb takes: "scareing" for
  /// "scaring" (a word the question had is as the person wrote it).
  static func isMisspeltGerund(_ word: String, source: [String]) -> Bool {
    guard word.hasSuffix("ing"), !source.contains(word), let base = QuestionRewriter.baseForm(word),
      base != word
    else { return false }
    return QuestionRewriter.gerund(of: base).map { $0 != word } ?? false
  }

  /// Whether a verb was put inside the act a question opens on: "Is learning Spanish …?" asked
  /// as "whether learning is Spanish …" (see `openingAct(of:)`).
  static func splitsAct(_ words: [String], act: String?) -> Bool {
    guard let act else { return false }
    return zip(words, words.dropFirst()).contains {
      $0 == act && FunctionWords.auxiliary($1) != nil
    }
  }

  /// The -ing word of the act a yes/no question opens on, when it is followed in the question
  /// by a word of its own phrase (a noun, a preposition, a determiner), which a verb cannot
  /// split: "learning" in "Is learning Spanish …?"; nil otherwise.
  /// - Parameter source: the question's word tokens.
  static func openingAct(of source: [Token]) -> String? {
    guard source.count > 2, FunctionWords.auxiliary(source[0].lowercased) != nil else {
      return nil
    }
    let act = source[1].lowercased
    let next = source[2].lowercased
    guard act.hasSuffix("ing"),
      Lexicon.verbReadings(of: act).contains(where: { $0.form == .presentParticiple })
    else { return nil }
    let classes = Lexicon.classes(of: next)
    let belongsToAct =
      FunctionWords.prepositions.contains(next) || FunctionWords.determiners.contains(next)
      || FunctionWords.possessives.contains(next)
      || (classes.contains(.noun) && !classes.contains(.adjective))
      || Lexicon.singular(of: next) != nil
      || source[2].text.first?.isUppercase == true
    return belongsToAct ? act : nil
  }

  /// A rewrite longer than `preferredWords`, cut before the last phrase added to its topic
  /// that takes it over: a place or time after a noun ("… your whole office | to the
  /// wedding") or a clause after one ("… on a venue | we'll use for one day"); nil when it is
  /// short enough or has no such phrase to cut.
  static func shortened(_ body: [Token]) -> [Token]? {
    let wordIndices = body.indices.filter { body[$0].isWord }
    guard wordIndices.count > preferredWords else { return nil }
    // The frame and the first words of the topic stay: "How do you feel about spending".
    let cuts = wordIndices.dropFirst(6).prefix(preferredWords - 5).filter { index in
      guard index + 1 < body.count, let before = body[..<index].last(where: \.isWord) else {
        return false
      }
      let word = body[index].lowercased
      let next = body[index + 1]
      let isAfterNoun =
        !FunctionWords.isFunctionWord(before.lowercased)
        && Lexicon.classes(of: before.lowercased).contains(.noun)
      let opensPhrase =
        FunctionWords.determiners.contains(next.lowercased)
        || FunctionWords.possessives.contains(next.lowercased) || next.kind == .number
        || next.text.first?.isUppercase == true
      let isPlaceOrTime = cutPrepositions.contains(word) && opensPhrase
      let isClause = clauseOpeners.contains(word)
      return isAfterNoun && (isPlaceOrTime || isClause)
    }
    return cuts.last.map { Array(body[..<$0]) }
  }

  /// The words a rewrite should keep to; a longer one is cut where it can be
  /// (`shortened(_:)`), and one over `maximumWords` is never shown.
  static let preferredWords = 14

  /// Prepositions that add a place or a time to a topic, which a rewrite can do without.
  private static let cutPrepositions: Set<String> = [
    "to", "at", "on", "in", "during", "till", "until", "from",
  ]

  /// What a question says the person is: the adjective or participle after "you" and a form
  /// of "be", past "being", "not" and degree words ("you a bit jealous", "you're being
  /// lazy", "you so obsessed"); states the person may be asked about ("sure", "ready") are
  /// not put on them.
  static func imputedWords(in words: [String]) -> Set<String> {
    var imputed: Set<String> = []
    for index in words.indices where words[index] == "you" {
      let before = index > 0 ? words[index - 1] : ""
      let after = index + 1 < words.count ? words[index + 1] : ""
      var next: Int
      if isBe(before) {
        next = index + 1  // "aren't you | jealous"
      } else if isBe(after) {
        next = index + 2  // "you 're | jealous"
      } else {
        continue
      }
      while next < words.count, skippedBeforeTrait.contains(words[next]) { next += 1 }
      guard next < words.count else { continue }
      let word = words[next]
      if isTrait(word) { imputed.insert(word) }
    }
    return imputed
  }

  /// The charges a question lays on the person or on what they said or did: a charge word
  /// (`QuestionRewriter.chargeWords`) within four words after "you", "that", "this" or "it"
  /// ("thats kinda hypocritical", "you're being selfish"); a charge on someone else ("your dad
  /// being unfair") is their topic.
  static func chargedOfPerson(in words: [String]) -> Set<String> {
    var charged: Set<String> = []
    for index in words.indices where QuestionRewriter.chargeWords.contains(words[index]) {
      let before = words[max(0, index - 4)..<index]
      if before.contains(where: personReferents.contains) { charged.insert(words[index]) }
    }
    return charged
  }

  /// Words that stand for the person asked or what they said: "you", "that's".
  private static let personReferents: Set<String> = [
    "you", "you're", "youre", "that", "thats", "that's", "this", "it", "it's", "its",
  ]

  private static func isBe(_ word: String) -> Bool {
    FunctionWords.auxiliary(word)?.kind == .be
  }

  /// Whether a word says what a person is or feels: an adjective or a past participle that
  /// is not a plain state they can be asked about.
  private static func isTrait(_ word: String) -> Bool {
    // "you're moving", "you are still wearing": an act, not a trait.
    guard !FunctionWords.isFunctionWord(word), !askableStates.contains(word),
      !Lexicon.verbReadings(of: word).contains(where: { $0.form == .presentParticiple })
    else {
      return false
    }
    return Lexicon.classes(of: word).contains(.adjective)
      || Lexicon.verbReadings(of: word).contains { $0.form == .pastParticiple }
  }

  /// Whether a determiner that needs a noun stands before a verb that has the noun after it:
  /// "this will one last", "that can phone do".
  static func partsDeterminer(_ words: [String]) -> Bool {
    words.indices.dropLast(2).contains { index in
      guard nounDeterminers.contains(words[index]),
        let auxiliary = FunctionWords.auxiliary(words[index + 1]), auxiliary.kind != .be
      else { return false }
      let next = words[index + 2]
      return ["one", "ones"].contains(next) || Lexicon.verbReadings(of: next).isEmpty
    }
  }

  /// Whether "against" is followed by the bare verb that opened an option after "or" in the
  /// question ("… or wait until …" → "against wait"; see `actsAfterOr(in:)`).
  static func hasBareActAfterAgainst(_ words: [String], actsAfterOr: Set<String>) -> Bool {
    zip(words, words.dropFirst()).contains { $0 == "against" && actsAfterOr.contains($1) }
  }

  /// The bare verbs that open an option after "or" in a question's lowercased words.
  static func actsAfterOr(in source: [String]) -> Set<String> {
    Set(
      source.indices.dropLast().filter { source[$0] == "or" }.compactMap { index in
        source[(index + 1)...].first { !leadingReasonWords.contains($0) }
      }.filter { QuestionRewriter.baseForm($0) == $0 && Lexicon.isVerb($0) })
  }

  /// Words by which the asker doubts the person, makes light of what they do or says it
  /// happens over and over: none belongs in a neutral question.
  static let leadingReasonWords: Set<String> = [
    "actually", "really", "seriously", "honestly", "even", "just", "obviously", "clearly",
    "basically", "simply", "again", "ever", "finally", "surely", "literally",
  ]

  /// Pronouns that open a clause added to a noun: "a venue | we'll use".
  private static let clauseOpeners: Set<String> = ["i", "we", "they", "he", "she"]

  /// Words between "you are" and what the person is said to be.
  private static let skippedBeforeTrait: Set<String> = [
    "not", "being", "a", "bit", "little", "so", "too", "very", "really", "quite", "kind", "sort",
    "of", "kinda", "sorta", "slightly", "getting", "becoming", "still", "just", "seriously",
    "actually", "honestly", "even", "always",
  ]

  /// States a person may be asked about without being charged with them.
  private static let askableStates: Set<String> = [
    "sure", "certain", "aware", "ready", "able", "allowed", "going", "free", "done", "here",
    "there", "right", "okay", "ok", "alright", "fine", "well", "able", "willing", "supposed",
    "planning", "thinking", "saying", "telling", "asking", "interested", "open", "new",
  ]

  /// Determiners that stand for a noun only with one after them.
  private static let nounDeterminers: Set<String> = [
    "this", "that", "these", "those", "another", "every", "each",
  ]
}
