/// The words of talk around a clause, which are no part of the view given back: a frame that
/// only says they are saying it ("you know what,", "I just said,", "I'll say it,"), a word
/// that calls the listener ("mate", "love"), a tag asking for agreement inside it ("…, didn't
/// they, …"), quotation marks left unpaired, a command glued on ("… so don't quote me"), a
/// verb of saying whose clause lost its subject ("I admit is anecdotal") and a "we" said of
/// people in general ("we just pretend"), which given back as "you" would accuse them.
extension ReflectionCheck {
  /// The clause without a frame of talk or a word calling the listener at its start:
  /// "you know what, it's mad" → "it's mad", "mate, they're a menace" → "they're a menace".
  static func withoutOpeningTalk(_ tokens: [Token]) -> [Token] {
    var tokens = tokens
    while let end = openingTalkEnd(in: tokens) {
      tokens.removeSubrange(..<end)
      while let first = tokens.first, first.kind == .punctuation, !isQuoteMark(first) {
        tokens.removeFirst()
      }
    }
    return tokens
  }

  /// Where a frame of talk or a word calling the listener ends at the start of a clause,
  /// with its comma; nil when the clause opens on what it says.
  private static func openingTalkEnd(in tokens: [Token]) -> Int? {
    guard
      let comma = tokens.prefix(frameWordLimit + 1).firstIndex(where: { $0.text == "," }),
      comma > 0, comma + 1 < tokens.count
    else { return nil }
    let words = tokens[..<comma].filter(\.isWord).map(\.lowercased)
    guard words.count == comma else { return nil }
    if words.count == 1, TypedForms.addressTerms.contains(words[0]) { return comma + 1 }
    let framing = words.contains { word in
      frameWords.contains(word)
        || Lexicon.verbReadings(of: word).contains { frameWords.contains($0.base) }
    }
    let isFrame = words.allSatisfy { word in
      frameWords.contains(word) || frameFillers.contains(word) || isPersonalSubject(word)
        || FunctionWords.auxiliary(word) != nil || FunctionWords.isVerbAdverb(word)
        || Lexicon.verbReadings(of: word).contains { frameWords.contains($0.base) }
    }
    return framing && isFrame ? comma + 1 : nil
  }

  /// The most words a frame of talk has: "ok I'll be honest with you".
  private static let frameWordLimit = 6

  /// Verbs and words that make a part a frame of talk: "I just said", "I mean", "you know
  /// what", "I'll be honest".
  static let frameWords: Set<String> = [
    "say", "said", "tell", "told", "know", "mean", "admit", "swear", "bet", "honest", "guess",
  ]

  /// Words a frame of talk may hold besides its verb: "you know what", "like I said".
  private static let frameFillers: Set<String> = [
    "what", "it", "this", "that", "like", "as", "just", "already", "be", "with", "ok", "okay",
    "well", "so", "but", "and", "i", "you", "all", "now", "though",
  ]

  /// Whether a token is a quotation mark, double or single, typed straight or curly.
  static func isQuoteMark(_ token: Token) -> Bool {
    token.kind == .punctuation && quoteMarks.contains(token.text)
  }

  /// The marks that open or close a quotation.
  static let quoteMarks: Set<String> = [
    "\"", "'", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}",
  ]

  /// Whether the quotation marks of a clause pair up: "'nobody' is a bit strong" does, a
  /// clause cut inside a quotation ("nobody' is …") does not.
  static func quotesPair(_ tokens: [Token]) -> Bool {
    // "in '98": an apostrophe before a number is no quotation mark.
    tokens.indices.count { index in
      isQuoteMark(tokens[index])
        && !(index + 1 < tokens.count && tokens[index + 1].kind == .number
          && !tokens[index + 1].hasSpaceBefore)
    }.isMultiple(of: 2)
  }

  /// The clause without a word calling the listener at its end, where it can be nothing
  /// else: after a comma ("…, mate"), a plural noun ("they're crooks mate"), or a word that
  /// ends a clause and names nothing ("it's mad mate"). After a singular noun it may be part
  /// of a name ("my team mate"), after a function word the object ("the things I love"): it
  /// stays, for the gate to refuse.
  static func withoutClosingAddress(_ tokens: [Token]) -> [Token] {
    guard tokens.count > 2, let last = tokens.last,
      TypedForms.addressTerms.contains(last.lowercased)
    else { return tokens }
    let before = tokens[tokens.count - 2]
    let word = before.lowercased
    let classes = Lexicon.classes(of: word)
    let namesOne =
      classes.contains(.noun) && Lexicon.singular(of: word) == nil
      || FunctionWords.isFunctionWord(word)
      || classes.contains(.adjective) && tokens.count > 3
        && FunctionWords.beginsNounPhrase(tokens[tokens.count - 3])
    guard before.text == "," || !namesOne else { return tokens }
    return Array(tokens.dropLast(before.text == "," ? 2 : 1))
  }

  /// Whether a clause ends on a word calling the listener that could not be taken off: "they're
  /// a menace mate". After a determiner or a possessive, or an adjective after one, it is a
  /// noun of the clause ("he's my mate", "a good man").
  static func endsOnAddressTerm(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard words.count > 2, let last = words.last, TypedForms.addressTerms.contains(last) else {
      return false
    }
    let before = words[words.count - 2]
    let isHead =
      FunctionWords.determiners.contains(before) || FunctionWords.possessives.contains(before)
      || Lexicon.classes(of: before).contains(.adjective)
        && (FunctionWords.determiners.contains(words[words.count - 3])
          || FunctionWords.possessives.contains(words[words.count - 3]))
    return !isHead
  }

  /// The clause cut before a tag that asks for agreement inside it, and what follows the tag:
  /// "they all said it would fail didn't they, project fear" → "they all said it would fail".
  static func cutAtInnerTag(_ tokens: [Token]) -> [Token] {
    for comma in tokens.indices.dropFirst(3) where tokens[comma].text == "," {
      if let tag = TypedForms.tailTagStart(in: Array(tokens[..<comma])) {
        return Array(tokens[..<tag])
      }
    }
    return tokens
  }

  /// Whether a command is glued on after a joining word: "… so don't quote me", "… and
  /// never mind the fees". A command gives nothing of theirs back, and turned it tells the
  /// listener what to do.
  static func gluesOnCommand(_ tokens: [Token]) -> Bool {
    let words = tokens.map(\.lowercased)
    return words.indices.dropLast(2).contains { index in
      guard commandJoiners.contains(words[index]) else { return false }
      let next = words[index + 1]
      let afterNegation = next == "do" && words[index + 2] == "not" ? index + 3 : index + 2
      guard ["don't", "dont", "never", "do"].contains(next), afterNegation < words.count
      else { return false }
      return Lexicon.verbReadings(of: words[afterNegation]).contains { $0.form == .base }
    }
  }

  /// Words after which a command may be glued on.
  private static let commandJoiners: Set<String> = ["so", "and", "but", "or", "then"]

  /// Whether a verb of saying or thinking runs straight into a verb of its clause, whose
  /// subject was left behind: "I admit is kinda anecdotal" (from "which I admit is …").
  static func saysWithoutSubject(_ clause: Clause) -> Bool {
    guard case .lexical(let base, _) = clause.verb, clauseVerbs.contains(base),
      let next = clause.rest.first(where: \.isWord)?.lowercased
    else { return false }
    return FunctionWords.auxiliary(next) != nil && !next.hasPrefix("'")
  }

  /// Verbs that take a clause of what is said or thought.
  static let clauseVerbs: Set<String> = [
    "say", "admit", "think", "know", "guess", "suppose", "reckon", "believe", "feel", "mean",
    "tell", "grant", "bet", "swear",
  ]

  /// Whether the clause's subject is a "we" of people in general, said so: "we all", "we as a
  /// society", "we humans". Given back as "you" it would accuse them; a "we" of a group they
  /// are in ("we cover the night shift") is given back as theirs.
  static func isGeneralWe(_ tokens: [Token]) -> Bool {
    guard let clause = ClauseParser.parse(tokens),
      clause.subject.first(where: \.isWord)?.lowercased == "we"
    else { return false }
    return clause.subject.filter(\.isWord).dropFirst().contains {
      generalWeMarkers.contains($0.lowercased)
    } || (clause.beforeVerb + clause.afterAuxiliary).contains { $0.lowercased == "all" }
  }

  /// Words after "we" that make it everyone: "we all", "we as a country", "we humans".
  private static let generalWeMarkers: Set<String> = [
    "all", "as", "humans", "people", "together", "everyone",
  ]

  /// Whether a "we" or "us" in a clause is people at large, whom the listener is one of as
  /// much as the person: said so ("we all", "we as a society"), set beside another kind
  /// ("animals feel pain same as us"), or doing what only a society does ("we banned it",
  /// "we gave them up", "we should tax the rich", "we let too many people in"). Given back, it
  /// stays "we": "you" would make them answer for everyone, or accuse them.
  /// "We as parents" is a group the listener is not one of: neither "we" nor "you" fits it.
  static func isPeopleAtLarge(_ tokens: [Token]) -> Bool {
    peopleAtLargeCues.matches(tokens.filter(\.isWord))
  }

  /// Phrases in which "we" or "us" is people at large, as `TokenPattern`s.
  static let peopleAtLargeCues = PartnerCueMatcher([
    "we (all|humans|people)",
    "we as (a|the)? (society|country|nation|species|people|whole|humans|humanity|culture|world)",
    "(like|as|than|unlike) (us|we) (humans|people|do|did|are|were|can|would)?",
    "we (all|eventually|finally|just|slowly|then|soon|have|'ve|had|'d)? (stopped|stop|gave up|give up|given up|gave (it|them|that|those) up|give (it|them|that|those) up|got rid of|get rid of|banned|ban|outlawed|outlaw|abolished|abolish|moved on|move on|outgrew|grew out of|scrapped|phased out|evolved|changed our minds|decided as a)",
    // A country's business: its taxes, its votes, its borders, its government.
    "we _{0,3} (tax|taxed|taxing|vote|voted|voting|elect|elected|legislate|regulate|nationalise|nationalize|deport|deported|deporting)",
    "we _{0,3} (let|letting) (in|_{1,3} (people|immigrants|migrants|refugees|foreigners) in)",
    "we _{0,4} (the government|immigration|our borders|the borders|the rich|taxpayers|the taxpayer)",
    "(as|in|for) (a|this|our) (country|nation|society)",
  ])
}

extension ReflectionCheck {
  /// The clause with a relative word and a verb of saying before its verb read as the "it"
  /// they point back to: "which I admit is kinda anecdotal" → "it is kinda anecdotal". The
  /// aside "I admit" says how they hold it, and is left out.
  static func pointingBack(_ tokens: [Token]) -> [Token] {
    guard tokens.count > 4, ["which", "that"].contains(tokens[0].lowercased),
      isPersonalSubject(tokens[1].lowercased),
      Lexicon.verbReadings(of: tokens[2].lowercased).contains(where: {
        clauseVerbs.contains($0.base)
      }) || clauseVerbs.contains(tokens[2].lowercased),
      FunctionWords.auxiliary(tokens[3].lowercased) != nil, !tokens[3].lowercased.hasPrefix("'")
    else { return tokens }
    return [Token("it")] + tokens[3...]
  }

  /// Whether a clause trails off after a "so" into words with no verb: "a lot of them sell
  /// it, so, pinch of salt". The part before is given back alone.
  static func trailsOffInFragment(_ tokens: [Token]) -> Bool {
    guard
      let joiner = tokens.indices.dropFirst().first(where: { index in
        tokens[index - 1].text == "," && trailingJoiners.contains(tokens[index].lowercased)
      })
    else { return false }
    let after = Array(tokens[(joiner + 1)...]).drop { $0.kind == .punctuation }
    return AnswerMoveReader.finiteVerbIndex(in: Array(after)) == nil
  }

  /// Words that join a last part on after a comma.
  private static let trailingJoiners: Set<String> = ["so"]
}
