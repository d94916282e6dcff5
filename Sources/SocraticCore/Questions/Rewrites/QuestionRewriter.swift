/// Rewrites a closed or leading question as an open one that keeps its topic, by rules on the
/// parsed question; never from a list of sentences.
///
/// The question is first stripped of what puts the person on the defensive
/// (`LoadedWordingRemover`) and read again. Then:
/// - A question that puts a claim to the person (yes/no, negative, tag, "Surely …", a
///   statement with "?", "I wonder if …") is turned back into its claim — "Is crypto a
///   scam?" and "Don't you think crypto is a scam?" both into "crypto is a scam" — and the
///   claim is asked about by its shape, the first rule that fits deciding:
///   - either-or: "How would you decide whether Bitcoin is a currency or an asset?";
///   - a check on how someone else is getting on: "Is grandad settling in ok?" → "How is
///     grandad settling in?";
///   - what the person is asked to admit or see: "You'd admit the waste is a problem,
///     right?" → "How do you see the waste?";
///   - a judgement that the claim is absurd ("Isn't it ridiculous that X?"): "What do you
///     make of the fact that X?";
///   - "be" with an insult for complement: "How would you describe crypto bros?", or what the
///     insult is about when it says: "Why are you so naive about China?" → "How do you see
///     China?";
///   - "be" with a noun phrase or an adjective, when the complement is a state a thing can
///     look ("here to stay", "caused by X", "allowed to" are not): "What makes crypto look like
///     a scam to you?", "What makes taxes look too high to you?" ("What makes you sure?" when
///     the subject is "you", "How do you feel about X?" for "Aren't you worried about X?");
///   - what should be done: "What would change if we banned TikTok?"; advice the asker asks
///     about themselves too ("Do you think I should move?" → "What would change if I moved?");
///   - what can or will happen: "What would it take for AI to replace programmers?" (not for
///     an "it" that stands for what follows, nor for the past);
///   - whether something is possible or likely: "What would it take for crypto not to be a
///     scam?";
///   - an opinion the person was asked to confirm, or a fact they were told they know ("You
///     know they're lying, right?"): "What makes you think AI is conscious?", "What makes you
///     think they're lying?";
///   - a claim about the person, by its verb: "Do you like the council?" → "How do you feel
///     about the council?", "Did you vote for her?" → "What can you tell me about voting for
///     her?" (`PersonVerbShapes`);
///   - anything else, by what would settle it: "What would tell you whether social media
///     harms teenagers?".
/// - A question for a plain fact, or a gentle check on the person's own life, is fine closed
///   and gets no rewrite (`FineClosedQuestions`).
/// - A rhetorical question about what people do asks what leads them to it: "Why would anyone
///   be so stupid as to buy Bitcoin?" → "What leads people to buy Bitcoin?".
/// - A why-question that takes "never" or "always" for granted asks what leads to the
///   behaviour: "Why do politicians never keep their promises?" → "What makes it hard for
///   politicians to keep their promises?".
/// - A choice after "who" or "which" asks how to decide: "How would you decide who you would
///   trust more, a scientist or a politician?".
/// - A challenge rather than a question is asked by its shape (`ChallengeRewrites`): a forced
///   choice of two things, "How would you weigh X against Y?"; two verdicts on someone, "How
///   do you see X?"; disbelief at a plan, "What draws you to X?"; scare quotes, "What do you
///   get out of X?".
/// - Disbelief at a verdict asks what makes it look so: "How is that a foul?" → "What makes
///   that look like a foul to you?"; a reproach for caring asks what matters in it: "Why are
///   you making such a fuss about the rent?" → "What about the rent matters to you?"
///   (`ReproachRewrites`); a worry put on the person asks how they weigh the risk
///   (`WorryRewrites`).
/// - "Who cares about X?" and "So what?" ask why it matters: "Why does X matter to you?".
/// - A sarcastic request asks what would help: "Would it kill you to take the bins out?" →
///   "What would make it easier for you to take the bins out?" (`RequestRewrites`).
/// - "How can you still back a manager who lost again?" asks what keeps the person at it,
///   without the charge: "What keeps you backing a manager?".
/// - A last alternative that names nothing ("or what", "or not", "or isn't there") is left
///   out, and the question asked as a yes/no one.
/// - Any other question that was only loaded is asked again without its loaded words.
/// - A judgement of how the person acts is left out and the act kept (`PersonalActRewrites`):
///   "Don't you think you're drinking too much coffee?" → "How do you decide how much coffee
///   to drink?", "Why do you drive like a maniac?" → "How would you describe the way you
///   drive?"; a "going to" plan asks about their plans (`PlanRewrites`); a comparison that
///   argues ("when dogs are so much better") and "just because …" go.
/// - A plain request gets no rewrite; one with a dig ("for once") is asked without it.
/// - Every rewrite must read as a whole question (`WellFormedRewrite`) and carry no judgement
///   of how the person acts (`AskerJudgement`), or the next is tried;
///   a yes/no question whose claim would have its verb put inside a noun phrase gets none.
/// - With nothing to keep, a plain open question: "What do you mean by that?", "What makes
///   you say that?", "What do you think about crypto?".
///
/// A lead that sets the scene ("If taxes rose, …") moves to the end; a preamble ("Quick
/// question —", "Mum, …") is left out. The asker's own "I" and "my" stay: "Should I
/// quit my job?" → "What would change if I quit my job?"; but a leading question's claim is
/// the asker's view, and its "my" is made general (`AskerWords`): "Won't AI take my job?" →
/// "What would it take for AI to take a job like mine?".
enum QuestionRewriter {
  /// The first rewrite that passes `isAcceptable`, as a whole question ending in "?", or nil.
  ///
  /// Rewrites are made one at a time, the best first, and the search stops at the first that
  /// is accepted: most of the cost of a critique is here.
  /// - Parameters:
  ///   - reading: the question as written.
  ///   - cleaned: the question without its loaded wording (`withoutLoadedWording(_:)`).
  ///   - problems: what the critic found wrong with it.
  ///   - context: the sentence before it, for a tag alone ("Crypto is a scam. Right?").
  ///   - isAcceptable: whether a rewrite, as tokens without its "?", may be suggested.
  static func suggestion(
    for reading: QuestionReading, cleaned: QuestionReading, problems: [QuestionProblem],
    context: [Token]?, isAcceptable: ([Token]) -> Bool
  ) -> String? {
    if problems.contains(where: {
      if case .repeatRequest = $0 { return true }
      return false
    }) {
      return "What do you mean by that?"
    }
    if reading.words.count == 1, CritiqueVocabulary.incredulityWords.contains(reading.words[0]) {
      return "What makes you say that?"
    }
    if reading.core.count == 1, reading.isWord(reading.core.lowerBound, .questionWord) {
      return "Can you say more about that?"  // "When?", "Who?" alone: there is nothing to keep.
    }
    // "Is?", "Don't not?": auxiliaries and negators alone say nothing a rewrite could keep;
    // a number ("the 10", "a 5p") says what is asked about.
    let hasContent = cleaned.words.contains {
      $0.first?.isNumber == true
        || ($0.first?.isLetter == true && !FunctionWords.isFunctionWord($0))
    }
    if !cleaned.core.isEmpty, !hasContent {
      return "What do you mean by that?"
    }
    if FineClosedQuestions.isFine(reading, problems: problems) { return nil }
    // "told you so didnt i", "paid you back didnt i": the act is the speaker's, so the rewrite
    // asks how it turned out or came across for them.
    if reading.tagsSpeakersAct {
      return reading.tagsSpeakersPoint
        ? "What do you make of how it turned out?" : "How did that come across to you?"
    }
    // "Did you lock up or not?" wants a fact: what to say instead is the need, said plainly,
    // never a question about how they feel about locking up. "Are you going to ring her or
    // not?" asks a plan, which a question can open up.
    if problems == [.demandedAnswer], case .auxiliary(let index) = reading.opener,
      let auxiliary = FunctionWords.auxiliary(reading.words[index]),
      auxiliary.tense == .past || auxiliary.kind == .have
    {
      return nil
    }
    if isCheckingSummary(reading, problems: problems) { return nil }
    if !problems.contains(.rhetorical), let request = RequestRewrites.plainRequest(reading) {
      return request.map(finished)
    }
    // "Is the venue deposit refundable?" read as "the venue | is deposit …": a plain question
    // whose claim cannot be read gets no rewrite rather than a scrambled one.
    if case .auxiliary(let index) = reading.opener,
      let claim = Proposition(
        yesNoQuestion: Array(reading.tokens[index..<reading.core.upperBound])),
      WellFormedRewrite.splitsNoun(claim.clause)
    {
      return nil
    }
    if let premise = PresumedPremiseRules.topic(in: reading),
      !["you", "i", "we"].contains(premise[0].lowercased)
    {
      // "Since the plan obviously failed, why …?": asked about without the verdict.
      let body = phrase("How do you see") + premise
      if WellFormedRewrite.isWellFormed(body, source: reading.tokens), isAcceptable(body) {
        return finished(body)
      }
    }
    let isMocking = problems.contains {
      if case .mockingAlternative = $0 { true } else { false }
    }
    // "…, or do you just want to win?": only the first option is asked about.
    // "Is your mum still mad at me or what?": an alternative that says nothing is no choice.
    // "You only did it because …": the reason given is what a motive rule reads.
    let unargued = cleaned
    let plain = QuestionReading(
      LoadedWordingRemover.withoutTrailingFillers(
        LoadedWordingRemover.withoutPresumedNever(
          LoadedWordingRemover.withoutArguments(cleaned.tokens))))
    let bare = withoutEmptyAlternative(plain)
    let cleaned =
      (isMocking ? MockingAlternativeRules.firstOption(of: plain) : nil)?.inSentenceCase()
      ?? (bare ?? plain).inSentenceCase()
    let isEitherOr = bare == nil && problems.contains(.eitherOr)
    // "Was the ref blind or just biased?": the second option made light of is a verdict.
    let mocksSecond = zip(reading.words, reading.words.dropFirst()).contains {
      $0 == "or" && LoadedJudgements.dismissiveWords.contains($1)
    }
    let lead = isMocking ? [] : keptLead(cleaned.leadTokens)
    return withoutActuallyEscaping(isAcceptable) { isOpen in
      // Whatever rule built it, a rewrite is shown only when it reads as English and leaves
      // the asker's judgement out. The question is read for the checks once, not for each
      // rewrite tried; the critic's own reading of a rewrite (`isOpen`), the costliest check,
      // comes last.
      let source = PresumptionCheck.Source(reading.tokens)
      let isAcceptable = {
        WellFormedRewrite.isWellFormed($0, source: reading.tokens)
          && PresumptionCheck.passes($0, source: source) && !AskerJudgement.isCarried(in: $0)
          && KeptAim.keeps($0, source: reading.coreWords) && isOpen($0)
      }
      let isLeading = problems.contains { $0.form == .leading }
      let search = Search(
        isLeading: isLeading, putsWordsInMouth: problems.contains(.wordsInTheirMouth)
      ) { isAcceptable($0 + lead) }
      // A sweeping why-question is asked about whole before a sweeping word in it is left out.
      let body =
        search.first(
          [
            // "how does that make sense?": how it fits together for them, not whether it does.
            {
              QuestionFormRules.doubtsSense(reading)
                ? phrase("How do you see it fitting together") : nil
            },
            // "so how would you know": what they go on is asked, not their standing doubted.
            {
              QuestionFormRules.challengesGrounds(reading)
                ? phrase("What makes you see it that way") : nil
            },
            { ChallengeRewrites.scareQuoted(cleaned) },
            { isLeading ? WorryRewrites.body(for: cleaned) : nil },
            // "Why would you let your boss walk all over you?": how things stand with the boss.
            { isLeading ? PresumptionRewrites.standingBody(for: reading) : nil },
            // "How is that a foul, are you blind?", "Why are you making such a fuss about it?"
            { ReproachRewrites.body(for: reading) },
            // "Isn't eating out every night bad for you?", "Is smoking bad?": the act, without
            // the verdict on it.
            { judgedAct(in: cleaned, isLeading: isLeading) },
            // "… or do you want Y": the second option repeats the question, which `bare` cuts.
            { isLeading || isEitherOr ? ChallengeRewrites.weighing(plain.inSentenceCase()) : nil },
            {
              // "Do you want to save or waste it?": two acts the person wants, a verb that judges
              // how one spends made plain; an act made light of ("or just moan") is no option.
              (isLeading || isEitherOr) && !isMocking
                ? ChallengeRewrites.weighing(
                  withoutLoadedWording(plain).inSentenceCase(), weighsWantedActs: true) : nil
            },
            {
              isLeading || isEitherOr
                ? ChallengeRewrites.judgedEitherWay(plain, mocksSecond: mocksSecond) : nil
            },
            { isMocking ? MockingAlternativeRewrites.body(forFirstOption: cleaned) : nil },
          ]
            + QuestionTypeFrames.QuestionType.allCases.map { type in
              {
                QuestionTypeFrames.body(for: type == .imputedMotive ? unargued : cleaned, as: type)
              }
            } + [
              // "Was selling the flat a mistake?": the act, without the verdict on it.
              { TopicFallback.actBody(for: cleaned) },
              { PersonalActRewrites.body(for: cleaned) },
              { isLeading ? ConductRewrites.body(for: reading) : nil },
              { PlanRewrites.body(for: cleaned) },
              { isLeading ? ChallengeRewrites.plannedAct(cleaned) : nil },
              { RequestRewrites.body(for: cleaned) },
              { PreferenceRewrites.body(for: cleaned) },
              { askingWhatLeads(cleaned) },
              { PresumptionRewrites.body(for: cleaned) },
              { AccusationRewrites.body(for: cleaned) },
              { describingInsulted(cleaned, callsNames: problems.contains(where: \.isInsult)) },
            ])
        ?? bodies(
          for: cleaned, isEitherOr: isEitherOr,
          isRhetorical: problems.contains(.rhetorical), context: context, search: search)
      // A complaint whose words cannot be kept is asked what would be fair (by the critic);
      // any other question whose topic cannot be named cleanly gets no rewrite.
      // "How do you see the fete?" of "why do you always have to make the fete about you?"
      // names the thing and drops the point.
      // A yes/no question that only asks ("Is the party still on?") has no presumption for a
      // topic frame to drop: when no shape of its claim fits (`ClaimShapes`), none is shown.
      let complains = problems.contains { if case .complaint = $0 { true } else { false } }
      let onlyAsks = problems == [.yesNo]
      let fallback =
        body == nil && !complains && !onlyAsks
        ? search.first([{ TopicFallback.body(for: cleaned) }]) : nil
      return (body ?? fallback).map { finished($0 + lead) }
    }
  }

  /// The lead a rewrite keeps, moved to its end: an adverbial that sets the scene ("If taxes
  /// rose", "In your view", "Given the war") says under what the question is asked. A preamble
  /// ("Quick question", "Mum", "Be that as it may") says nothing of it, and after the rewrite it
  /// would read as part of it ("… to you quick question?").
  private static func keptLead(_ lead: [Token]) -> [Token] {
    guard let first = lead.first?.lowercased else { return [] }
    let isAdverbial =
      FunctionWords.prepositions.contains(first) || FunctionWords.subordinators.contains(first)
      || sceneSettingWords.contains(first)
    return isAdverbial && first != "so" ? lead : []
  }

  /// Words other than prepositions and conjunctions that open a lead setting the scene.
  private static let sceneSettingWords: Set<String> = [
    "given", "suppose", "supposing", "say", "imagine", "assuming", "considering", "now",
  ]

  /// Whether a question gives back what the person said and checks it ("So the delays
  /// worry you?", "So your sister moved out?"): a summary opened by "so" with no verb put
  /// first, about the person, that does not lead. A check is how a reflection is offered; no
  /// rewrite is better.
  private static func isCheckingSummary(_ reading: QuestionReading, problems: [QuestionProblem])
    -> Bool
  {
    let words = reading.words
    guard words.first(where: { $0.first?.isLetter == true }) == "so",
      !problems.contains(where: { $0.form == .leading })
    else {
      return false
    }
    switch reading.opener {
    case .auxiliary, .questionWord: return false
    default: return words.contains { ["you", "your", "you're", "yourself"].contains($0) }
    }
  }

  /// The question read again without what puts the person on the defensive.
  static func withoutLoadedWording(_ reading: QuestionReading) -> QuestionReading {
    let cleaned = LoadedWordingRemover.removingLoadedWording(from: reading.tokens)
    // Most questions have nothing to take out: reading them again would find the same.
    if cleaned.count == reading.tokens.count,
      zip(cleaned, reading.tokens).allSatisfy({ $0.text == $1.text })
    {
      return reading
    }
    let mark =
      reading.hasQuestionMark ? [Token("?", kind: .punctuation, hasSpaceBefore: false)] : []
    return QuestionReading(cleaned + mark)
  }

  /// The question as the person wrote it, alone: for a text that asks several.
  static func asked(_ reading: QuestionReading) -> String {
    finished(reading.tokens)
  }
}
