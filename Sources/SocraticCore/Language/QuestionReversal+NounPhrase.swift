// Where a noun phrase ends, and where a complement of "be" starts, in a question turned back
// into a statement.
extension QuestionReversal {
  /// Where a noun phrase that starts at `start` ends: past determiners, adjectives, nouns and
  /// "of" phrases, stopping at an adjective after a noun ("social media | toxic").
  static func nounPhraseEnd(in tokens: [Token], from start: Int) -> Int {
    var index = start
    if index < tokens.count, FunctionWords.subjectPronouns[tokens[index].lowercased] != nil,
      !FunctionWords.determiners.contains(tokens[index].lowercased)
    {
      return index + 1
    }
    // "Is that | a little girl": a demonstrative before an article stands alone.
    if index + 1 < tokens.count,
      ["that", "this", "these", "those"].contains(tokens[index].lowercased),
      ["a", "an", "the"].contains(tokens[index + 1].lowercased)
    {
      return index + 1
    }
    var sawNoun = false
    while index < tokens.count {
      let token = tokens[index]
      let word = token.lowercased
      // "Is that | a bit extreme": a degree before an adjective starts the complement.
      if index > start, isDegreePhrase(tokens, at: index) { break }
      if FunctionWords.beginsNounPhrase(token), !sawNoun {
        index += 1
        continue
      }
      // "Is Ethereum's switch …": after the question's own auxiliary, "'s" after a noun is a
      // possessive, and the noun phrase goes on.
      if word == "of" || word == "'s", sawNoun {
        index += 1
        sawNoun = false
        continue
      }
      // "Is the EU or NATO more important": two subjects joined.
      if word == "or" || word == "and", sawNoun, index + 1 < tokens.count,
        tokens[index + 1].isCapitalized || FunctionWords.beginsNounPhrase(tokens[index + 1])
      {
        index += 1
        sawNoun = false
        continue
      }
      // "Is the new stadium | worth the money": a word that takes a noun phrase as a
      // preposition does starts the complement ("his net worth" stays one noun phrase), and so
      // does one before an amount in words ("Is the gym | worth forty quid a month").
      if sawNoun, prepositionalComplements.contains(word), index + 1 < tokens.count,
        FunctionWords.beginsNounPhrase(tokens[index + 1])
          || ["it", "that", "this"].contains(tokens[index + 1].lowercased)
          || Quantifiers.numberWords.contains(tokens[index + 1].lowercased)
      {
        break
      }
      if namesActivity(tokens, ingAt: index, start: start) {
        sawNoun = true
        index += 1
        continue
      }
      // An -ing word after a noun starts the verb ("Is crypto | failing"), unless it is part
      // of a name ("Xi Jinping"); so does "been" ("Has the war | been going on").
      guard token.isWord, !FunctionWords.isFunctionWord(word), !FunctionWords.isVerbAdverb(word),
        !word.hasSuffix("ing") || !sawNoun || token.isCapitalized,
        !["be", "been", "being"].contains(word)
      else { break }
      // "Is the cat | ok after the vet": a filler after a noun is how it is, not more of it.
      if sawNoun, Fillers.roles[word] == .discourseMarker { break }
      let classes = Lexicon.classes(of: word)
      let isAdjective = classes.contains(.adjective)
      // A word the lexicon does not list is a noun unless it is a regular form of a verb:
      // "When was the Federal Reserve created": "created" ends the subject.
      let isNoun =
        !classes.isDisjoint(with: [.noun, .irregularPlural]) || Lexicon.singular(of: word) != nil
        || (classes.isEmpty && Lexicon.verbReadings(of: word).isEmpty) || token.isCapitalized
      if sawNoun, isAdjective, !isNounOnlyModifier(tokens[index - 1]) {
        // "social media | toxic"; but a noun that can be an adjective too ends the compound
        // when a complement follows it: "AI regulation | necessary".
        if classes.contains(.noun), startsComplement(tokens, at: index + 1) { return index + 1 }
        break
      }
      if sawNoun, !isNoun { break }
      sawNoun = sawNoun || isNoun
      index += 1
    }
    return index
  }

  /// Whether an -ing word after the adjective that opens the subject names an activity with it
  /// ("Is quiet quitting | fair", "Is remote working | lonely"): an adjective follows it, the
  /// complement of "be", which no progressive verb takes ("Is the cold | getting to you").
  static func namesActivity(_ tokens: [Token], ingAt index: Int, start: Int) -> Bool {
    guard index == start + 1, index + 1 < tokens.count, !tokens[index].isCapitalized,
      Lexicon.verbReadings(of: tokens[index].lowercased).contains(where: {
        $0.form == .presentParticiple
      })
    else { return false }
    return Lexicon.classes(of: tokens[start].lowercased).contains(.adjective)
      && Lexicon.classes(of: tokens[index + 1].lowercased).contains(.adjective)
  }

  /// Words that take a noun phrase after them as a preposition does, and so start the
  /// complement of "be" rather than end its subject: "worth the money", "like the old one".
  static let prepositionalComplements: Set<String> = ["worth", "like", "unlike"]

  /// The first place in a noun phrase where one noun follows another, after a noun that agrees
  /// with the auxiliary when there is one ("Are crypto influencers | grifters": not after
  /// "crypto"), or nil.
  static func compoundBoundary(
    in tokens: [Token], from start: Int, to end: Int, plural: Bool
  ) -> Int? {
    let boundaries = nounBoundaries(in: tokens, from: start, to: end)
    return boundaries.first {
      let previous = tokens[$0 - 1]
      let isPlural =
        !previous.isCapitalized && Lexicon.number(ofNoun: previous.lowercased) == .plural
      return isPlural == plural
    } ?? boundaries.first
  }

  /// Every place in a noun phrase where one noun follows another.
  static func nounBoundaries(in tokens: [Token], from start: Int, to end: Int) -> [Int] {
    guard start + 1 < end else { return [] }
    var boundaries: [Int] = []
    for index in (start + 1)..<end {
      let previous = tokens[index - 1].lowercased
      let word = tokens[index].lowercased
      guard !FunctionWords.isFunctionWord(previous), !FunctionWords.isFunctionWord(word),
        tokens[index].isWord, tokens[index - 1].isWord
      else { continue }
      let classes = Lexicon.classes(of: word)
      if classes.contains(.noun) || Lexicon.singular(of: word) != nil { boundaries.append(index) }
    }
    return boundaries
  }

  /// Whether a complement of "be" starts at an index: an adjective, an article or a degree
  /// word ("necessary", "a threat", "too strict").
  static func startsComplement(_ tokens: [Token], at index: Int) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word else { return false }
    let word = tokens[index].lowercased
    if ["a", "an", "the", "too", "so", "very", "more", "less", "not"].contains(word) {
      return true
    }
    return Lexicon.classes(of: word).contains(.adjective)
  }

  /// Whether "a bit", "a little" or "a tad" and an adjective start at an index.
  static func isDegreePhrase(_ tokens: [Token], at index: Int) -> Bool {
    guard index + 2 < tokens.count, tokens[index].lowercased == "a",
      ["bit", "little", "tad"].contains(tokens[index + 1].lowercased)
    else { return false }
    let next = Lexicon.classes(of: tokens[index + 2].lowercased)
    return next.contains(.adjective)
      && !(index + 3 < tokens.count && tokens[index + 3].isWord
        && Lexicon.classes(of: tokens[index + 3].lowercased).contains(.noun))
  }

  /// Whether a word before an adjective is itself a modifier ("social" in "social media").
  static func isNounOnlyModifier(_ token: Token) -> Bool {
    Lexicon.classes(of: token.lowercased).contains(.adjective)
  }
}
