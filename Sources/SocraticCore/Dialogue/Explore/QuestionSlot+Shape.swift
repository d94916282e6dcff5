/// What keeps words out of a question's slot though they parse as a clause: a second clause
/// run on after the first, a filler of talk, a modal left without its verb, a verb with
/// nothing after it, or an aside about what something is called.
extension QuestionSlot {
  /// Whether words given back after "You said" read as plain English: no filler of talk and
  /// no modal left without its verb ("You said she does like a drama" was given back). A
  /// second clause may stand in a quote, never in a slot (`isWellFormedClause`). It opens on
  /// a subject that names something: "You said grew up on a farm" (the "I" dropped, as in
  /// chat) and "You said that's what you were thinking" (pointing at what?) were given back.
  static func readsPlainly(_ clause: String) -> Bool {
    let tokens = Tokenizer.tokenize(clause)
    let tags = ClauseScanner(tokens: tokens).tags
    guard let first = tokens.indices.first(where: { tokens[$0].isWord }),
      !ExploreArc.pointerSubjects.contains(tokens[first].lowercased),
      !ClauseScanner.verbTags.contains(tags[first])
    else { return false }
    let verb = ClauseParser.finiteVerbIndex(in: tokens) ?? -1
    return !hasFiller(tokens, tags: tags, verb: verb) && !hasHangingModal(tokens, tags: tags)
  }

  /// Whether a clause runs on into another: a word that joins clauses ("so", "because", "if",
  /// "as") with a verb of its own after it ("the debt is not as bad as you think").
  static func hasSecondClause(_ tokens: [Token], tags: [PartOfSpeech], after verb: Int) -> Bool {
    // "the right part is you don't starve civilians": a copula followed by a whole clause of
    // its own, with no joiner, reads as a splice in any frame.
    if FunctionWords.auxiliary(tokens[verb].lowercased)?.kind == .be,
      verb + 2 < tokens.count, tags[verb + 1] == .pronoun,
      let next = tokens.indices.dropFirst(verb + 2).first(where: { tags[$0] != .adverb }),
      [.finiteVerb, .auxiliary].contains(tags[next])
    {
      return true
    }
    guard
      let joiner = tokens.indices.first(where: {
        $0 > verb && clauseJoiners.contains(tokens[$0].lowercased)
      })
    else { return false }
    return tags[(joiner + 1)...].contains { [.finiteVerb, .auxiliary].contains($0) }
  }

  /// Whether a clause stops at an auxiliary or a negator, its point left to the answer it
  /// came from ("it's not", "they don't", "she was"): in a question it names nothing.
  static func isElliptical(_ tokens: [Token], tags: [PartOfSpeech]) -> Bool {
    guard let last = tokens.indices.last else { return false }
    return tags[last] == .auxiliary || FunctionWords.negators.contains(tokens[last].lowercased)
  }

  /// Words that open a second clause inside the words put in a slot.
  static let clauseJoiners: Set<String> = [
    "so", "because", "cos", "coz", "cause", "cuz", "if", "unless", "since", "when", "whenever",
    "while", "though", "although", "but", "as", "whereas", "until", "then",
  ]

  /// Whether a clause carries a filler of talk that no question may quote: "literally",
  /// "basically", or a "like" that is not the clause's own verb ("she does like a drama").
  /// A "like" after a negation or a modal ("doesn't like", "would like") is the verb.
  static func hasFiller(_ tokens: [Token], tags: [PartOfSpeech], verb: Int) -> Bool {
    tokens.indices.contains { index in
      let word = tokens[index].lowercased
      if slotFillers.contains(word) { return true }
      guard word == "like", index != verb else { return false }
      let before = index > 0 ? tokens[index - 1] : nil
      let isVerbAfterAuxiliary =
        before.map {
          FunctionWords.auxiliary($0.lowercased).map { $0.isNegated || $0.kind == .modal } == true
            || ["not", "to", "n't"].contains($0.lowercased)
        } == true
      return !isVerbAfterAuxiliary
    }
  }

  /// Words of talk that fill a pause and never belong in a question's words.
  static let slotFillers: Set<String> = [
    "literally", "basically", "kinda", "sorta", "totally", "lol", "tbh", "idk", "imo", "anyways",
  ]

  /// Whether a modal is left without its verb: "your son would someone", "it will".
  static func hasHangingModal(_ tokens: [Token], tags: [PartOfSpeech]) -> Bool {
    tokens.indices.contains { index in
      guard FunctionWords.auxiliary(tokens[index].lowercased)?.kind == .modal else { return false }
      // "would not", "will probably": the verb may come a word or two later.
      let after = tokens.indices.dropFirst(index + 1).drop {
        [.adverb, .particle].contains(tags[$0]) || tokens[$0].lowercased == "not"
      }
      guard let next = after.first else { return true }
      return
        !(tags[next].isVerb || tags[next] == .auxiliary
        || Lexicon.verbReadings(of: tokens[next].lowercased).contains { $0.form == .base })
    }
  }

  /// Whether words are a phrase whole enough to paste in a slot: none opens on a word that
  /// joins it to what came before ("but the carbs thing", "so the kids") or on a preposition
  /// ("of his homework"), and none ends on a function word but a pronoun ("the rent and").
  static func isWholePhrase(_ phrase: String) -> Bool {
    let words = Tokenizer.tokenize(phrase).filter(\.isWord).map(\.lowercased)
    guard let first = words.first, let last = words.last else { return false }
    let opensOnJoin =
      FunctionWords.coordinators.contains(first) || FunctionWords.subordinators.contains(first)
      || FunctionWords.prepositions.contains(first)
    let endsOnFunctionWord =
      FunctionWords.isFunctionWord(last) && !FunctionWords.objectPronouns.contains(last)
      && !FunctionWords.tagPronouns.contains(last)
    return !opensOnJoin && !endsOnFunctionWord
  }

  /// Whether a clause says something past its verb ("you manage" says nothing a question can
  /// take up; "you manage on one wage" does): a word after the verb that is no function word.
  static func saysWhat(_ clause: String) -> Bool {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(clause)).filter(\.isWord)
    guard let verb = ClauseParser.finiteVerbIndex(in: tokens) else { return false }
    return tokens.dropFirst(verb + 1).contains { !FunctionWords.isFunctionWord($0.lowercased) }
  }

  /// Whether a clause only says what something is called ("everyone round here calls them
  /// the lottery", "it's known as the tax on hope"): an aside about a name, never a point for
  /// or against the view. "she calls me every day" calls, and names nothing.
  static func isNaming(_ clause: String) -> Bool {
    let tokens = Shorthand.expanded(
      Tokenizer.tokenize(String(clause.prefix(AnswerFollowUp.readLimit)))
    ).filter(\.isWord).map(\.lowercased)
    guard
      let verb = ClauseParser.finiteVerbIndex(in: Tokenizer.tokenize(tokens.joined(separator: " ")))
    else { return false }
    if let known = tokens.firstIndex(of: "known"), tokens.dropFirst(known + 1).first == "as" {
      return true
    }
    for index in tokens.indices.dropFirst(verb).prefix(namingVerbReach)
    where Lexicon.verbReadings(of: tokens[index]).contains(where: { namingVerbs.contains($0.base) })
    {
      // The name follows the one named: "calls them the lottery", never "calls me every day".
      let name = tokens.dropFirst(index + 2).first
      return name.map { !callingWords.contains($0) } ?? false
    }
    return false
  }

  /// How many words from the finite verb a verb of naming may stand: "they all call it".
  static let namingVerbReach = 3

  /// Verbs by which something is given a name.
  static let namingVerbs: Set<String> = ["call", "name", "nickname", "dub", "label"]

  /// Words after "calls me" that tell a call, not a name: "every day", "back", "on sundays".
  static let callingWords: Set<String> = [
    "every", "each", "back", "out", "up", "twice", "once", "daily", "on", "at", "to", "about",
    "for", "in", "when", "after", "all", "late", "early", "again",
  ]
}
