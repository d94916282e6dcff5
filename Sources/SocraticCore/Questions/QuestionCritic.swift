/// Coaches what a person would say: whether it is an open, closed or leading question, a
/// reflection or a statement; which of the seven kinds a question is; how deep a reflection
/// goes; what is wrong with it, and an open rewrite that keeps its topic.
///
/// Pure and deterministic, and judged on sentences it has never seen: everything comes from
/// rules on the parsed question (see `QuestionFormRules`, `QuestionKindRules` and
/// `QuestionRewriter`), never from a list of questions.
///
///     let critic = QuestionCritic()
///     let critique = try critic.critique("Don't you think crypto is a scam?")
///     critique.form         // .leading
///     critique.kind         // .assumptions
///     critique.problems     // ["negative question that presumes the answer"]
///     critique.suggestion   // "How do you see crypto?"
///
/// What it does with text that is not one plain question:
/// - Several sentences: statements before the first question are context ("Crypto crashed
///   again. Is it a scam?" is critiqued as "Is it a scam?"); a tag alone ("Crypto is a scam.
///   Right?") is rewritten from the statement before it.
/// - Several questions ("Is crypto a scam? Why?"): the first is critiqued, with a problem
///   saying that several were asked; the suggestion is then the first question alone when it
///   is open, or its rewrite.
/// - A question without "?" that opens like one ("Why is that", "Tell me more") is a question,
///   unless a dash before it carries on a sentence from before ("-isn't a good mix.").
///   A text that asks nothing is a reflection, whose depth is judged against what the other
///   person said (`after`), or a statement, with an open question to ask instead
///   (`UtteranceReader`, `ReflectionDepthRules`). A lone "Honestly?" before the speaker's own
///   view asks nothing ("Honestly? I think it's overblown." is a statement).
/// - Musing about an act put to the person, said without "?" ("I wonder what it'd be like if
///   you tried it.") is advice (`ProposalRules`).
/// - A request for something to be done ("Can you take the bins out?") asks for no view:
///   closed, said to be a request, with no rewrite (`RequestRules`).
/// - "What?", "Huh?", "Sorry?" alone ask for a repeat, not for thought: closed, with the
///   problem said plainly and "What do you mean by that?" as the suggestion. "Why?" and "How
///   so?" alone are open.
/// - Empty text, text with no words, and text over `maximumLength` characters are refused.
///
/// A suggestion is always open by the critic's own rules: each rewrite is critiqued before it
/// is offered. In the rare case that no rewrite passes (a question that quotes an insult back
/// in a long clause, say), a closed or leading question has a nil suggestion; callers show the
/// problems alone then.
public struct QuestionCritic: Sendable {
  /// The most characters a question may have.
  public static let maximumLength = 1_000
  /// The most Unicode scalars a question may have: what reading it costs, however few
  /// characters they make (`TypedTextLimit`).
  public static let maximumScalars = TypedTextLimit.scalarsPerCharacter * maximumLength

  public init() {}

  /// Critiques what a text says: the question in it, or, when it asks nothing, the reflection
  /// or statement it is.
  /// - Parameters:
  ///   - text: what the person would say.
  ///   - after: what the other person last said, against which a reflection's depth is
  ///     judged; nil when unknown.
  /// - Throws: `NotAQuestion` when the text is empty, has no words, or is longer than
  ///   `maximumLength` characters or `maximumScalars` scalars.
  public func critique(_ text: String, after: String? = nil) throws(NotAQuestion)
    -> QuestionCritique
  {
    guard text.contains(where: { !$0.isWhitespace }) else { throw .empty }
    // Counting characters is slow; a text with no more bytes than the limit cannot be over it.
    if text.utf8.count > Self.maximumLength {
      let scalars = text.unicodeScalars.count
      guard scalars <= Self.maximumScalars else { throw .tooManyScalars(scalars) }
      let length = text.count
      guard length <= Self.maximumLength else { throw .tooLong(characters: length) }
    }
    let sentences = Self.joiningAfterthoughts(
      SentenceSplitter.sentences(
        in: SpeechNormalizer.normalized(Self.withoutTranscriptNotes(Tokenizer.tokenize(text)))
      )
      .map(Self.withoutLeadingLaugh)
      .filter { $0.contains(where: \.isWord) })
    guard !sentences.isEmpty else { throw .noWords }
    let readings = sentences.map(QuestionReading.init)
    // Without a question mark anywhere, only a first sentence that opens like a question asks:
    // "You've cut down. What you want now is some peace." gives back, and asks nothing; a tag
    // said without one does not ask either ("You were right.", "From your doctor, yeah.").
    // "Honestly? I think …" leads into the speaker's own view: a lone lead-in asks nothing when
    // nothing after it asks.
    let saying = readings.count > 1 && Self.isAnswerLeadIn(readings[0])
    let hasQuestionMark = readings.dropFirst(saying ? 1 : 0).contains(where: \.hasQuestionMark)
    // A line that opens with a dash carries on a sentence from before ("-isn't a good mix."):
    // without a question mark it asks nothing, whatever word it opens with.
    let carriesOn = sentences[0].first.map { Self.dashes.contains($0.text) } ?? false
    // Chat leaves out question marks: "im not hating i promise. how do you see it yourself"
    // asks in its second sentence.
    let asking = !hasQuestionMark && (saying || carriesOn) ? [] : readings
    // Beside a question mark, a sentence ended with a full stop asks only when it opens with a
    // question word or an auxiliary: "I just want to understand how you see it." and "Huh."
    // lead into the question, they are not another.
    // Without one, a later sentence asks only when it opens as a question does.
    let asks = { (index: Int) in
      (hasQuestionMark
        ? readings[index].isQuestion
        : Self.asksWithoutMark(readings[index])
          && (index == 0 || Self.asksAfterward(readings[index])))
        && (!hasQuestionMark || readings[index].hasQuestionMark
          || !Self.endsWithFullStop(sentences[index]) || Self.opensAsking(readings[index]))
    }
    // "Oh great, another weekend at your mum's, can't wait." jabs; it neither asks nor gives
    // back, whatever its last words open with.
    // The interjection counts, which normalizing speech leaves out.
    if !hasQuestionMark, IronyRules.maySay(readings.flatMap(\.words)),
      IronyRules.isSarcastic(Tokenizer.tokenize(text).map(\.lowercased))
    {
      return QuestionCritique(
        question: text, form: .statement, kind: nil, problems: [StatementKind.sarcasm.explanation],
        suggestion: StatementKind.sarcasm.suggestion)
    }
    // "I wonder what it'd be like if you tried it." suggests, said without "?".
    if !hasQuestionMark, ProposalRules.proposesAct(readings[0].words) {
      return QuestionCritique(
        question: text, form: .statement, kind: nil,
        problems: [StatementKind.advice.explanation], suggestion: StatementKind.advice.suggestion)
    }
    // "Two coats a year?! What was that like?": an echo of their words, with no verb, is a
    // reaction; the question after it is what is asked.
    let askingIndices = asking.indices.filter(asks)
    guard
      let index = askingIndices.first(where: { at in
        !(Self.isEcho(readings[at], sentences[at]) && askingIndices.contains { $0 > at })
      })
    else {
      return Self.critique(saying: text, sentences: sentences, after: after)
    }
    let reading = readings[index]
    // Said back to what they said, "So it sounds like the move was hard on you?" gives back, a
    // guess put softly. Without their words it is a statement with a question mark: closed.
    if after != nil, case .statement = reading.opener,
      ReflectionCues.isTentativeReflection(Array(reading.words))
    {
      return Self.critique(saying: text, sentences: sentences, after: after)
    }
    // "Can you take the bins out?" asks for something done: closed, with no view to open up.
    // "Will you book it or just complain?" mocks its second option: no plain request.
    // "Can you pick the kids up or do I have to?" leaves the asker doing it: a complaint.
    // "Can you tidy up like a grown-up?" jabs: a request with a dig is leading.
    if RequestRules.isRequest(reading), MockingAlternativeRules.mockingWords(in: reading) == nil,
      SarcasmRules.problem(in: reading) == nil,
      MockingAlternativeRules.askerBurden(in: reading) == nil
    {
      return QuestionCritique(
        question: text, form: .closed, kind: nil,
        problems: [StatementKind.request.explanation], suggestion: nil)
    }
    var problems = QuestionFormRules.problems(in: reading)
    // "Which ones? Tell me more.": an invitation after a closed question opens it up.
    if !problems.isEmpty, problems.allSatisfy({ $0.form == .closed }),
      readings[(index + 1)...].contains(where: Self.invites)
    {
      problems = []
    }
    // "Do all of them, or some?" after they said "all of them": the sweeping word is theirs,
    // probed, not one the asker takes for granted.
    if let after {
      let heard = Set(Tokenizer.tokenize(after).map(\.lowercased))
      problems.removeAll { Self.isTheirSweep($0, heard: heard) }
    }
    let furtherQuestions = Self.furtherQuestionCount(
      readings, after: index, in: text, asks: asks, asksOpenly: problems.isEmpty)

    // "Oh great, are we late again?": praise that means the opposite, with a repeat. The
    // interjection counts, which normalizing speech leaves out.
    if IronyRules.maySay(reading.words),
      let praise = IronyRules.mockPraise(Tokenizer.tokenize(text).map(\.lowercased)),
      !problems.contains(where: { if case .sarcasm = $0 { true } else { false } })
    {
      problems.insert(.sarcasm(praise), at: 0)
    }
    // "So you think the rent is too high?" after they said the rent is too high gives their
    // own words back: a reflection, not words put in their mouth.
    if problems == [.wordsInTheirMouth], let after,
      Self.saysBack(reading, Tokenizer.tokenize(after).map(\.lowercased))
    {
      return Self.critique(saying: text, sentences: sentences, after: after)
    }
    // "So you're saying it's mostly a feeling?" after they spoke of a feeling checks what they
    // said: a reflection, whose overreach, if any, is judged as a reflection's. So does a
    // reading that weighs one side of what they said against another ("so it's more that
    // they felt let down than that they lost money?").
    if let after, !problems.isEmpty,
      problems.allSatisfy({ $0 == .wordsInTheirMouth || $0 == .statementWithQuestionMark }),
      CheckingReflection.checksBack(reading, heard: Tokenizer.tokenize(after).map(\.lowercased))
        || ReflectionReframe.reframes(Array(reading.coreWords))
    {
      return Self.critique(saying: text, sentences: sentences, after: after)
    }
    let form = problems.map(\.form).max() ?? .open
    var suggestion: String?
    let kind: QuestionKind?
    if !problems.isEmpty, problems.allSatisfy(\.isFine), !problems.contains(.invitation) {
      // "Who won the game last night?" is fine as it is, and no kind of Socratic question; an
      // invitation to tell a story ("Is there a time you …?") asks of their reasons or views.
      kind = nil
    } else if problems.allSatisfy(\.isFine) {
      kind = QuestionKindRules.kind(of: reading, problems: problems)
    } else {
      // Insults and disbelief say nothing of what is asked: the kind is read without them. A
      // claim put to the person ("You don't actually trust them, do you?", "Isn't crypto just
      // a fad?") loses its words of disbelief and of making light too.
      let isLoaded = problems.contains {
        switch $0 {
        case .insultingWord, .loadedWording, .disbelief, .rhetorical, .tagQuestion,
          .presumingOpener, .statementWithQuestionMark, .negativeQuestion, .wordsInTheirMouth:
          true
        default: false
        }
      }
      // A demand for candour, an answer offered to a question or a scornful "seriously" is left
      // out of what is rewritten: "When are you fixing the shelf, next year?" is rewritten as
      // the question.
      let asked =
        [
          JabShapeRules.withoutCandourDemand(reading),
          OfferedAnswerRules.withoutOfferedAnswer(reading),
          QuestionFormRules.withoutScornfulAside(reading),
          MakingLightRules.withoutLightMaking(reading),
        ]
        .lazy.compactMap { $0 }.first.map { QuestionReading($0 + [Self.questionMark]) } ?? reading
      var cleaned = isLoaded ? QuestionRewriter.withoutLoadedWording(asked) : asked
      // "… literally all the time?" is rewritten without the charge of always.
      if let sweeping = QuestionFormRules.sweepingTimePhrase(in: cleaned) {
        cleaned = QuestionReading(
          Array(cleaned.tokens[..<sweeping.lowerBound] + cleaned.tokens[sweeping.upperBound...]))
      }
      // A rewrite is made of the question's own words and neutral ones: only a question that
      // calls someone names can pass one on.
      let callsNames = problems.contains(where: \.isInsult)
      kind = QuestionKindRules.kind(
        of: cleaned.core.isEmpty ? reading : cleaned, problems: problems)
      // "Who told you that, Facebook?" is a fair question without its jab.
      // "Would it kill you to call?" asks what would make it easier to call; "Who's going to
      // call, me?" how to decide who calls, in the asker's own words; "…, the cat?" or "How is
      // it my job to call?" how to handle calling (`SharedTaskRewrites`).
      let untagged = [
        SarcasmRules.askingHowToDecide(reading), SharedTaskRewrites.body(for: reading),
        SarcasmRules.withoutMockingTag(reading),
        SarcasmRules.askingWhatHelps(reading),
        OfferedAnswerRules.withoutOfferedAnswer(reading),
        JabShapeRules.withoutCandourDemand(reading),
        QuestionFormRules.withoutScornfulAside(reading), JabShapeRules.askingHowItFits(reading),
        JabShapeRules.askingHowTheyDecide(reading), JabShapeRules.askingHowShared(reading),
      ]
      .lazy.compactMap { $0 }.first { Self.isOpen(body: $0, lookingUpNames: callsNames) }
      .map { QuestionRewriter.asked(QuestionReading($0 + [Self.questionMark])) }
      // A complaint's rewrite asks about the person, never in the asker's voice ("What leads
      // me to …"); failing one, what would be fair.
      // A rewrite that keeps the words of a stretched view or of blame for a repeat keeps the
      // charge ("What tells you whether everyone … is just … then?").
      let chargeWords = Set(problems.flatMap(Self.chargeWords))
        .union(LoadedFrameRules.chargedWords(in: reading))
        .union(BlameRules.chargedWords(in: reading))
      // Blame for a repeat is answered by what would be fair, not by the blamed act.
      // So is a who-question that points at someone present, and the asker's lot ("so I'm the
      // only one who …").
      let blamesRepeat =
        problems.contains(.complaint("again")) || JabShapeRules.pointedWho(in: reading) != nil
        || problems.contains(where: Self.complainsOfLot)
      let isComplaint = problems.contains {
        if case .complaint = $0 { true } else { false }
      }
      let makesLight = problems.contains {
        if case .makingLight = $0 { true } else { false }
      }
      let threatens = problems.contains {
        if case .veiledThreat = $0 { true } else { false }
      }
      let hasDig = problems.contains { if case .sarcasm = $0 { true } else { false } }
      suggestion =
        blamesRepeat
        ? untagged ?? Self.askingWhatIsFair
        : threatens
          ? Self.askingWhatCouldGoWrong
          : untagged
            ?? QuestionRewriter.suggestion(
              for: asked, cleaned: cleaned, problems: problems,
              context: index > 0 ? sentences[index - 1] : nil,
              isAcceptable: { body in
                Self.isOpen(body: body, lookingUpNames: callsNames)
                  && !(isComplaint && body.contains { Self.askerWords.contains($0.lowercased) })
                  && !body.contains { chargeWords.contains($0.lowercased) }
                  && !problems.contains(where: Self.scoldsAct)
              })
            ?? (isComplaint ? Self.askingWhatIsFair : makesLight ? Self.askingWhatMatters : nil)
      // "Are you ever going to pay me back?" is a request: said as one, with how to manage it.
      suggestion = OwnRequestRewrites.suggestion(for: reading, hasDig: hasDig) ?? suggestion
      // A plan mocked ("so I'm meant to just …") leaves no act to ask about: what is left of it
      // reads as nonsense ("How do you see your word?").
      if Self.asksFeelingAboutAsker(suggestion, problems: problems)
        || SarcasmRules.opensWithMockedPlan(reading)
      {
        suggestion = nil
      }
    }
    if furtherQuestions > 0 {
      problems.append(.severalQuestions(furtherQuestions + 1))
      if suggestion == nil {
        let asked = QuestionRewriter.asked(reading)
        suggestion = isOpen(asked) ? asked : nil
      }
    }
    return QuestionCritique(
      question: text, form: form, kind: kind, problems: problems.map(\.explanation),
      suggestion: suggestion)
  }

  /// Whether a text is one open question with no problems, by the critic's own rules.
  public func isOpen(_ text: String) -> Bool {
    guard let critique = try? critique(text) else { return false }
    return critique.form == .open && critique.problems.isEmpty
  }
}

extension QuestionForm: Comparable {
  /// Open < closed < leading: a question with problems of several forms has the worst. A
  /// reflection and a statement, which ask nothing, come before them all.
  public static func < (lhs: QuestionForm, rhs: QuestionForm) -> Bool {
    lhs.severity < rhs.severity
  }

  private var severity: Int {
    switch self {
    case .reflection: -2
    case .statement: -1
    case .open: 0
    case .closed: 1
    case .leading: 2
    }
  }
}
