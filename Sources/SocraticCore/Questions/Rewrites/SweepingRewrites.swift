// Rewrites of a why-question that takes "never" or "always" for granted.
extension QuestionRewriter {
  /// "What makes it hard for some politicians to keep their promises?" for "Why do politicians
  /// never keep their promises?"; "What leads some banks to win?" for "Why do banks always win?":
  /// what leads to the behaviour, without the sweeping word; of a group, what leads some of
  /// them ("What leads some cyclists to …?"). "What happens for you when you
  /// take her side?" for "Why do you always take her side?".
  static func askingWhatLeads(_ reading: QuestionReading) -> [Token]? {
    guard case .questionWord(let index) = reading.opener else { return nil }
    var start = index + 1
    let words = reading.words
    if words[index] == "how" { start += 1 }  // "how come"
    if let chore = sharedChore(reading, from: start) { return chore }
    guard let sweeping = QuestionFormRules.sweepingWord(in: reading, questionWordAt: index)
    else { return nil }
    var tokens = Array(reading.tokens[start..<reading.core.upperBound])
    if QuestionFormRules.cleftSweepingWord(
      words, questionWordAt: index, end: reading.core.upperBound)
      == sweeping,
      let relative = words[(sweeping + 2)...].firstIndex(where: { ["who", "that"].contains($0) })
    {
      // "Why is it always me who walks the dog?": a complaint about who does it, asked as how
      // to share it.
      let who = reading.words[(sweeping + 1)..<relative]
      if who.count == 1, askerWords.contains(who.first!) {
        return phrase("How do you think we should share who")
          + reading.tokens[(relative + 1)..<reading.core.upperBound]
      }
      // "is it always the Greens who block housing" → "the Greens block housing".
      tokens =
        Array(reading.tokens[(sweeping + 1)..<relative])
        + reading.tokens[(relative + 1)..<reading.core.upperBound]
    } else if words[start...].starts(with: ["is", "it", "that"]) {
      tokens.removeFirst(3)
    } else if let first = tokens.first, FunctionWords.auxiliary(first.lowercased) != nil {
      guard let statement = QuestionReversal.reversed(tokens) else { return nil }
      tokens = statement
    }
    let isNever = words[sweeping] == "never"
    tokens.removeAll { ["never", "always"].contains($0.lowercased) }
    guard let clause = ClauseParser.parse(Clause.respaced(tokens)), !clause.isCommand,
      let infinitive = infinitive(clause)
    else { return nil }
    let object = objectForm(clause.subject)
    if !isNever, case .lexical(let base, _) = clause.verb, chargeVerbs.contains(base) {
      // "Why do the papers always lie about the strike?": the charge is the asker's, so only
      // what it is about is asked about: "How do you see the strike?".
      let rest =
        clause.rest.first.map { topicPrepositions.contains($0.lowercased) } == true
        ? Array(clause.rest.dropFirst()) : []
      return phrase("How do you see") + (rest.isEmpty ? object : rest)
    }
    if !isNever, clause.subject.count == 1, clause.subject[0].lowercased == "you" {
      // "Why do you always have to turn everything into a row?": the act is the charge itself,
      // which no rewrite of it can drop; none is made.
      if tokens.contains(where: { chargingSweeps.contains($0.lowercased) }) { return nil }
      // "Why do you always have to make the fete about you?": an act turned on themselves is
      // a charge of thinking only of themselves, which asking what it is like keeps.
      let lowered = tokens.map(\.lowercased)
      if lowered.indices.contains(where: { index in
        selfCentredEnds.contains { lowered[index...].starts(with: $0) }
      }) {
        return nil
      }
      // "Why do you always leave the dishes?": what it is like for the person, not a reason
      // for a habit they are charged with.
      return phrase("What happens for you when") + tokens
    }
    // "Why do vegetarians always have to tell everyone?": a habit laid on a whole group is a
    // stereotype; the rewrite asks about some of them, and about people, not everyone.
    let isGroup =
      clause.subject.count == 1 && isPlural(clause.subject)
      && !FunctionWords.isFunctionWord(clause.subject[0].lowercased)
    let who = isGroup ? phrase("some") + object : object
    var act = isGroup ? infinitive.map(withoutEveryone) : infinitive
    // "to have to tell": what leads them to it is asked, not what forces them.
    if act.count > 3, act[1].lowercased == "have", act[2].lowercased == "to" {
      act.removeSubrange(1...2)
    }
    return isNever
      ? phrase("What makes it hard for") + who + act
      : phrase("What leads") + who + act
  }

  /// "How do you think we should share who does the dishes?" for "Why am I always the one who
  /// does the dishes?": a complaint that the asker alone does a task asks how to share it,
  /// keeping the task. Only the asker, the verb group ("should I always be") and "the one" may
  /// stand before "who".
  private static func sharedChore(_ reading: QuestionReading, from start: Int) -> [Token]? {
    let words = reading.words
    let end = reading.core.upperBound
    guard let one = words[start..<end].firstIndex(where: { ["one", "ones"].contains($0) }),
      one > start + 1, words[one - 1] == "the", one + 2 < end,
      ["who", "that"].contains(words[one + 1])
    else { return nil }
    let before = words[start..<(one - 1)]
    guard before.contains(where: askerWords.contains),
      before.allSatisfy({
        askerWords.contains($0) || $0 == "it" || $0 == "be" || FunctionWords.auxiliary($0) != nil
          || FunctionWords.isVerbAdverb($0)
      })
    else { return nil }
    var task = reading.tokens[(one + 2)..<end].filter {
      !["always", "never"].contains($0.lowercased)
    }
    // "the ones who host" → "who hosts": "who" stands for one person in the rewrite.
    if words[one] == "ones", let verb = task.first?.lowercased,
      QuestionRewriter.baseForm(verb) == verb, !FunctionWords.isFunctionWord(verb)
    {
      task[0] = task[0].replacingText(with: Lexicon.thirdPersonSingular(of: verb))
    }
    return phrase("How do you think we should share who") + task
  }

  /// The asker, alone or with others: a complaint about who does a task.
  private static let askerWords: Set<String> = ["i", "me", "we", "us"]

  /// "everyone" as "people": a sweeping word the asker put on what a group does.
  private static func withoutEveryone(_ token: Token) -> Token {
    guard let plain = everyoneWords[token.lowercased] else { return token }
    return token.replacingText(with: plain)
  }

  private static let everyoneWords: [String: String] = [
    "everyone": "people", "everybody": "people",
  ]

  /// Verbs that charge whoever does them with wrongdoing: "always lie", "always cheat".
  private static let chargeVerbs: Set<String> = [
    "lie", "cheat", "steal", "exaggerate", "twist", "spin", "manipulate", "scam", "rig",
    "ruin", "sabotage", "brainwash", "smear",
  ]

  /// Words that sweep over all a person does or says ("everything", "every dinner"): in an act
  /// put to them with "always", they are the accusation.
  /// Phrases that turn an act on the person who does it: "make it all about you".
  private static let selfCentredEnds: [[String]] = [
    ["about", "you"], ["about", "yourself"], ["all", "about", "you"],
  ]

  private static let chargingSweeps: Set<String> = [
    "everything", "every", "everyone", "everybody", "anything", "nothing", "nobody",
  ]
}
