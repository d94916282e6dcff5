/// Takes a clause apart around its finite verb by position and agreement.
///
/// The finite verb is the first word, after a non-empty subject, that can be a finite verb where
/// it stands:
/// - an auxiliary or modal ("is", "won't", "'s" after a pronoun), unless a determiner or a
///   preposition comes before it ("the will", "free will is");
/// - a lexical verb form the lexicon knows ("kills", "caused", "went") that agrees with the
///   subject: a third-person form needs a singular subject, a bare form a plural one or I, you,
///   we, they ("Remote work kills productivity": "work" cannot be the verb after the singular
///   "remote"); a past form agrees with any subject;
/// - not a word that continues a compound noun when the next word is a verb that agrees with it
///   ("Trade wars hurt everyone": "wars" is a noun because "hurt" agrees with it), nor a past
///   participle that modifies the subject ("Kids raised on screens can't focus");
/// - not inside a relative or noun clause of the subject ("People who disagree with you are
///   wrong", "What matters is family"): each "who", "which", "that", "what" or reduced relative
///   ("the people I trust") opens a clause whose own verb is skipped.
///
/// The part-of-speech tagger is trusted first: a word it reads as a noun, an adjective or a name
/// is not the verb ("The health benefits of … outweigh", "Film stars should"), and one it reads
/// as a verb may be a verb that is rarely one ("jobs"). When no word it reads as a verb will do,
/// the words are tried by the lexicon alone; verbs whose verb senses are rare next to their noun
/// senses ("jobs", "wars", "people") last.
public enum ClauseParser {
  /// The clause's parts, or nil when no finite verb can be found.
  public static func parse(_ text: String) -> Clause? {
    parse(Tokenizer.tokenize(text))
  }

  /// The clause's parts, or nil when no finite verb can be found. Sentence-final punctuation
  /// is left in `rest`.
  public static func parse(_ tokens: [Token]) -> Clause? {
    RecentClauses.reading(of: tokens, needsClause: true).clause
  }

  /// The index of the clause's finite verb, or nil when there is none.
  public static func finiteVerbIndex(in tokens: [Token]) -> Int? {
    RecentClauses.reading(of: tokens, needsClause: false).finiteVerbIndex
  }
}

/// The work of `ClauseParser` over one clause's tokens.
struct ClauseScanner {
  let tokens: [Token]
  /// The part of speech of each token, as the tagger reads it.
  let tags: [PartOfSpeech]

  init(tokens: [Token]) {
    self.tokens = tokens
    // The capital of a first word that is a function word says nothing of its role, and the
    // treebanks open few sentences with a determiner ("That bakery has gone …"): it is tagged
    // as written in lowercase.
    var tagged = tokens
    if let first = tokens.first, first.isCapitalized,
      FunctionWords.isFunctionWord(first.lowercased)
    {
      tagged[0] = first.replacingText(with: first.lowercased)
    }
    self.tags = Tagger.tags(of: tagged)
  }

  /// The finite verb from a start: by the tags first, then by the lexicon alone, rare verbs last.
  func firstFinite(from start: Int) -> Int? {
    finiteBeforeComparison(from: start)
      ?? findFinite(from: start, reading: .byTags)
      ?? findFinite(from: start, reading: .byLexicon)
      ?? findFinite(from: start, reading: .byLexiconWithRareVerbs)
  }

  /// How a word is judged to be a verb.
  enum VerbEvidence {
    /// A lexical verb must be tagged as a finite verb, an infinitive or a participle.
    case byTags
    /// Any word the lexicon knows as a verb, apart from rare verbs.
    case byLexicon
    /// Any word the lexicon knows as a verb.
    case byLexiconWithRareVerbs
  }

  // MARK: - The lead adverbial

  /// Where the subject starts: after a leading adverbial and its comma ("In the long run,",
  /// "If taxes rise,"), when the adverbial starts with a preposition, a subordinator or an
  /// adverb and a clause follows the comma; or, typed without the comma, after a leading
  /// subordinate clause where a subject pronoun opens the main clause with its verb ("if you
  /// ban phones they read more").
  func leadEnd() -> Int {
    guard let first = tokens.first, first.kind == .word else { return 0 }
    let word = first.lowercased
    let startsAdverbial =
      FunctionWords.prepositions.contains(word) || FunctionWords.subordinators.contains(word)
      || FunctionWords.isVerbAdverb(word) || Lexicon.classes(of: word).contains(.adverb)
    guard startsAdverbial else { return 0 }
    guard let comma = tokens.firstIndex(where: { $0.text == "," }) else {
      // Only where no main verb is found otherwise: the reading of every sentence that had
      // one stays as it was.
      return Self.conditionOpeners.contains(word) && firstFinite(from: 0) == nil
        ? mainClauseAfterCommalessLead() : 0
    }
    guard comma + 2 < tokens.count, firstFinite(from: comma + 1).map({ $0 > comma + 1 }) == true
    else { return 0 }
    return comma + 1
  }

  // MARK: - Finding the finite verb

  func findFinite(from start: Int, to end: Int? = nil, reading: VerbEvidence) -> Int? {
    var openClauses = 0
    var lastOpener = -1
    var afterVerbGroup = -1
    var index = start
    while index < end ?? tokens.count {
      if opensClause(at: index, start: start) {
        openClauses += 1
        lastOpener = index
        index += 1
        continue
      }
      let candidate = FiniteCandidate(
        index: index,
        subjectStart: openClauses > 0 ? relativeSubjectStart(opener: lastOpener) : start,
        clauseStart: start, followsOpener: lastOpener == index - 1,
        followsVerbGroup: afterVerbGroup == index, reading: reading)
      if isFinite(candidate) || isUnknownRelativeVerb(candidate, openClauses: openClauses) {
        if openClauses == 0 { return index }
        openClauses -= 1
        // After a subject relative ("who run banks") the next word is the verb's object; after
        // an object relative ("the people you trust", "that AI takes") it may be the main verb.
        let isSubjectRelative =
          index == lastOpener + 1
          && FunctionWords.relativePronouns.contains(tokens[lastOpener].lowercased)
        index = endOfVerbGroup(at: index)
        afterVerbGroup = isSubjectRelative ? index : -1
        continue
      }
      index += 1
    }
    return nil
  }

  struct FiniteCandidate {
    var index: Int
    /// Where the subject the verb agrees with starts.
    var subjectStart: Int
    /// Where the whole clause's subject starts.
    var clauseStart: Int
    /// Whether a relative pronoun comes just before ("who lie", "that is").
    var followsOpener: Bool
    /// Whether a skipped verb group ends just before ("who run banks").
    var followsVerbGroup: Bool
    var reading: VerbEvidence
  }

  /// Where the subject of a clause opened at an index starts: the pronoun itself for a reduced
  /// relative ("nobody I know": "I"), the word after a relative pronoun otherwise.
  func relativeSubjectStart(opener: Int) -> Int {
    let word = tokens[opener].lowercased
    return ["i", "you", "he", "she", "we", "they"].contains(word) ? opener : opener + 1
  }

  /// Whether a word opens a relative or noun clause whose verb is not the main verb.
  func opensClause(at index: Int, start: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word else { return false }
    let word = token.lowercased
    if index == start {
      if ["what", "whatever", "whoever", "whether", "how", "why", "where", "when"].contains(word) {
        return true
      }
      if FunctionWords.subordinators.contains(word), word != "so" { return true }
      // "That restaurant has gone …": a determiner, as the tagger reads it, opens no clause;
      // but a determiner "that" takes no plural ("That prices rose is clear").
      if word == "that", tags[index] == .determiner, index + 1 < tokens.count,
        Lexicon.number(ofNoun: tokens[index + 1].lowercased) != .plural
      {
        return false
      }
      if word == "that", index + 1 < tokens.count {
        let next = tokens[index + 1]
        return FunctionWords.auxiliary(next.lowercased) == nil
          && !Lexicon.verbReadings(of: next.lowercased).contains { $0.form.isFinite }
      }
      return false
    }
    let previous = tokens[index - 1]
    if ["who", "which", "whom", "whose"].contains(word) {
      return isNounLike(previous) || previous.text == ","
    }
    if word == "that" { return isNounLike(previous) }
    if ["i", "you", "he", "she", "we", "they"].contains(word) {
      // "the people I trust"; but "now you're not sure": a word that never heads a noun
      // phrase takes no relative clause.
      return isNounLike(previous) && !Self.nonHeads.contains(previous.lowercased)
        && index + 1 < tokens.count
    }
    return false
  }

  func isFinite(_ candidate: FiniteCandidate) -> Bool {
    let index = candidate.index
    let token = tokens[index]
    guard token.kind == .word else { return false }
    // A word right before "than" is what is compared ("Higher taxes than ever hurt"), not a verb.
    if index + 1 < tokens.count, tokens[index + 1].lowercased == "than" { return false }
    let word = token.lowercased
    if index > candidate.clauseStart, !candidate.followsOpener {
      let previous = tokens[index - 1].lowercased
      let isDeterminerOnly =
        FunctionWords.determiners.contains(previous)
        && FunctionWords.subjectPronouns[previous] == nil
      // "her" before a form of "be" or "have" is an object ("voted for her is"), not a
      // possessive of a noun as in "his will".
      let isObjectHer =
        previous == "her" && [.be, .have].contains(FunctionWords.auxiliary(word)?.kind)
      if isDeterminerOnly || FunctionWords.possessives.contains(previous) && !isObjectHer
        || FunctionWords.prepositions.contains(previous) || previous == "to"
      {
        return false
      }
    }
    if let auxiliary = FunctionWords.auxiliary(word) {
      guard index > candidate.clauseStart || candidate.followsOpener else { return false }
      if word == "'s" { return isVerbClitic(at: index) }
      if auxiliary.kind == .modal, !auxiliary.isNegated, word != "'ll", word != "'d" {
        return isFollowedByVerb(index)
      }
      return true
    }
    guard index > candidate.clauseStart, !candidate.followsVerbGroup,
      !FunctionWords.verbAdverbs.contains(word),
      !isObjectOfVerb(at: index, clauseStart: candidate.clauseStart),
      // "Only banks will fail", "\"Net zero\" is …": adverbs or marks alone are no subject (a
      // command has none at all).
      !tokens[candidate.clauseStart..<index].allSatisfy({
        !$0.isWord || $0.lowercased == "never" || FunctionWords.isVerbAdverb($0.lowercased)
      })
    else { return false }
    // "What matters to you is …", "what bugs me is …": right after "what", a third-person form
    // is its verb, however the tagger reads it and however rare a verb it is.
    if candidate.followsOpener, tokens[index - 1].lowercased == "what",
      finiteReadings(of: word, allowingRareVerbs: true).contains(where: {
        $0.form == .thirdSingular
      })
    {
      return true
    }
    if candidate.reading == .byTags, !Self.verbTags.contains(tags[index]) { return false }
    let readings = finiteReadings(
      of: word, allowingRareVerbs: candidate.reading != .byLexicon)
    guard !readings.isEmpty else { return false }
    let agreement =
      candidate.subjectStart < index
      ? self.agreement(of: candidate.subjectStart..<index)
      : agreement(of: candidate.clauseStart..<max(candidate.clauseStart, index - 1))
    let agreeing = readings.filter { $0.form.agrees(with: agreement) }
    guard !agreeing.isEmpty else { return false }
    // "Everyone who voted for him is …": right after a relative pronoun a past form is its verb.
    if agreeing.allSatisfy({ $0.form == .past }), !candidate.followsOpener,
      isPastParticipleModifier(at: index)
    {
      return false
    }
    if agreeing.allSatisfy({ $0.form == .past }),
      isAttributiveParticiple(at: index) || isCompoundModifier(at: index)
    {
      return false
    }
    if continuesCompoundNoun(at: index, candidate: candidate) { return false }
    if endsPhraseAfterIngModifier(at: index) { return false }
    if isNounAfterQuantifier(at: index) { return false }
    if isObjectOfBareVerb(at: index, subjectStart: candidate.subjectStart) { return false }
    return true
  }

  /// The tags of a word that can be a clause's lexical verb: a past form is often read as a
  /// participle, a present one as an infinitive, and the "get" of a passive as an auxiliary.
  static let verbTags: Set<PartOfSpeech> = [
    .finiteVerb, .infinitive, .pastParticiple, .auxiliary,
  ]
}
