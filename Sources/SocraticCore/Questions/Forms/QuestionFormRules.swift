/// Finds what keeps a question from being open: first what makes it leading, then, only when
/// nothing does, what makes it closed.
///
/// Leading:
/// - a jab: sarcasm, a complaint or a mocking tag put as a question (`SarcasmRules`);
/// - a negative question: a negated auxiliary first ("Don't you think …", "Isn't it …") or
///   "not" right after the subject ("Is it not true that …");
/// - a tag that asks for agreement ("…, right?", "…, don't you?", "Agreed?");
/// - an opener that presumes the answer ("Surely …", "Obviously …", "Of course …", "Is it just
///   me, or …");
/// - a statement with a question mark ("Crypto is a scam?");
/// - insulting or loaded words anywhere ("stupid", "idiots", "ridiculous", "on earth"), and
///   people judged "so" something ("Why are crypto people so arrogant?");
/// - a rhetorical question: "How can anyone …", "Why would anybody …", "Why would a smart
///   person …", "Who would ever …", "Who in their right mind …", "What kind of person would …",
///   "How can you (possibly) believe …", "How could any teacher …", "How is it fair that …",
///   "Who cares …", "So what?";
/// - an either-or whose second option mocks ("…, or do you just want to win?", "… or just talk
///   about it?");
/// - a question-word question that offers its own answer ("…, the fairies?",
///   `OfferedAnswerRules`), and a yes/no question that blames the listener for what befalls
///   others ("… because you missed the exit?", `BlameRules`);
/// - a jab that looks open (`JabShapeRules`): a sweep over the listener's beliefs, a gotcha
///   condition, a who-question that points at someone present, a demand for candour, a veiled
///   threat;
/// - a case set against their view, ending on "then" ("why didn't the ban work, then?",
///   `CounterCaseRules`);
/// - a "since" lead that takes its premise for granted ("Since it clearly failed, why …");
/// - a premise built in by structure (`BuiltInPremiseRules`): a why- or how-question set
///   against a clause that states a sweeping fact about someone ("… when he barely turns
///   up?"), and a view put in their mouth with a belittling word before its predicate ("…
///   you decided X was basically Y?");
/// - "actually" after someone else as the subject of a question-word question ("What does she
///   actually get out of it?"), or after a future the person puts off ("Are you ever going to
///   actually …?");
/// - an either-or whose second option leaves the asker doing it ("… or do I have to?"): a
///   complaint;
/// - a why-question that takes "never" or "always" for granted about others ("Why do
///   politicians never keep their promises?", "Why is it always the Greens who …"), and a
///   phrase of time that says "always" ("…literally all the time?", "every single time");
/// - disbelief right after the subject of a yes/no question or statement ("Do you really
///   think …", "You seriously believe …") or of a question-word question ("What does that even
///   mean?"), or alone ("Really?"), or set off at its start or end ("Seriously, why …?", "…,
///   honestly?");
/// - a lead that makes light of the matter, a belittled reason, a reproach of their reaction,
///   or a verdict of scorn beside the question (`MakingLightRules`);
/// - what the structure takes for granted (`LoadedFrameRules`): the listener as subject of a
///   habit without exception, an exception that answers the question, scare quotes, "…
///   exactly", blame for a repeat, an either-or whose because-clause denies having both; and a
///   summary of their view stretched to an extreme (`StrawManRules`).
///
/// Closed:
/// - a yes/no question, opening with an auxiliary or modal that is not a request to talk
///   ("Can you tell me more …" is open), or a request that asks only whether ("Can you tell me
///   whether …", "I wonder if …"); with "or" it is an either-or question, as is "Who would you
///   trust more, A or B?";
/// - a question word that asks for a single fact: a quantity ("How many", "How much" with a
///   noun, a verb of paying or a verb with no object, "How old", "How often", "How long"), a point on a scale ("How important", "How confident"), a
///   measure or a name ("What year", "What is the capital", "What gym", "What was his
///   name"; `SingleFactCues`), who someone is ("Who's Donna?"), when ("When did you start?",
///   not "When was a time …"), where (a place or a point on a scale, not where something
///   comes from or leads), "How about …" with no verb, or who or which about the past when
///   the person is not asked about themselves ("When did Bitcoin launch?", but "When did you
///   change your mind?" is open); also "Who?", "When?", "Where?" or "Which?" alone;
/// - but an either-or about a plain fact of the person's own ("Do you support Arsenal or
///   Spurs?") is closed and fine as it is (`PlainChoiceRules`);
/// - but a yes/no question about a plain, checkable fact of a thing ("Is the venue deposit
///   refundable?") is closed and fine as it is (`PlainFactRules`);
/// - but a check on how the person is ("You alright?", `CheckInRules`) is closed and fine;
/// - and so is whose turn a job is ("Who's collecting her, me or you?", `PlainChoiceRules`) or
///   whether a day suits them ("Can you do Thursdays?", `FineClosedQuestions`);
/// - and so is an offer or an invitation ("Want a brew?", `OfferRules`);
/// - "What?", "Huh?" or "Sorry?" alone, which ask for a repeat;
/// - a fragment with no verb ("Crypto?").
enum QuestionFormRules {
  /// The problems of a question, leading ones first; empty for an open question.
  /// - Parameter lookingUpNames: whether to look nouns up in the lexicon for names people are
  ///   called (`nameCallingNoun`); a rewrite of a question that calls nobody names cannot.
  static func problems(in reading: QuestionReading, lookingUpNames: Bool = true)
    -> [QuestionProblem]
  {
    if isRepeatRequest(reading) {
      return [.repeatRequest(reading.tokens.joinedText + (reading.hasQuestionMark ? "?" : ""))]
    }
    if CheckInRules.isCheckIn(reading) { return [.checkIn] }
    // "any plans for the weekend?": a plan of theirs, whatever the words after it.
    let core = Array(reading.coreWords)
    if SingleFactCues.ownPlanFragments.contains(where: { core.starts(with: $0) }) {
      return [.ownFact]
    }
    // "Want a brew?": an offer asks nothing of their views; a jab put as one ("want a medal?")
    // names nothing offered.
    if OfferRules.isOffer(reading), SarcasmRules.problem(in: reading) == nil { return [.offer] }
    // "i could do tuesdays?": the asker's own offer is a statement, whatever its mark.
    if OfferRules.isOwnOffer(reading) { return [.ownOffer] }
    let leading = leadingProblems(in: reading, lookingUpNames: lookingUpNames)
    guard leading.isEmpty else { return leading }
    // "Is it more the rent that's worrying you?": a guess at a feeling, put without a lead.
    if CheckInRules.guessesFeeling(reading) { return [.feelingGuess] }
    return closedProblems(in: reading)
  }

  private static func leadingProblems(in reading: QuestionReading, lookingUpNames: Bool)
    -> [QuestionProblem]
  {
    var problems: [QuestionProblem] = []
    if let jab = SarcasmRules.problem(in: reading) {
      problems.append(jab)
    } else if let guess = OfferedAnswerRules.offeredAnswer(in: reading)
      ?? SuggestedExplanation.explanation(in: reading)
    {
      problems.append(.offeredAnswer(reading.tokens[guess].joinedText))
    } else if let overdue = SarcasmRules.overdue(in: reading) {
      problems.append(.sarcasm(overdue))
    }
    if reading.tag != nil, !reading.confirmsSpeakersAct, !reading.checksArrangement {
      problems.append(.tagQuestion)
    }
    switch reading.opener {
    case .auxiliary(let index):
      if isTagClause(reading) { problems.append(.tagQuestion) }
      if isNegative(reading, auxiliaryAt: index) { problems.append(.negativeQuestion) }
      if let word = disbeliefWord(reading, from: index + 1) { problems.append(.disbelief(word)) }
      if let burden = MockingAlternativeRules.askerBurden(in: reading) {
        problems.append(.complaint(burden))
      } else if let words = MockingAlternativeRules.mockingWords(in: reading) {
        problems.append(.mockingAlternative(words))
      }
      if let blame = BlameRules.blame(in: reading) { problems.append(.presumedAct(blame)) }
    case .presumption(let index, let length):
      let words = reading.tokens[index..<(index + length)].joinedText
      problems.append(.presumingOpener(words))
    case .statement(let index, _):
      if reading.tag == nil, reading.viewTag == nil, reading.hasQuestionMark {
        problems.append(
          PresumptionRules.saysWhatTheyThink(reading, at: index)
            ? .wordsInTheirMouth : .statementWithQuestionMark)
      }
      if let word = disbeliefWord(reading, from: index) { problems.append(.disbelief(word)) }
      if let signs = StrawManRules.signs(in: reading) {
        problems.removeAll { $0 == .wordsInTheirMouth }
        problems.append(.strawMan(signs))
      }
    case .questionWord(let index):
      let isRhetorical = isRhetorical(reading, questionWordAt: index)
      if isRhetorical { problems.append(.rhetorical) }
      // "What's your evidence, or is it just a hunch?": the tail mocks whatever opened it.
      if let words = MockingAlternativeRules.mockingWords(in: reading) {
        problems.append(.mockingAlternative(words))
      }
      if let word = disbeliefInQuestion(reading, questionWordAt: index) {
        problems.append(.disbelief(word))
      } else if !isRhetorical, let sweeping = sweepingWord(in: reading, questionWordAt: index) {
        problems.append(.sweepingPresumption(reading.tokens[sweeping].text))
      } else if !isRhetorical, let sweep = JabShapeRules.sweepOverListener(in: reading) {
        problems.append(.sweepingPresumption(reading.tokens[sweep].text))
      }
      if let signs = JabShapeRules.pointedWho(in: reading) {
        problems.append(.complaint(signs))
      } else if let condition = JabShapeRules.gotchaCondition(in: reading) {
        problems.append(.gotcha(reading.tokens[condition].joinedText))
      } else if problems.isEmpty, CounterCaseRules.setsCaseAgainst(reading) {
        problems.append(.rhetorical)
      } else if problems.isEmpty, let challenge = WhyChallengeRules.problem(in: reading) {
        problems.append(challenge)
      } else if problems.isEmpty, BuiltInPremiseRules.premiseClause(in: reading) != nil {
        problems.append(.rhetorical)
      }
    case .fragment(let index):
      if reading.core.count == 1, reading.isWord(index, .incredulity) {
        problems.append(.disbelief(reading.tokens[index].text))
      } else if isDismissal(reading) {
        problems.append(.rhetorical)
      }
    case .request, .none:
      break
    }
    problems += MakingLightRules.problems(in: reading)
    if let demand = JabShapeRules.candourDemand(in: reading) {
      problems.append(.disbelief(reading.tokens[demand].joinedText))
    }
    if let threat = JabShapeRules.veiledThreat(in: reading) {
      problems.append(.veiledThreat(threat))
    }
    if let lever = JabShapeRules.guiltLever(in: reading) {
      problems.append(.guiltLever(lever))
    }
    if let word = PresumedPremiseRules.settlingWord(in: reading) {
      problems.append(.presumingOpener(word))
    }
    // Most questions hold no judging word at all: quotations are looked for only when one does.
    let judging: CritiqueWordClasses = [.insulting, .loaded]
    let hasJudgingWord = reading.classes.contains { !$0.isDisjoint(with: judging) }
    let quoted = hasJudgingWord ? quotedWords(in: reading) : []
    if hasJudgingWord,
      let insult = reading.classes.indices.first(where: {
        reading.classes[$0].contains(.insulting) && !quoted.contains($0)
      })
    {
      problems.append(.insultingWord(reading.tokens[insult].text))
    } else if lookingUpNames, let noun = nameCallingNoun(in: reading),
      !quotedWords(in: reading).contains(noun)
    {
      problems.append(.insultingWord(reading.tokens[noun].text))
    }
    if !problems.contains(where: \.isInsult),
      let label = DerisiveLabels.firstLabel(in: reading.words)
    {
      problems.append(.insultingWord(reading.tokens[label].joinedText))
    }
    if problems.isEmpty, let scorn = BuiltInPremiseRules.scornedPredicate(in: reading) {
      problems.append(.mockingWord(reading.tokens[scorn].text))
    }
    if problems.isEmpty, let match = PresumptionRules.firstMatch(in: reading) {
      problems.append(PresumptionRules.problem(match, in: reading))
    }
    if problems.isEmpty, let accusation = AccusationRules.match(in: reading) {
      problems.append(AccusationRules.problem(accusation, in: reading))
    }
    if problems.isEmpty, let sweeping = sweepingTimePhrase(in: reading) {
      problems.append(.sweepingPresumption(reading.tokens[sweeping].joinedText))
    }
    if problems.isEmpty, let loaded = LoadedFrameRules.problem(in: reading) {
      problems.append(loaded)
    }
    if problems.isEmpty, let disowned = SarcasmRules.disowning(in: reading) {
      problems.append(.complaint(disowned))
    }
    if let aside = scornfulAside(in: reading),
      !problems.contains(where: { if case .disbelief = $0 { true } else { false } })
    {
      problems.append(.disbelief(reading.tokens[aside].text))
    }
    if let loaded = loadedWording(in: reading, quoted: quoted) {
      problems.append(.loadedWording(loaded))
    } else if !problems.contains(where: { if case .insultingWord = $0 { true } else { false } }),
      let judged = judgedPersonAdjective(in: reading)
    {
      problems.append(.loadedWording(reading.tokens[(judged - 1)...judged].joinedText))
    }
    return problems
  }

  /// Whether a word is a verb form other than a bare noun: "think", "thinks", "thought".
  static func isVerbForm(_ word: String) -> Bool {
    guard !FunctionWords.isFunctionWord(word) else { return false }
    let readings = Lexicon.verbReadings(of: word)
    guard !readings.isEmpty else { return false }
    let classes = Lexicon.classes(of: word)
    return !classes.contains(.noun) || CritiqueVocabulary.opinionVerbs[word] != nil
  }
}

extension QuestionFormRules {
  /// Whether the question is a check put after a statement ("You'd rather rent, is that it?",
  /// "…, is that right?"): it asks the person to agree with the asker's reading of them.
  static func isTagClause(_ reading: QuestionReading) -> Bool {
    guard reading.tag == nil, reading.lead.count > 2 else { return false }
    let core = Array(reading.coreWords)
    return tagClauses.contains(core)
  }

  private static let tagClauses: Set<[String]> = [
    ["is", "that", "it"], ["is", "that", "right"], ["is", "that", "true"], ["am", "i", "right"],
    ["is", "that", "what", "you", "mean"], ["is", "that", "what", "you", "'re", "saying"],
  ]
}

extension QuestionFormRules {
  /// Whether a yes/no question about what the listener did or does ends with "or not": "Did
  /// you take the bins out or not?" demands the answer. "Is Taiwan part of China or not?"
  /// asks for a view, yes or no.
  static func demandsAnswer(_ reading: QuestionReading) -> Bool {
    guard case .auxiliary(let index) = reading.opener, index + 1 < reading.core.upperBound,
      reading.words[index + 1] == "you"
    else { return false }
    return reading.coreWords.suffix(2).elementsEqual(["or", "not"])
  }
}
