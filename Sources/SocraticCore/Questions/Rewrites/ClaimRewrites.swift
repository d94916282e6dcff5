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
    // "Don't you think the flat would be warmer?": the asker's view of a topic, which the
    // person is asked to weigh, not to back.
    let isAskersViewOfTopic = proposition.isAskersView && !proposition.subjectIsPerson
    // A claim put to the person ("you know they're lying, right?", "do you reckon …") asks
    // their view of it; a plain yes/no question may ask a fact (`ClaimShapes`).
    let isView =
      search.isLeading || proposition.opinionVerb != nil || proposition.isAskersView
      || sourceQuestion == nil
    return search.first([
      // "you know you can just ring them, right?": a step put to them, asked as advice is.
      { StepRewrites.asked(proposition.statement) },
      // "you might be wrong", "you can't keep lending him money": a concession pressed.
      { ConcessionRewrites.asked(proposition.statement) },
      // "Was the wedding alright?": how it went, before any rule reads "alright" as a degree.
      { gettingOn(clause) },
      // "Isn't it odd that X?": the verdict on X is not a quality to ask the degree of.
      {
        proposition.isJudgedAbsurd
          ? nil
          : TopicFrames.body(for: clause, isLeading: search.isLeading, isEitherOr: isEitherOr)
      },
      { isEitherOr ? takingSides(clause) : nil },
      { isEitherOr ? cleftFocus(clause) : nil },
      { isEitherOr ? phrase("How would you decide whether") + proposition.statement : nil },
      // "So I'm selfish for wanting a lie-in?": what the asker is charged for, asked about.
      { chargedForAct(clause) },
      { whoseTurn(clause) },
      // A leading question's claim is the asker's: what it says of its topic is left out.
      { search.isLeading ? toldTheyKnow(proposition) : nil },
      { search.isLeading ? judgedClause(clause) : nil },
      { search.isLeading ? conceded(clause) : nil },
      { feeling(clause) },
      { feelingPutOn(clause) },
      { charged(clause) },
      { betterIf(clause) },
      { search.isLeading ? timingOfAct(clause) : nil },
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
      {
        proposition.opinionVerb != nil && proposition.subjectIsPerson
          ? nil : looking(clause, isView: isView)
      },
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
          !isExistential, search.isLeading || !sayingVerbs.contains(verb)
        else { return nil }
        if isCopula(clause) { return judging(clause, subject: clause.subject, isView: true) }
        return changing(clause) ?? whether(clause, isView: true)
      },
      // "Don't you think you should rest?": what would follow, not what makes them think so.
      { proposition.subjectIsPerson ? changing(clause) : nil },
      // "Don't you think you work too much?": how the person feels about it, by its verb.
      {
        proposition.opinionVerb != nil && proposition.subjectIsPerson ? aboutThePerson(clause) : nil
      },
      // "Do you reckon you'd regret it?", "Can you really say it never helped?": a view the
      // person was asked for, or one put to them, is not yet theirs; "What makes you think …"
      // would have them defend it. Whether it holds is asked, both ways.
      // "Are you telling me the bins weren't collected?" asks about what they said, which is
      // theirs: what makes them say it. A leading reading of the person ("don't you think
      // you're just hoping …") is theirs to justify only in this form, which the checks then
      // refuse (`QuestionCritic.asksToBackReading`).
      {
        guard let verb = proposition.opinionVerb, !isAskersViewOfTopic else { return nil }
        let isTheirs =
          search.isLeading ? proposition.subjectIsPerson : sayingVerbs.contains(verb)
        return isTheirs
          ? phrase("What makes you") + proposition.frameAdverbs
            + [Token(isAgreement ? "think" : verb)] + proposition.statement
          : whether(clause, isView: true)
      },
      { isAskersViewOfTopic ? settling(proposition.statement, isView: true) : nil },
      // "Shouldn't you have fixed it already?": the act, without the reproach that it is late.
      { proposition.subjectIsPerson ? overdueAct(clause) : nil },
      // "Would you mind if …?" asks how the person would feel, not what it would take.
      { proposition.subjectIsPerson && isModal(clause) ? aboutThePerson(clause) : nil },
      { proposition.subjectIsPerson ? pictured(proposition.statement) : nil },
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
      // "Isn't a new phone a waste when …?": a claim argued for is the asker's case; it is left
      // out and its topic asked about, read off the claim up to its verb ("the rent | goes up").
      {
        guard search.isLeading, !isExistential, !proposition.subjectIsPerson,
          proposition.statement.contains(where: { arguingWords.contains($0.lowercased) }),
          let verb = ClauseParser.finiteVerbIndex(in: proposition.statement), verb > 0
        else { return nil }
        let subject = Array(proposition.statement[..<verb])
        return subject.contains { $0.isWord && $0.text.first?.isLetter == true }
          && isNounPhrase(subject) ? seeing(subject) : nil
      },
      { isExistential || proposition.subjectIsPerson ? nil : whether(clause, isView: isView) },
      {
        guard proposition.subjectIsPerson else { return nil }
        return (sourceQuestion ?? yesNoQuestion(clause)).map { phrase("To what extent") + $0 }
      },
      // "Is there a god?": a view the person has not stated, asked for without presuming it.
      {
        isExistential
          ? ClaimShapes.viewFrame + proposition.statement : nil
      },
      // "What makes you think you are coming on Sunday?" asks evidence for their own plan,
      // which is theirs to make, not a view to defend; "What makes you think you've seen the
      // bills …?" for a leading "you've seen the bills and you still …?" asks them to back
      // what they lived through, as the asker tells it.
      {
        let isPlan = OwnPlans.isPlan(proposition.statement)
        let toldOfThem =
          search.isLeading && proposition.subjectIsPerson && proposition.opinionVerb == nil
          && proposition.statement.dropFirst().first.map {
            FunctionWords.auxiliary($0.lowercased)?.kind == .have
          } == true
        // "you're not honestly quitting, are you?": the asker's doubt of what the person does,
        // asked back, would have them defend the opposite of what they mean to do.
        let deniedOfThem =
          search.isLeading && proposition.subjectIsPerson
          && isDoingDenied(proposition.statement.map(\.lowercased))
        return search.isLeading && whether(clause, isView: true) == nil
          && !proposition.subjectIsPerson
          || isPlan || toldOfThem || deniedOfThem || isAskersViewOfTopic
          || guessesWhatItIs(proposition.statement)
          // "Is the party still on?" asks a fact: "What makes you think" would put a view on
          // them they never gave.
          || (!isView && !proposition.subjectIsPerson)
          ? nil : phrase("What makes you think") + proposition.statement
      },
    ])
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

  /// "How likely do you think it is that AI will replace teachers?": the claim kept whole,
  /// asked about by its shape (`settling`).
  /// A claim that says what is not is asked about as what is: whether it holds or not is the
  /// same question, and "whether AI hasn't helped" reads as the asker's view turned round.
  /// Nil for a claim that names nothing ("whether that is it").
  /// - Parameter isView: whether the person is asked for their view of the claim.
  static func whether(_ clause: Clause, isView: Bool) -> [Token]? {
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
    return settling(statement, isView: isView, isDenied: isNegative)
  }

  /// Verbs of saying by which a question asks about what the person said: "Are you telling
  /// me …", "Do you mean …".
  private static let sayingVerbs: Set<String> = ["say", "tell", "mean"]

  /// Words that bring in the asker's argument for a claim: "… when we hardly use the first".
  private static let arguingWords: Set<String> = [
    "when", "because", "since", "if", "though", "while", "given", "considering", "after",
  ]

  static let keyTerms = KeyTermFinder()

  /// "You'd admit the waste is a problem, right?", "Surely you can see your dad needs help?":
  /// what the person is asked to concede is the asker's claim; their own view of its subject
  /// is asked ("How do you see the waste?"), or of the claim without the verdict, never what
  /// it would take them to admit it.
  static func conceded(_ clause: Clause) -> [Token]? {
    guard clause.subject.map(\.lowercased) == ["you"], !clause.isNegated else { return nil }
    var predicate: [Token]
    switch clause.verb {
    case .modal: predicate = clause.rest
    case .lexical: predicate = (clause.lexicalVerb.map { [$0] } ?? []) + clause.rest
    case .be, .perfect: return nil
    }
    // "you'd have to admit …": the stance before the verb is the asker's too.
    predicate = PresumptiveWording.actAfterStance(predicate).map(Array.init) ?? predicate
    guard let verb = predicate.first?.lowercased,
      PresumptionPatterns.actsTakingClause.contains(baseForm(verb) ?? verb)
    else { return nil }
    let claim = predicate.dropFirst().drop { $0.lowercased == "that" }
    guard let inner = ClauseParser.parse(Array(claim)), !inner.subject.isEmpty,
      inner.subject.first?.lowercased != "you"
    else { return nil }
    // "the waste is a problem": the verdict is what they were asked to grant; a quality that
    // is the issue itself ("vaping is harmful") is theirs to weigh.
    let carriesIssue = inner.rest.contains { issueQualities.contains($0.lowercased) }
    return isCopula(inner) && !carriesIssue ? seeing(inner.subject) : whether(inner, isView: true)
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
  static let vagueSubjects: Set<String> = ["it", "that", "this", "those", "these"]

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
    // "should you maybe switch": the asker's hedge is no part of the change asked about.
    let adverbs = clause.afterAuxiliary.filter {
      !FunctionWords.sentenceAdverbs.contains($0.lowercased)
    }
    return phrase("What would change if") + subject(of: clause) + adverbs
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
