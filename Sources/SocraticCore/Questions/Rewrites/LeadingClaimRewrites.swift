// Rewrites of a leading question's claim that the person is told they know, or that is judged
// as a whole ("Isn't it funny how …"): the claim is the asker's view, so what it says of its
// topic ("stinks up the flat", "is funny how") is left out, and the person is asked about the
// topic, named by the claim's subject noun phrase.
extension QuestionRewriter {
  /// "You know smoking indoors wrecks the paint, right?" → "What have you noticed about smoking
  /// indoors?": a fact the person is told they know or realise is the asker's claim; what they
  /// have seen of its subject is asked instead. The frame is read off the claim
  /// (`Proposition.isToldFact`), or kept in the clause ("you know | smoking …"). A verdict put
  /// with "be" ("you know the polls were wrong") is left to the rules for verdicts.
  static func toldTheyKnow(_ proposition: Proposition) -> [Token]? {
    let clause = proposition.clause
    if proposition.isToldFact { return noticed(clause) }
    guard clause.subject.count == 1, clause.subject[0].lowercased == "you",
      let verb = clause.lexicalVerb, isKnowingVerb(verb.lowercased)
    else { return nil }
    var object = clause.rest
    if object.first?.lowercased == "that" { object.removeFirst() }
    guard let embedded = ClauseParser.parse(object), embedded.lead.isEmpty else { return nil }
    return noticed(embedded)
  }

  /// "What have you noticed about X?" for a told fact's subject that names a topic
  /// (`topicNounPhrase`); nil for a verdict put with "be", not for "be" of an ongoing act.
  static func noticed(_ fact: Clause) -> [Token]? {
    // "the band is playing too loud" says what it does; "the polls were wrong" is a verdict.
    if case .be = fact.verb, !isProgressive(fact.rest) { return nil }
    return topicNounPhrase(fact.subject).map { phrase("What have you noticed about") + $0 }
  }

  /// Whether a word is a form of a verb by which the person is told they know a fact.
  static func isKnowingVerb(_ word: String) -> Bool {
    toldVerbs.contains(baseForm(word) ?? word)
  }

  /// "Isn't it funny how Dana gets every award?" → "What do you make of how Dana gets
  /// awards?": a judgement of what a clause says ("funny", "obvious", "strange") is left out,
  /// and so are its sweeping words and any second clause that sharpens it ("and nobody else
  /// does"); a "that" clause asks how the person sees its subject.
  static func judgedClause(_ clause: Clause) -> [Token]? {
    guard case .be = clause.verb, clause.subject.count == 1,
      clause.subject[0].lowercased == "it",
      let opener = clause.rest.prefix(4).firstIndex(where: {
        ["how", "that"].contains($0.lowercased)
      }),
      opener > 0,
      clause.rest[..<opener].allSatisfy({
        $0.isWord && !Lexicon.classes(of: $0.lowercased).isDisjoint(with: [.adjective, .adverb])
      })
    else { return nil }
    let said = clause.rest[(opener + 1)...].prefix {
      $0.isWord && !FunctionWords.coordinators.contains($0.lowercased)
    }
    guard let embedded = ClauseParser.parse(Array(said)), embedded.lead.isEmpty,
      topicNounPhrase(embedded.subject) != nil
    else { return nil }
    if clause.rest[opener].lowercased == "that" {
      return topicNounPhrase(embedded.subject).map { phrase("How do you see") + $0 }
    }
    return phrase("What do you make of how") + withoutSweepingWords(Array(said))
  }

  /// A subject as a topic to ask about: a noun phrase with a content word, without a
  /// quantifier that sweeps ("most gun deaths" → "gun deaths"); nil for a pronoun or the
  /// person.
  static func topicNounPhrase(_ subject: [Token]) -> [Token]? {
    var topic = subject[...]
    while let first = topic.first?.lowercased, sweepingQuantifiers.contains(first) {
      topic = topic.dropFirst()
      if topic.first?.lowercased == "of" { topic = topic.dropFirst() }
    }
    guard !topic.isEmpty, topic.allSatisfy(\.isWord), isNounPhrase(Array(topic)),
      topic.first?.lowercased != "you",
      topic.contains(where: { !FunctionWords.isFunctionWord($0.lowercased) })
    else { return nil }
    return objectForm(Array(topic))
  }

  /// A clause without its sweeping quantifiers: "every award" → "awards", "all the rules" →
  /// "the rules".
  private static func withoutSweepingWords(_ words: [Token]) -> [Token] {
    var result: [Token] = []
    var index = 0
    while index < words.count {
      let word = words[index].lowercased
      if sweepingQuantifiers.contains(word) {
        let next = index + 1 < words.count ? words[index + 1].lowercased : nil
        // "wins every raffle" → "wins raffles": only an object whose noun follows at once, not
        // "every single Monday" nor a time after a noun ("his son every week").
        let isObject =
          index > 0 && !Lexicon.verbReadings(of: words[index - 1].lowercased).isEmpty
          && !FunctionWords.isFunctionWord(words[index - 1].lowercased)
        let after = index + 2 < words.count ? words[index + 2].lowercased : nil
        let endsPhrase = after.map { !Lexicon.classes(of: $0).contains(.noun) } ?? true
        if word == "every" || word == "each", isObject, endsPhrase, let next,
          Lexicon.classes(of: next).contains(.noun), let plural = Lexicon.plural(of: next)
        {
          result.append(words[index + 1].replacingText(with: plural))
          index += 2
          continue
        }
        if let next, FunctionWords.beginsNounPhrase(words[index + 1]) || next == "of" {
          index += next == "of" ? 2 : 1
          continue
        }
      }
      result.append(words[index])
      index += 1
    }
    return result
  }

  /// Quantifiers that make a claim about all or most of something.
  private static let sweepingQuantifiers: Set<String> = ["all", "most", "every", "each"]

  /// Verbs by which the person is told they know a fact: "you know", "you realise".
  private static let toldVerbs: Set<String> = [
    "know", "realize", "realise", "understand", "see", "notice", "remember", "get",
  ]
}
