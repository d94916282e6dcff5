// Rewrites of a question that opens with a question word: single facts, choices, rhetorical
// questions about what people do.
extension QuestionRewriter {
  static func questionWordBody(
    _ reading: QuestionReading, questionWordAt index: Int, isRhetorical: Bool, isEitherOr: Bool,
    search: Search
  ) -> [Token]? {
    let words = reading.words
    let end = reading.core.upperBound
    return search.first([
      {
        // "Who would you trust more, a scientist or a politician?" → "How would you decide
        // who you would trust more, …?"
        guard isEitherOr else { return nil }
        return embeddedQuestion(reading, questionWordAt: index).map {
          phrase("How would you decide") + withoutPeopleChoice($0)
        }
      },
      {
        guard QuestionFormRules.isSingleFact(reading, questionWordAt: index) else { return nil }
        // "How much do you spend on rent?" is the person's own fact, asked for plainly; why
        // it matters is asked of a fact about the world.
        let isOwn = words[index..<end].contains("you")
        return embeddedQuestion(reading, questionWordAt: index).map {
          phrase(isOwn ? "What can you tell me about" : "Why does it matter to you") + $0
        }
      },
      {
        guard words[index] == "who", index + 1 < end, words[index + 1] == "cares" else {
          return nil
        }
        var topic = Array(reading.tokens[(index + 2)..<end])
        if topic.first?.lowercased == "about" { topic.removeFirst() }
        return mattering(topic)
      },
      {
        // "How is it fair to X?" → "How do you feel about X-ing?"; "How is it fair that X?" →
        // "What do you make of the fact that X?": the act or the fact, without the verdict.
        guard QuestionFormRules.asksHowItIsJust(reading, questionWordAt: index),
          index + 4 < end
        else { return nil }
        let link = reading.words[index + 4]
        let after = reading.tokens[(index + 5)..<end]
        if link == "to" { return gerundAct(after).map { phrase("How do you feel about") + $0 } }
        return link == "that" ? phrase("What do you make of the fact that") + after : nil
      },
      { isRhetorical ? leadingPeople(reading, questionWordAt: index) : nil },
      { Array(reading.coreTokens) },
    ])
  }

  /// "Why does X matter to you?", with "do" for a plural X.
  private static func mattering(_ topic: [Token]) -> [Token] {
    guard let last = topic.last(where: \.isWord) else {
      return phrase("Why does that matter to you")
    }
    return phrase(isPlural([last]) && last.lowercased != "you" ? "Why do" : "Why does") + topic
      + phrase("matter to you")
  }

  /// "What leads people to buy Bitcoin?" for "Why would anyone buy Bitcoin?"; "What leads you
  /// to believe that?" for "How can you believe that?".
  private static func leadingPeople(_ reading: QuestionReading, questionWordAt index: Int)
    -> [Token]?
  {
    let words = reading.words
    let end = reading.core.upperBound
    var position = index + 1
    var who = "people"
    if ["kind", "sort", "type"].contains(position < end ? words[position] : ""),
      position + 2 < end
    {
      position += 3  // "what kind of person"
    }
    let auxiliary = position < end ? FunctionWords.auxiliary(words[position]) : nil
    if auxiliary != nil { position += 1 }
    var isNegated = false
    while position < end {
      let word = words[position]
      if word == "you" { who = "you" }
      if word == "not" { isNegated = true }
      // "Why would any parent let …" is about parents: the noun after "any" names them.
      if position > 0, words[position - 1] == "any", !genericPersons.contains(word),
        Lexicon.classes(of: word).contains(.noun), let plural = Lexicon.plural(of: word)
      {
        who = plural
      }
      let isSubjectWord =
        word == "you" || word == "any" || word == "not" || disbeliefAdverbs.contains(word)
        || CritiqueVocabulary.universalSubjects.contains(word)
        || CritiqueVocabulary.personNouns.contains(word)
      if !isSubjectWord, baseForm(word) != nil { break }
      position += 1
    }
    guard position < end, let base = baseForm(words[position]) else { return nil }
    var verb = [reading.tokens[position].replacingText(with: base)]
    if auxiliary?.kind == .be, !words[position].hasSuffix("ing") {
      // "Why is everyone so obsessed with AI?": a state, "to be obsessed with AI".
      verb = [Token("be"), reading.tokens[position]]
    }
    let not = isNegated ? phrase("not") : []
    if who == "you", !isNegated, auxiliary?.kind != .be, let gerund = gerund(of: base) {
      // "How can you still back a manager who lost five games?": what keeps them at it, with
      // the charge after the object ("who lost …", "when science …") left out.
      // A "that" first is the object itself: "believe that".
      let start = position + 1
      let object = reading.tokens[start..<end].enumerated().prefix { offset, token in
        let word = token.lowercased
        return token.isWord
          && (offset == 0 && word == "that"
            || !chargeOpeners.contains(word) && !FunctionWords.subordinators.contains(word))
      }.map(\.element)
      return phrase("What keeps you") + [Token(gerund)] + object
    }
    // "Why would we move when all our friends are here?": the clause set against the act is
    // the charge, and is left out.
    let kept = reading.tokens[(position + 1)..<end].prefix { token in
      let word = token.lowercased
      return !["when", "if", "although", "though", "since"].contains(word)
    }
    let tail = Clause.reinflectingCoordinatedVerbs(in: Array(kept), fromBase: false) { $0 }
    return phrase("What leads") + phrase(who) + not + phrase("to") + verb + tail
  }

  /// Adverbs of disbelief between the subject and the verb, left out: "still", "ever".
  private static let disbeliefAdverbs: Set<String> = [
    "ever", "still", "even", "really", "seriously", "honestly", "possibly", "just",
  ]

  /// Words that open what is said against an object: a relative clause or a comparison.
  private static let chargeOpeners: Set<String> = [
    "who", "that", "which", "when", "if", "after", "despite", "like", "even", "with", "and",
  ]

  /// Words for a person that say nothing of who: "any person" is people.
  private static let genericPersons: Set<String> = ["person", "one", "human", "body", "people"]

  /// "when Bitcoin launched" for "When did Bitcoin launch?"; "who invented Bitcoin" as it is.
  private static func embeddedQuestion(_ reading: QuestionReading, questionWordAt index: Int)
    -> [Token]?
  {
    let words = reading.words
    let tokens = reading.tokens
    let end = reading.core.upperBound
    var phraseEnd = index + 1
    if words[index] == "how", phraseEnd < end { phraseEnd += 1 }
    if ["how", "what", "which"].contains(words[index]) {
      while phraseEnd < end, FunctionWords.auxiliary(words[phraseEnd]) == nil,
        !QuestionFormRules.isVerbForm(words[phraseEnd])
          || Lexicon.classes(of: words[phraseEnd]).contains(.noun),
        !FunctionWords.isFunctionWord(words[phraseEnd]) || words[phraseEnd] == "much"
      {
        phraseEnd += 1
      }
    }
    let phrase = Array(tokens[reading.core.lowerBound..<phraseEnd])
    // "Which countries have banned TikTok": the question word's phrase is the subject when a
    // verb follows the auxiliary, and the question is embedded as it is.
    // "who's gonna walk the dog": "gonna" is the verb, said in full.
    if phraseEnd + 2 < end, FunctionWords.auxiliary(words[phraseEnd]) != nil,
      ["going", "want", "got"].contains(words[phraseEnd + 1]), words[phraseEnd + 2] == "to"
    {
      return phrase + [tokens[phraseEnd]] + tokens[(phraseEnd + 1)..<end].map(inFull)
    }
    guard phraseEnd < end, FunctionWords.auxiliary(words[phraseEnd]) != nil, phraseEnd + 1 < end,
      !QuestionFormRules.isVerbForm(words[phraseEnd + 1]),
      !isPredicate(at: phraseEnd + 1, in: words, end: end)
    else {
      return phrase + tokens[phraseEnd..<end]
    }
    guard let statement = Proposition.reversed(Array(tokens[phraseEnd..<end])) else {
      return nil
    }
    return phrase + statement
  }

  /// A word of a shorthand spelling read as two ("gon" "na" for "gonna"), written in full:
  /// "going", "to".
  private static func inFull(_ token: Token) -> Token {
    guard token.kind == .word, Token.normalized(token.text) != token.lowercased else {
      return token
    }
    var full = token.replacingText(with: token.lowercased)
    full.hasSpaceBefore = true
    return full
  }

  /// The question without the people it names to choose from, tacked on after a comma:
  /// "who's going to walk the dog, you or me" → "who's going to walk the dog". Who does it is
  /// what the question asks already.
  private static func withoutPeopleChoice(_ tokens: [Token]) -> [Token] {
    guard let comma = tokens.lastIndex(where: { $0.text == "," }) else { return tokens }
    let tail = tokens[(comma + 1)...].map(\.lowercased)
    guard tail.contains("or"), tail.count <= 6,
      tail.allSatisfy({
        ["or", "me", "you", "us", "him", "her", "them", "your", "my"].contains($0)
          || Lexicon.classes(of: $0).contains(.properSense) || !Lexicon.isKnown($0)
          || ["brother", "sister", "mum", "dad", "mom"].contains($0)
      })
    else { return tokens }
    return Array(tokens[..<comma])
  }

  /// Whether the word at an index after "Which is" is what is said of it, not a subject:
  /// "Which is worse", "Who is right". An adjective that is a noun too ("right") is said of it
  /// unless a noun phrase goes on after it ("who's right here", "who's right about this", but
  /// "which is fair game").
  private static func isPredicate(at index: Int, in words: [String], end: Int) -> Bool {
    let word = words[index]
    if DegreeWords.intensifiers.contains(word)
      || ["better", "worse", "best", "worst"].contains(word)
    {
      return true
    }
    let classes = Lexicon.classes(of: word)
    guard classes.contains(.adjective) else { return false }
    return !classes.contains(.noun) || index + 1 == end
      || !carriesOnNounPhrase(words[index + 1])
  }

  /// Whether a word after a noun can be part of its phrase: a noun or a verb ("fair game",
  /// "fair share"), not a preposition, an adverb or a mark ("right about", "right here").
  private static func carriesOnNounPhrase(_ word: String) -> Bool {
    guard !FunctionWords.isFunctionWord(word), !TimeWords.timings.contains(word),
      !placeAdverbs.contains(word)
    else { return false }
    let classes = Lexicon.classes(of: word)
    return classes.contains(.noun) || classes.contains(.verb)
  }

  /// Adverbs of place that follow a predicate: "who's right here".
  private static let placeAdverbs: Set<String> = ["here", "there"]
}
