// Rewrites of a question that puts a claim to the person, by the claim's shape.
extension QuestionRewriter {
  static func claimQuestion(
    _ proposition: Proposition, sourceQuestion: [Token]?, isEitherOr: Bool, search: Search
  ) -> [Token]? {
    var clause = proposition.clause
    if search.putsWordsInMouth, let body = search.first([{ PutWordsRewrites.body(for: clause) }]) {
      return body
    }
    // "So you're saying it's mostly a feeling?": a view put on the person that names no topic
    // is theirs to put, not a fact to settle.
    let isSaidForThem =
      search.putsWordsInMouth
      || (search.isLeading && ["say", "mean"].contains(proposition.opinionVerb ?? ""))
    if isSaidForThem, isVague(clause.subject) {
      return search.first([{ phrase("How would you put that in your own words") }])
    }
    if search.isLeading, !proposition.subjectIsPerson,
      !AskerWords.speaksOfAsker(clause.subject + clause.rest)
    {
      // "Won't AI take my job?": the asker's view, put to the person about jobs like theirs.
      clause.subject = AskerWords.generalizing(clause.subject)
      clause.rest = AskerWords.generalizing(clause.rest)
    }
    var proposition = proposition
    proposition.clause = clause
    // "Isn't nuclear the obvious answer?" read as "nuclear the obvious | is answer": no shape
    // built on a subject that does not parse reads as English.
    guard isNounPhrase(clause.subject), !WellFormedRewrite.splitsNoun(clause) else { return nil }
    let isAgreement = ["agree", "accept"].contains(proposition.opinionVerb ?? "")
    // "Would you say you're an optimist?": a view the person has not stated is asked about as
    // a matter of degree, not as something they think.
    let isHypothetical =
      proposition.opinionVerb != nil
      && ["would", "could"].contains(sourceQuestion?.first?.lowercased ?? "")
    let isExistential = clause.subject.count == 1 && clause.subject[0].lowercased == "there"
    let isAboutAsker = clause.subject.count == 1 && clause.subject[0].text == "I"
    return search.first([
      // "Isn't it odd that X?": the verdict on X is not a quality to ask the degree of.
      {
        proposition.isJudgedAbsurd
          ? nil
          : TopicFrames.body(for: clause, isLeading: search.isLeading, isEitherOr: isEitherOr)
      },
      { isEitherOr ? takingSides(clause) : nil },
      { isEitherOr ? phrase("How would you decide whether") + proposition.statement : nil },
      // "So I'm selfish for wanting a lie-in?": what the asker is charged for, asked about.
      { chargedForAct(clause) },
      { whoseTurn(clause) },
      // A leading question's claim is the asker's: what it says of its topic is left out.
      { search.isLeading ? toldTheyKnow(proposition) : nil },
      { search.isLeading ? judgedClause(clause) : nil },
      { feeling(clause) },
      { charged(clause) },
      { betterIf(clause) },
      { judgedAct(clause, isLeading: search.isLeading) },
      { timeForAct(clause) },
      { search.isLeading ? purpose(clause) : nil },
      {
        proposition.subjectIsPerson || proposition.isPossibility ? nil : leavingVerdictOut(clause)
      },
      {
        proposition.isJudgedAbsurd
          ? phrase("What do you make of the fact that") + proposition.statement : nil
      },
      { proposition.opinionVerb != nil && proposition.subjectIsPerson ? nil : looking(clause) },
      // An opinion asked for stays an opinion: "Do you think AI should be regulated?" → "What
      // makes you think AI should be regulated?".
      // "Wouldn't you agree X is Y?": the person's view of X, not how far they agree with the
      // asker's Y.
      {
        isAgreement && !isExistential && !isVague(clause.subject) ? seeing(clause.subject) : nil
      },
      {
        guard isAgreement || isHypothetical, let sourceQuestion else { return nil }
        return phrase("To what extent") + sourceQuestion
      },
      // "Do you think I should move abroad?" asks for advice: what would follow, not what
      // makes the person think so, which they have not said.
      { isAboutAsker ? changing(clause) : nil },
      // "Surely you can see that NFTs were a scam?", "So you think safety doesn't matter?":
      // the view is the asker's, put on the person; their own view of the subject is asked.
      // "Do you think AI will take your job?" asks for a view the person has not stated:
      // "What makes you think …" would put it on them. "Are you telling me …?" asks about
      // what they said, unless the question leads.
      {
        guard let verb = proposition.opinionVerb, !isAboutAsker, !proposition.subjectIsPerson,
          !isExistential, search.isLeading || !["say", "tell", "mean"].contains(verb)
        else { return nil }
        if isCopula(clause) { return judging(clause, subject: clause.subject) }
        return changing(clause) ?? whether(clause)
      },
      // "Don't you think you should rest?": what would follow, not what makes them think so.
      { proposition.subjectIsPerson ? changing(clause) : nil },
      // "Don't you think you work too much?": how the person feels about it, by its verb.
      {
        proposition.opinionVerb != nil && proposition.subjectIsPerson ? aboutThePerson(clause) : nil
      },
      {
        // "Can you really say it never helped?": the asker's own view, turned round; only the
        // topic is asked about.
        guard let verb = proposition.opinionVerb,
          !(search.isLeading && whether(clause) == nil && !proposition.subjectIsPerson)
        else { return nil }
        return phrase("What makes you") + proposition.frameAdverbs
          + [Token(isAgreement ? "think" : verb)]
          + proposition.statement
      },
      // "Shouldn't you have fixed it already?": the act, without the reproach that it is late.
      { proposition.subjectIsPerson ? overdueAct(clause) : nil },
      // "Would you mind if …?" asks how the person would feel, not what it would take.
      { proposition.subjectIsPerson && isModal(clause) ? aboutThePerson(clause) : nil },
      { changing(clause) },
      {
        guard case .modal(let modal) = clause.verb, possibilityModals.contains(modal) else {
          return nil
        }
        return taking(clause)
      },
      { proposition.isPossibility ? taking(clause) : nil },
      // "You did the dishes last night, didn't you?": what happened, done or not.
      {
        guard proposition.subjectIsPerson, case .lexical(let base, .past) = clause.verb else {
          return nil
        }
        return pastAct([Token(base)] + clause.rest)
      },
      // A claim about the person is asked about by its verb; any other by what would settle
      // it. A claim that something exists is asked about as a view, by the next rule.
      { proposition.subjectIsPerson ? aboutThePerson(clause) : nil },
      { isExistential || proposition.subjectIsPerson ? nil : whether(clause) },
      {
        guard proposition.subjectIsPerson else { return nil }
        return (sourceQuestion ?? yesNoQuestion(clause)).map { phrase("To what extent") + $0 }
      },
      // "Is there a god?": a view the person has not stated, asked for without presuming it.
      {
        isExistential
          ? Tokenizer.tokenize("What's your view on whether") + proposition.statement : nil
      },
      {
        search.isLeading && whether(clause) == nil && !proposition.subjectIsPerson
          ? nil : phrase("What makes you think") + proposition.statement
      },
    ])
  }

  /// "What makes crypto look like a scam to you?", "What makes taxes look too high to you?",
  /// "What makes you sure?".
  static func looking(_ clause: Clause) -> [Token]? {
    guard case .be(.present) = clause.verb, !clause.isNegated, clause.afterAuxiliary.isEmpty,
      let first = clause.rest.first
    else { return nil }
    let subject = subject(of: clause)
    guard let head = subject.first else { return nil }
    let isPronoun = subject.count == 1
    if isPronoun, ["there", "here"].contains(head.lowercased) { return nil }
    let rest = clause.rest
    if isAnticipatoryIt(clause) {
      return nil  // "Is it wise to ban TikTok?": "it" stands for what follows.
    }
    let word = first.lowercased
    // "here to stay" is no state a thing can look in; nor is a passive with its agent or an
    // infinitive ("caused by immigration", "allowed to raise the rent").
    if ["here", "there"].contains(word) { return nil }
    if rest.count > 1, ["by", "to"].contains(rest[1].lowercased),
      !Lexicon.classes(of: word).contains(.adjective),
      Lexicon.verbReadings(of: word).contains(where: { $0.form == .pastParticiple })
    {
      return nil
    }
    if ["all", "both", "each"].contains(word), rest.count > 1,
      !FunctionWords.beginsNounPhrase(rest[1])
    {
      return nil  // "Are politicians all corrupt?": a quantifier of the subject.
    }
    if FunctionWords.prepositions.contains(word) || isProgressive(rest) { return nil }
    if FunctionWords.isVerbAdverb(word), !degreeWords.contains(word) { return nil }
    if isPronoun, head.lowercased == "you" {
      // "Aren't you worried about AI taking your job?", "Are you happy with your job?": how
      // the person feels about it, not what makes them feel as the question presumes.
      if rest.count > 2, ["about", "of", "with", "for", "by"].contains(rest[1].lowercased),
        Lexicon.classes(of: word).contains(.adjective)
          || Lexicon.verbReadings(of: word).contains(where: { $0.form == .pastParticiple })
      {
        return phrase("How do you feel about") + rest[2...]
      }
      // "Are you too lazy to do the laundry?", "Aren't you ashamed to be seen with him?": the
      // charge or the feeling the asker guesses is left out, the act asked about.
      let charged = rest.drop { degreeWords.contains($0.lowercased) }
      if let charge = charged.first?.lowercased, isChargeOrState(charge),
        charged.dropFirst().first?.lowercased == "to", charged.count > 2,
        let act = gerundAct(charged.dropFirst(2))
      {
        return phrase("How do you feel about") + act
      }
      // "Aren't you a bit jealous that she earns more?": the feeling is the asker's guess,
      // what it is about is the topic: "How do you feel about her earning more?".
      if let clause = clauseAfterFeeling(charged) {
        return clause.flatMap(gerundPhrase).map { phrase("How do you feel about") + $0 }
      }
      return phrase("What makes you") + rest
    }
    return judging(clause, subject: subject)
  }

  /// The clause a feeling put on the person is about: "jealous | that she earns more",
  /// "embarrassed | your brother still lives at home"; .some(nil) when the feeling is about a
  /// clause that cannot be read, nil when the words are no feeling about a clause.
  private static func clauseAfterFeeling(_ words: ArraySlice<Token>) -> Clause?? {
    guard let feeling = words.first?.lowercased, words.count > 2,
      !FunctionWords.isFunctionWord(feeling),
      Lexicon.classes(of: feeling).contains(.adjective)
        || Lexicon.verbReadings(of: feeling).contains(where: { $0.form == .pastParticiple })
    else { return nil }
    var clause = words.dropFirst()
    if clause.first?.lowercased == "that" { clause = clause.dropFirst() }
    guard let first = clause.first,
      FunctionWords.subjectPronouns[first.lowercased] != nil
        || FunctionWords.beginsNounPhrase(first) || first.text.first?.isUppercase == true
    else { return nil }
    return .some(ClauseParser.parse(Array(clause.prefix { $0.isWord || $0.text.hasPrefix("'") })))
  }

  /// A claim that the subject is something, asked about without presuming it: "How do you see
  /// crypto?" when what it is said to be is a judgement ("a scam", "overhyped", "just a fad",
  /// "a total mess", a label such as "gamblers"; `LoadedJudgements`), which is left out;
  /// otherwise "What would tell you whether nuclear power is safe?", which keeps it.
  private static func judging(_ clause: Clause, subject: [Token]) -> [Token]? {
    // What the judgement is of or against ("a threat to Taiwan", "rigged against small
    // investors") is topic too: only a judgement that stands alone, of a subject that names
    // something, is left out.
    let content = clause.rest.filter {
      $0.kind == .word && !FunctionWords.isFunctionWord($0.lowercased)
        && !degreeWords.contains($0.lowercased)
    }
    let standsAlone =
      !content.isEmpty
      && (isVerdict(clause, subject: subject)
        || content.allSatisfy { !keyTerms.terms(in: [$0]).isEmpty })
      && !(subject.count == 1 && vagueSubjects.contains(subject[0].lowercased))
    if !standsAlone {
      return whether(clause)
    }
    return seeing(subject)
  }

  /// "Is Dogecoin just a joke?", "Wasn't the launch a total disaster?", "Are landlords
  /// leeches?": a verdict on the subject, in any tense, is left out and the subject asked about.
  private static func leavingVerdictOut(_ clause: Clause) -> [Token]? {
    guard case .be = clause.verb, !clause.isNegated else { return nil }
    let subject = subject(of: clause)
    guard !subject.isEmpty, !(subject.count == 1 && vagueSubjects.contains(subject[0].lowercased)),
      isVerdict(clause, subject: subject)
    else { return nil }
    return seeing(subject)
  }

  /// Whether what the subject is said to be is a verdict with nothing else in it: a dismissive
  /// or extreme word, a loaded word or a charge, or a bare label on a group
  /// (`LoadedJudgements`), with no preposition bringing in more of the topic.
  private static func isVerdict(_ clause: Clause, subject: [Token]) -> Bool {
    // "just" may stand after the verb ("is just a fad") or open what follows it.
    let words = (clause.afterAuxiliary + clause.rest).map(\.lowercased)
    if LoadedJudgements.opensWithVerdictPhrase(words) { return true }
    guard let first = clause.rest.first?.lowercased,
      !words.contains(where: FunctionWords.prepositions.contains)
    else { return false }
    // "Is ChatGPT making students lazy?" says what the subject does, not what it is.
    let isNounOrAdjective = !Lexicon.classes(of: first).isDisjoint(with: [.noun, .adjective])
    if Lexicon.verbReadings(of: first).contains(where: {
      $0.form == .presentParticiple || ($0.form == .pastParticiple && !isNounOrAdjective)
    }) {
      return false
    }
    return words.contains(where: LoadedJudgements.dismissiveWords.contains)
      || words.contains { LoadedJudgements.isLoaded($0) || chargeWords.contains($0) }
      || LoadedJudgements.isBareLabel(clause.rest, subject: subject)
  }

  /// Whether a subject reads as a noun phrase: an article stands only at its start or after a
  /// preposition, a conjunction or a possessive ("the war in the east", "Tom and the kids"),
  /// and an adjective with no other reading does not end it ("nuclear the obvious").
  static func isNounPhrase(_ subject: [Token]) -> Bool {
    // "the people who voted for him": a relative clause after the noun has its own words.
    let subject = Array(
      subject.prefix { !["who", "that", "which"].contains($0.lowercased) || $0 == subject.first })
    let words = subject.map(\.lowercased)
    for index in words.indices.dropFirst() where ["the", "a", "an"].contains(words[index]) {
      let before = words[index - 1]
      guard
        FunctionWords.prepositions.contains(before) || ["and", "or", "'s", "of"].contains(before)
      else { return false }
    }
    guard subject.count > 1, let last = words.last else { return true }
    let classes = Lexicon.classes(of: last)
    return !(classes == [.adjective] && Lexicon.singular(of: last) == nil)
  }

  /// Words that charge a person's conduct, which a rewrite leaves out.
  static let chargeWords: Set<String> = [
    "selfish", "hypocritical", "rude", "irresponsible", "lazy", "reckless", "cruel", "greedy",
    "arrogant", "childish", "immature", "wasteful", "petty", "disrespectful", "unfair",
    "dishonest", "cowardly", "shameful", "pathetic", "insensitive", "naive",
  ]

  /// "What would tell you whether AI can replace teachers?": the claim kept whole, asked about
  /// by what would settle it.
  /// A claim that says what is not is asked about as what is: whether it holds or not is the
  /// same question, and "whether AI hasn't helped" reads as the asker's view turned round.
  /// Nil for a claim that names nothing ("whether that is it").
  static func whether(_ clause: Clause) -> [Token]? {
    let isVague =
      clause.subject.count == 1 && vagueSubjects.contains(clause.subject[0].lowercased)
      && !(Array(clause.lexicalVerb.map { [$0] } ?? []) + clause.afterAuxiliary + clause.rest)
        .contains { $0.isWord && !FunctionWords.isFunctionWord($0.lowercased) }
    if isVague { return nil }
    // "has never helped": the verb's own negation, not a "not" further on ("to not do it").
    let isNegative =
      clause.isNegated || clause.afterAuxiliary.contains { $0.lowercased == "never" }
      || clause.rest.first?.lowercased == "never"
    var statement = (isNegative ? Negator.contradiction(of: clause) : clause).declarative
    while let last = statement.last, last.kind == .punctuation { statement.removeLast() }
    return settling(statement)
  }

  static let keyTerms = KeyTermFinder()

  /// "How do you see crypto?" for a claim about a thing: the question asks for the person's
  /// view of what the claim is about, and leaves out what the asker made of it. A subject
  /// that names nothing ("it", "that") gets "What do you make of it?".
  private static func seeing(_ subject: [Token]) -> [Token]? {
    guard !subject.isEmpty else { return nil }
    if subject.count == 1, vagueSubjects.contains(subject[0].lowercased) {
      return phrase("What do you make of") + objectForm(subject)
    }
    return phrase("How do you see") + objectForm(subject)
  }

  /// Whether a clause's verb is a modal's: "you would mind".
  private static func isModal(_ clause: Clause) -> Bool {
    if case .modal = clause.verb { true } else { false }
  }

  /// Whether a clause's verb is "be": "crypto is a scam".
  private static func isCopula(_ clause: Clause) -> Bool {
    if case .be = clause.verb { true } else { false }
  }

  /// Whether a subject is one word that names nothing: "it", "that".
  private static func isVague(_ subject: [Token]) -> Bool {
    subject.count == 1 && vagueSubjects.contains(subject[0].lowercased)
  }

  /// Subjects that name nothing a question could keep.
  private static let vagueSubjects: Set<String> = ["it", "that", "this", "those", "these"]

  /// Whether the clause's subject is an "it" that stands for a clause or an infinitive after
  /// it: "it is wise to ban TikTok", "it would be better to just ban guns".
  static func isAnticipatoryIt(_ clause: Clause) -> Bool {
    guard clause.subject.count == 1, clause.subject[0].lowercased == "it" else { return false }
    return clause.rest.contains {
      ["to", "that", "how", "whether", "if", "what"].contains($0.lowercased)
    }
  }

  /// "What would change if we banned TikTok?" for a claim of what should be done.
  private static func changing(_ clause: Clause) -> [Token]? {
    guard case .modal(let modal) = clause.verb, dutyModals.contains(modal), !clause.isNegated
    else { return nil }
    var rest = clause.rest
    if modal == "ought", rest.first?.lowercased == "to" { rest.removeFirst() }
    guard let verb = rest.first, let base = baseForm(verb.lowercased) else { return nil }
    if base == "have", rest.count > 1,
      Lexicon.verbReadings(of: rest[1].lowercased).contains(where: {
        $0.form == .pastParticiple
      })
    {
      return nil  // "Should we have invaded?": a past decision, asked by a later rule.
    }
    let past = base == "be" ? "were" : Lexicon.past(of: base)
    let tail = Clause.reinflectingCoordinatedVerbs(in: Array(rest.dropFirst()), fromBase: true) {
      Lexicon.past(of: $0)
    }
    return phrase("What would change if") + subject(of: clause) + clause.afterAuxiliary
      + [verb.replacingText(with: past)] + tail
  }

  /// "What would it take for AI to replace programmers?", "… for crypto not to be a scam?".
  /// Not for an "it" that stands for what follows ("Would it be better to ban guns?") nor for
  /// the past ("Could the pandemic have been handled better?"): nothing can be taken for them.
  private static func taking(_ clause: Clause) -> [Token]? {
    if isAnticipatoryIt(clause) { return nil }
    if case .modal = clause.verb, clause.rest.first?.lowercased == "have", clause.rest.count > 1,
      Lexicon.verbReadings(of: clause.rest[1].lowercased).contains(where: {
        $0.form == .pastParticiple
      }) || clause.rest[1].lowercased == "been"
    {
      return nil
    }
    guard let infinitive = infinitive(clause) else { return nil }
    return phrase("What would it take for") + objectForm(subject(of: clause)) + infinitive
  }
}
