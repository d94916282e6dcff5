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
///   so?" alone are open; a bare "Why?" is told it can put them on the defensive, with "What
///   leads you to that?" to ask instead (`BareWhy`).
/// - Empty text, text with no words, and text over `maximumLength` characters are refused.
///
/// A suggestion is always open by the critic's own rules: each rewrite is critiqued before it
/// is offered. In the rare case that no rewrite passes (a question that quotes an insult back
/// in a long clause, say), a closed or leading question has a nil suggestion; callers show the
/// problems alone then.
public struct QuestionCritic: Sendable {
  /// What to ask instead of checking a caricature of their view: their own wording.
  static let inTheirWords = "How would you put that in your own words?"

  /// The most characters a question may have.
  public static let maximumLength = 1_000
  /// The most Unicode scalars a question may have: what reading it costs, however few
  /// characters they make (`TypedTextLimit`).
  public static let maximumScalars = TypedTextLimit.scalarsPerCharacter * maximumLength

  public init() {}

  /// Why a text is too long to critique (over `maximumScalars` scalars or `maximumLength`
  /// characters), or nil when it is not. A caller that reads a line before the critic does
  /// refuses a long one with this first, so that nothing reads it whole.
  public static func lengthProblem(of text: String) -> NotAQuestion? {
    // Counting characters is slow; a text with no more bytes than the limit cannot be over it.
    guard text.utf8.count > maximumLength else { return nil }
    let scalars = text.unicodeScalars.count
    guard scalars <= maximumScalars else { return .tooManyScalars(scalars) }
    let length = text.count
    return length <= maximumLength ? nil : .tooLong(characters: length)
  }

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
    if let tooLong = Self.lengthProblem(of: text) { throw tooLong }
    let sentences = try Self.sentences(in: text)
    // "so you felt let down, is that fair?": a reflection with a check of it asks them to
    // confirm what was heard; the reflection is what is judged. A check of a caricature ("so
    // all landlords are crooks, is that what you're saying?") leads.
    if let checked = CheckingReflection.withoutCheck(sentences) {
      let heard = after.map { Tokenizer.tokenize($0).map(\.lowercased) }
      if let sweep = StrawManRules.caricature(checked.joined().map(\.lowercased), heard: heard) {
        return QuestionCritique(
          question: text, form: .leading, kind: nil,
          problems: [QuestionProblem.strawMan(sweep).explanation],
          suggestion: Self.inTheirWords)
      }
      let said = Self.critique(saying: text, sentences: checked, after: after)
      if said.form == .reflection { return said }
    }
    // "if everyone jumped off a bridge, would you?" answers itself, with or without its mark.
    let typed = Tokenizer.tokenize(text).map(\.lowercased)
    if ReductioRules.isReductio(typed) {
      return QuestionCritique(
        question: text, form: .leading, kind: nil,
        problems: [QuestionProblem.rhetorical.explanation], suggestion: nil)
    }
    let readings = sentences.map(QuestionReading.init)
    // "honestly why", "nah why tho?": a lone why behind openers asks, with or without its mark.
    if readings.count == 1, BareWhy.isBare(readings[0]) {
      return BareWhy.critique(readings[0], text: text)
    }
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
        : (Self.asksWithoutMark(readings[index])
          || Self.asksToHearAgain(readings[index], typed: typed))
          && (index == 0 || Self.asksAfterward(readings[index])))
        && (!hasQuestionMark || readings[index].hasQuestionMark
          || !Self.endsWithFullStop(sentences[index]) || Self.opensAsking(readings[index]))
    }
    // A jab or a proposal said without "?" neither asks nor gives back.
    if !hasQuestionMark, let said = Self.critique(sayingWithoutAsking: text, readings: readings) {
      return said
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
    // "feel watched?" after "it makes me anxious": a feeling guessed at in a few words, put to
    // them to check, gives back what lies under their words.
    if after != nil, TentativeFeeling.guesses(Array(reading.words)) {
      return Self.critique(saying: text, sentences: sentences, after: after)
    }
    if let request = Self.critique(request: reading, text: text) { return request }
    // "Why don't you ring them?" puts a fix, not a question: they can only take or refuse it.
    if let fix = AdviceQuestionRules.advice(in: reading) {
      return QuestionCritique(
        question: text, form: .leading, kind: nil,
        problems: [QuestionProblem.adviceAsQuestion(fix).explanation],
        suggestion: AdviceQuestionRules.suggestion)
    }
    // "i'll drive, you do the playlist. deal?": agreement to a plan asked, however many
    // sentences put the plan.
    if PlanCheckRules.checksPlan(sentences.joined().map(\.lowercased)) {
      return QuestionCritique(
        question: text, form: .closed, kind: nil,
        problems: [QuestionProblem.planCheck.explanation], suggestion: nil)
    }
    var problems = Self.formProblems(
      of: reading, earlier: readings[..<index], before: readings[(index + 1)...], after: after)
    let furtherQuestions = Self.furtherQuestionCount(
      readings, after: index, in: text, asks: asks, asksOpenly: problems.isEmpty)
    problems = Self.withMockPraise(problems, in: reading, text: text)
    problems = Self.withMockingLaugh(problems, in: reading, text: text)
    if problems.isEmpty, furtherQuestions == 0, BareWhy.isBare(reading) {
      return BareWhy.critique(reading, text: text)
    }
    if let after, Self.givesBack(reading, problems: problems, after: after) {
      let said = Self.critique(saying: text, sentences: sentences, after: after)
      // An echo of their news ("Your brother sold it??") gives back only when it reads as a
      // reflection; else it is still the statement with a question mark it was.
      if problems != [.statementWithQuestionMark] || said.form == .reflection { return said }
    }
    // "So you're less sure now?" that does not give their words back still reads their state
    // for them to confirm or put right: closed, and fine, not an answer told.
    if problems == [.statementWithQuestionMark], CheckingReflection.readsPersonBack(reading) {
      problems = [.readingCheck]
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
      (kind, suggestion) = Self.kindAndRewrite(
        of: reading, problems: problems, context: index > 0 ? sentences[index - 1] : nil)
      // "would you say its fair? yes or no": the question offered back without what closed it
      // is no rewrite.
      if let said = suggestion,
        Self.letters(of: said) == Self.letters(of: reading.coreWords.joined())
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

  /// The letters of a text in lowercase, with spaces and marks left out: "It's fair?" and
  /// "its fair" are the same words.
  private static func letters(of text: String) -> String {
    text.lowercased().letters
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
