/// The form every clause given back passes, once turned to the second person: no "I" of theirs
/// left, no question pasted inside a statement, no subject that points at nothing before it,
/// no name they called someone at the end. A clause that fails is not given back: the writer
/// tries the next part, and with none left the dialogue asks without reflecting.
extension ReflectionCheck {
  /// Whether a clause, as it will be given back, is well formed.
  /// - Parameter opensReflection: whether nothing of theirs comes before it in the reflection,
  ///   so a "that" or "it" as its subject would point at nothing.
  static func isWellFormed(_ tokens: [Token], opensReflection: Bool = true) -> Bool {
    !leavesFirstPerson(tokens) && !asksInside(tokens) && !endsOnVocative(tokens)
      && !endsOnAddressTerm(tokens) && quotesPair(tokens) && !gluesOnCommand(tokens)
      && !trailsOffInFragment(tokens)
      && !opensOnHedge(tokens) && !isNounPhraseOnly(tokens)
      && !(opensReflection && (opensOnBarePronoun(tokens) || isBarePersonPronounClause(tokens)))
      && carriesContent(tokens)
      && !reportsOthersView(tokens) && !hasLooseEdge(tokens)
  }

  /// Whether a clause given back is whole enough to be granted: a subject with no clause
  /// inside it ("the idea that something is wrong" is a noun phrase) and a verb that is no noun
  /// ending the words ("the nursing bit" names a thing).
  static func isWholeClause(_ text: String) -> Bool {
    let tokens = Tokenizer.tokenize(text).drop {
      ReflectionWriter.doubtHedges.contains($0.lowercased) || !$0.isWord
    }
    guard let clause = ClauseParser.parse(Array(tokens)),
      clause.subject.contains(where: \.isWord),
      !clause.subject.dropFirst().contains(where: { clauseOpeners.contains($0.lowercased) })
    else { return false }
    if case .lexical = clause.verb, clause.auxiliary == nil,
      !clause.rest.contains(where: \.isWord),
      let verb = tokens.last(where: \.isWord)?.lowercased,
      Lexicon.classes(of: verb).contains(.noun)
    {
      return false
    }
    return true
  }

  /// Words that open a clause inside a noun phrase.
  private static let clauseOpeners: Set<String> = ["that", "which", "who", "whom", "where"]

  /// Whether a word of what they said is in it that names something: "there's this thing",
  /// "that's what it tells you" give back only pronouns and words that stand for anything.
  static func carriesContent(_ tokens: [Token]) -> Bool {
    tokens.contains { token in
      let word = token.lowercased
      return token.kind == .number
        || token.isWord && !FunctionWords.isFunctionWord(word) && !vagueWords.contains(word)
          && !ReflectionWriter.hedges.contains(word) && FunctionWords.auxiliary(word) == nil
    }
  }

  /// Words that stand for anything, and name nothing given back alone.
  static let vagueWords: Set<String> = [
    "thing", "things", "stuff", "bit", "lot", "way", "kind", "sort", "one", "ones", "something",
    "anything", "everything", "nothing", "someone", "anyone", "everyone", "whatever", "said",
    "say", "says", "tells", "told", "tell", "mean", "meant", "know",
  ]

  /// Whether the clause is a view the person imagines someone else would hold ("they'd
  /// probably say …", "my dad might argue …"): the other side as they picture it, never their
  /// own point to give back. "You'd say" (their own, turned) is theirs.
  static func reportsOthersView(_ tokens: [Token]) -> Bool {
    guard let clause = ClauseParser.parse(tokens), case .modal = clause.verb,
      clause.subject.filter(\.isWord).map(\.lowercased) != ["you"]
    else { return false }
    // "they'd probably say": the verb after the modal, past an adverb.
    let after = (clause.afterAuxiliary + clause.rest).filter(\.isWord).prefix(2)
    return after.contains { word in
      ([word.lowercased] + Lexicon.verbReadings(of: word.lowercased).map(\.base))
        .contains(where: reportingVerbs.contains)
    }
  }

  /// Verbs that report a view: "they'd say", "she thinks".
  static let reportingVerbs: Set<String> = [
    "say", "think", "believe", "argue", "claim", "reckon", "tell", "insist",
  ]

  /// Whether it is only a subordinate clause, with no main clause after a comma: "if it
  /// turned out they cost more", "because the rent went up". Partner gives a condition back
  /// in a frame of its own; a reflection never gives one back as a statement.
  static func isSubordinateOnly(_ tokens: [Token]) -> Bool {
    guard let first = tokens.first(where: \.isWord)?.lowercased,
      FunctionWords.subordinators.contains(first), first != "so"
    else { return false }
    guard !tokens.contains(where: { $0.text == "," }) else { return false }
    guard let verb = ClauseParser.finiteVerbIndex(in: Array(tokens.dropFirst())).map({ $0 + 1 })
    else { return true }
    // "if they did as well you'd go back", "when the mill closed the town emptied": a subject
    // opened by a pronoun or a determiner, and its verb, after the condition's verb open the
    // main clause. "if it turned out uniforms cost more" has none.
    return !tokens.indices.dropFirst(verb + 1).contains { index in
      let word = tokens[index].lowercased
      // "if the van goes or you're short": a subject after "or" goes on with the condition.
      guard !conditionJoiners.contains(tokens[index - 1].lowercased),
        FunctionWords.subjectPronouns[word] != nil || FunctionWords.determiners.contains(word)
          || FunctionWords.possessives.contains(word),
        let next = ClauseParser.finiteVerbIndex(in: Array(tokens[index...]))
      else { return false }
      // "when our place got the new square machines": a word that may be a noun ends the
      // phrase, and is no verb of a main clause unless it is a past ("the town emptied").
      let verbWord = tokens[index + next].lowercased
      let mayBeNoun =
        Lexicon.classes(of: verbWord).contains(.noun) || Lexicon.singular(of: verbWord) != nil
      let isPast = Lexicon.verbReadings(of: verbWord).contains { $0.form == .past }
      return (1...mainSubjectWordLimit).contains(next) && (!mayBeNoun || isPast)
    }
  }

  /// Words that join a second condition to the first, so the subject after them opens no
  /// main clause.
  static let conditionJoiners: Set<String> = ["or", "and"]

  /// Whether the only "verb" is a last word after a determiner and adjectives, which is the
  /// noun they describe: "the young mother", "a big deal".
  static func isNounPhraseOnly(_ tokens: [Token]) -> Bool {
    guard let clause = ClauseParser.parse(tokens), case .lexical = clause.verb,
      !clause.rest.contains(where: \.isWord), clause.auxiliary == nil
    else { return false }
    return clause.subject.filter(\.isWord).allSatisfy {
      FunctionWords.determiners.contains($0.lowercased)
        || FunctionWords.possessives.contains($0.lowercased)
        || Lexicon.classes(of: $0.lowercased).contains(.adjective)
    }
  }

  /// The most words a main clause's subject has after a condition: "the whole town".
  private static let mainSubjectWordLimit = 4

  /// Whether the subject opens on a hedge that names nothing: "more like overpriced", "kind
  /// of a mess".
  static func opensOnHedge(_ tokens: [Token]) -> Bool {
    let words = tokens.prefix(2).map(\.lowercased)
    return words.count == 2 && hedgeOpeners.contains(words)
  }

  /// Two words that open a hedge, never a subject.
  private static let hedgeOpeners: Set<[String]> = [
    ["more", "like"], ["less", "like"], ["kind", "of"], ["sort", "of"], ["more", "of"],
    ["like", "a"],
  ]

  /// Whether a word of the speaker's first person is left outside quotation marks: "so if it
  /// rains, id stay home".
  static func leavesFirstPerson(_ tokens: [Token]) -> Bool {
    var isQuoted = false
    for (index, token) in tokens.enumerated() {
      if token.text == "\"" { isQuoted.toggle() }
      guard !isQuoted else { continue }
      if leftFirstPerson.contains(token.lowercased) { return true }
      // "im", "ive" typed without their apostrophe and read as "i 'm": the "I" is theirs.
      if token.lowercased == "i", index + 1 < tokens.count,
        ["'m", "'ve", "'d", "'ll", "am"].contains(tokens[index + 1].lowercased)
      {
        return true
      }
    }
    return false
  }

  /// The first person as it may be left after turning: "me", "my", and the forms typed
  /// without an apostrophe ("im", "ive", "id"). An "I" left is part of a name ("World War I",
  /// "a quiz called am I a bad driver").
  private static let leftFirstPerson: Set<String> = [
    "me", "my", "mine", "myself", "im", "ive", "id", "i'm", "i've", "i'd", "i'll",
  ]

  /// Whether a question is pasted inside: a question word and the auxiliary before its subject
  /// ("… so how would you know it was the wage"), or an auxiliary opening it ("do you …").
  static func asksInside(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    if let first = words.first, FunctionWords.auxiliary(first) != nil, words.count > 1,
      FunctionWords.subjectPronouns[words[1]] != nil
    {
      return true
    }
    // "… so who is going to pay": "who" and "which" ask only after a joining word; after a
    // noun they open a relative clause ("the ones who are").
    return words.indices.dropLast().contains { index in
      let word = words[index]
      let next = words[index + 1]
      guard FunctionWords.questionWords.contains(word), FunctionWords.auxiliary(next) != nil
      else { return false }
      let opensClause =
        index == 0 || FunctionWords.coordinators.contains(words[index - 1])
        || words[index - 1] == "so"
      // "who'd even do the testing", "and where's the power coming from": contracted, it asks
      // where it opens a clause; after a verb it names a thing ("that's what's wrong"), and
      // a second "is" after it makes it the subject of one ("what's scary is the speed").
      if next.hasPrefix("'") {
        return opensClause
          && !words[(index + 2)...].contains { ["is", "was", "'s"].contains($0) }
      }
      return !["which", "who"].contains(word) || opensClause
    }
  }

  /// Whether the subject is only a word that points back to something said before ("that",
  /// "one", "those"): with nothing before it in the reflection it points at nothing ("So that
  /// changes it more."). "It" and "this" stay: in an answer they are the matter talked about
  /// ("it's better for new people", "this stresses me out").
  static func opensOnBarePronoun(_ tokens: [Token]) -> Bool {
    guard let clause = ClauseParser.parse(tokens) else { return false }
    let subject = clause.subject.filter(\.isWord).map(\.lowercased)
    // "that's what gets you": the cleft points at the whole turn just heard.
    if case .be = clause.verb, subject == ["that"],
      let next = clause.rest.first(where: \.isWord)?.lowercased,
      FunctionWords.questionWords.contains(next)
    {
      return false
    }
    return !subject.isEmpty && subject.allSatisfy(pointingWords.contains)
  }

  /// Whether a clause in the person's words, before it is turned, tells the listener what
  /// they did ("you skipped him", "you asked that already"): about the conversation, never
  /// given back as the person's view. A "you" in the present is anyone ("you see it
  /// everywhere").
  static func tellsListener(_ tokens: [Token]) -> Bool {
    guard let clause = ClauseParser.parse(tokens),
      clause.subject.filter(\.isWord).map(\.lowercased) == ["you"]
    else { return false }
    switch clause.verb {
    case .perfect: return true
    case .lexical(_, let tense): return tense == .past
    case .be(let tense): return tense == .past
    case .modal: return false
    }
  }

  /// Words that only point back to something said before.
  private static let pointingWords: Set<String> = ["that", "one", "those", "these"]

  /// Whether the clause is only a pronoun for someone, "be" and a word about them ("they're
  /// alright", "she's fine"): too little to say who, and nothing of theirs to give back.
  static func isBarePersonPronounClause(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard words.count <= barePronounClauseWordLimit,
      ["he", "she", "they"].contains(words.first ?? ""), let clause = ClauseParser.parse(tokens),
      case .be = clause.verb
    else { return false }
    return true
  }

  /// The most words a clause on a bare "he", "she" or "they" has and still says too little.
  private static let barePronounClauseWordLimit = 3

  /// Whether it ends on a name or a word they called someone, after a comma: "…, gary",
  /// "…, man".
  static func endsOnVocative(_ tokens: [Token]) -> Bool {
    let words = tokens.filter { $0.kind != .punctuation || $0.text == "," }
    guard words.count > 2, words[words.count - 2].text == "," else { return false }
    let last = words[words.count - 1]
    return vocatives.contains(last.lowercased) || ClauseRole.isName(last)
  }

  /// Words said to someone, not about anything.
  private static let vocatives = TypedForms.addressTerms.union(["lol", "haha"])
}
