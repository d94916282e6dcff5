/// Asking: the next question along the arc or the rotation, an easier one after an answer
/// that gave nothing, and the memory of what was asked.
extension ExploreDialogue {
  /// Said before an easier question to someone still thinking ("hmm", "not sure").
  static let noRushNotice = "No rush. Here is an easier one."
  /// Said before an easier question after a reply that gave nothing ("yes", "lol").
  static let anotherWayNotice = "Let me try another way in."
  /// Given back after a flat "nope" to a question, before an easier one.
  static let flatNoReflection = "So that one doesn't fit for you."

  /// Whether a question's last sentence asks for a yes or a no: "Fair enough. Was there
  /// something that first made you think so?"
  static func asksYesOrNo(_ question: String?) -> Bool {
    guard let last = question.flatMap({ BeliefMap.sentences(of: $0).last }) else { return false }
    return QuestionRules.closedOpeners.contains(QuestionRules.firstWord(of: last))
  }

  /// After an answer that said nothing: an easier question of another kind, not asked before.
  /// - Parameter note: what is said before it, when the caller has not said it already.
  mutating func askEasierQuestion(
    after number: Int, note: String? = noRushNotice,
    into step: inout DialogueStep
  ) {
    let kind = state.currentQuestion?.kind ?? .inversion
    // Someone who told what they saw is not asked for something they have seen.
    let map = state.map
    let toldEvidence =
      !map.examples.isEmpty || map.reasons.contains { !$0.examples.isEmpty || !$0.evidence.isEmpty }
    if let easier = EasierQuestions.question(
      after: kind, skipping: toldEvidence ? [.evidence] : [], isAsked: isAsked)
    {
      if let note { say(note, tone: .quiet, into: &step) }
      ask(easier, follows: number, arc: .easier, into: &step)
    } else {
      askNextQuestion(into: &step, closingWhenNoneLeft: true)
    }
  }

  mutating func ask(
    _ question: PlannedQuestion, follows: Int?, arc: ExploreArcStep? = nil,
    into step: inout DialogueStep
  ) {
    if state.lastQuestionNumber == 0 {
      step.outputs.append(.notice(Self.answeringHint, tone: .quiet))
    }
    // "You said X." after a reflection that gave X back in this very step says it twice.
    let reflected = step.events.lazy.compactMap { event -> String? in
      if case .reflection(let reflection) = event { return reflection.text }
      return nil
    }.last
    var question = question
    question.question.text = QuestionWording.withoutEchoedLead(
      question.question.text, after: reflected)
    let asked = question.asked(
      number: state.lastQuestionNumber + 1, follows: follows, arc: arc?.rawValue)
    record(.question(asked), into: &step)
    step.outputs.append(.question(asked))
  }

  /// What explore asks once a thread, in any wording: what would change their mind ("What
  /// evidence would it take to change your mind?" and "What would you need to see to think
  /// otherwise?" are one question), how typical what they lived is, how much a point granted
  /// changes their view, why the opposite might hold, how someone who disagrees sees it, how
  /// they know what they said. How sure they are is asked again at the close.
  /// What their words mean is asked once, and only early: "What do you mean, exactly, when you
  /// say …" at question 9 ignored all they had said by then.
  /// What something they told shows about the belief is asked once: "What did that show you
  /// about whether …" and "What does that tell you about whether …" are one question.
  /// Memory is by purpose, not wording: "If X was not …, what would you expect to see?" asks
  /// what would change their mind again (`QuestionIntent.purpose`).
  static let intentsAskedOnce: Set<QuestionIntent> = [
    .changeMind, .typical, .impact, .opposite, .otherSide, .howKnow, .meaning, .bearing, .fit,
    .weight, .mechanism, .trust, .consequence, .experts, .origin,
  ]

  /// Whether an answer gave something the next question can follow: a few words of its own,
  /// with a move of substance (a reason, an example, a feeling …) or more words still; never
  /// a lone "yes", a short "some of them do" or a line that leaves the topic.
  /// - Parameter words: its words, as `QuestionWording` reads them.
  static func givesSomethingToFollow(_ read: ReadAnswer, words: Set<String>) -> Bool {
    guard !read.has(.noContent), !read.has(.offTopic), words.count >= leastFollowedWordCount
    else { return false }
    return !read.moves.filter(substantiveMoves.contains).isEmpty
      || words.count >= substantiveWordCount
  }

  /// How many content words an answer needs for a question to follow it.
  static let leastFollowedWordCount = 2

  /// The moves of an answer that give the next question something to follow.
  static let substantiveMoves: Set<AnswerMove> = [
    .reason, .example, .source, .concession, .wouldChangeMind, .feeling,
  ]

  /// How many content words an answer of no such move needs to have said something.
  static let substantiveWordCount = 4

  /// How many questions may come before one about what their words mean: after these, they
  /// have said what they mean.
  static let meaningQuestionLimit = 3

  /// Whether a question was asked in this session, in these words or nearly, or may not be
  /// asked now: one that names a detail they pushed away ("forget the posters") is never asked.
  func isAsked(_ text: String) -> Bool {
    let purposes = state.plan?.families(of: text) ?? QuestionIntent.purposes(of: text)
    return state.askedTexts.contains(text) || state.map.namesSetAside(text)
      || !purposes.isDisjoint(with: state.askedIntents)
      || (purposes.contains(.meaning) && state.questionCount >= Self.meaningQuestionLimit)
      || QuestionWording.isNearDuplicate(
        text, of: state.askedWords, beliefWords: state.beliefWords)
  }

  /// Whether the question now open asks what an earlier one did, in nearly its words, for the
  /// same purpose or of the same kind ("How do you know that …?" after "Why do you think …?"):
  /// "you asked that already" is owned only then.
  var repeatsAnEarlierQuestion: Bool {
    guard let current = state.currentQuestion?.text else { return false }
    if let kind = state.currentQuestion?.kind, state.askedKinds.dropLast().contains(kind) {
      return true
    }
    let purposes = QuestionIntent.purposes(of: current)
    return state.askedTexts.subtracting([current]).contains {
      !purposes.isDisjoint(with: QuestionIntent.purposes(of: $0))
    }
      || QuestionWording.isNearDuplicate(
        current, of: Array(state.askedWords.dropLast()), beliefWords: state.beliefWords)
  }

  /// Said when they say a question was asked already that no earlier question asked.
  static let notAskedBeforeNotice =
    "I don't think I've asked that one before, but it may have felt the same. "
    + "Let me ask about something else."

  /// Asks the next question: along the arc from the map first, then from the rotation. When
  /// none is left: closes the session (live), or says so and waits for a command (on resuming).
  /// - Parameters:
  ///   - read: the answer just given, whose moments the next question takes up.
  ///   - line: the same answer as typed.
  ///   - avoiding: families no question of which is asked now, whether asked before or not.
  mutating func askNextQuestion(
    into step: inout DialogueStep, after read: ReadAnswer? = nil, saying line: String? = nil,
    avoiding: Set<QuestionIntent> = [], closingWhenNoneLeft: Bool
  ) {
    let follows = state.currentQuestion.flatMap { state.isCurrentQuestionOpen ? nil : $0.number }
    let dialogue = self
    // "about 60", given to this question or one of the last few, is not asked for again
    // unless they have moved since ("ok fair, maybe less sure").
    let ratedLately =
      state.fold.answersSinceRating.map { $0 <= Self.ratingRestAnswers } == true
      && read?.has(.concession) != true && read?.has(.wouldChangeMind) != true
    let gaveRating = line.map { rating(in: $0) != nil } ?? false || ratedLately
    // A loss, a hurt or a feeling is met before anything is weighed.
    let afterAHurt = read.map { ExploreArc.isAfterAHurt($0, text: line) } == true
    let isAskedNow = { (text: String) in
      dialogue.isAsked(text)
        || (!avoiding.isEmpty
          && !(dialogue.state.plan?.families(of: text) ?? []).isDisjoint(with: avoiding))
        || (gaveRating && QuestionIntent(of: text).map(Self.ratingIntents.contains) == true)
        || dialogue.state.plan?.isOutOfTheBlue(text, said: dialogue.state.recentWords) == true
        || (afterAHurt && ExploreArc.weighs(text, in: dialogue.state.plan))
        || (Self.asksAboutAnAbsolute(text) && dialogue.hasTakenBackAnAbsolute)
    }
    // After an answer that gave something to follow, the question follows it: a pack's stock
    // question that names nothing of it is asked only when nothing else is left.
    let answerWords = state.recentAnswerWords.last ?? []
    let followsTheAnswer =
      read.map { Self.givesSomethingToFollow($0, words: answerWords) } == true
    let isAsked = { (text: String) in
      isAskedNow(text)
        || (followsTheAnswer && dialogue.state.plan?.isStock(text, after: answerWords) == true)
    }
    let barsGiven = { (text: String) in
      read != nil && dialogue.state.plan.map { dialogue.state.lastGiven.bars(text, in: $0) } == true
    }
    if let plan = state.plan, let belief = state.belief,
      let (next, arc) = ExploreArc(
        plan: plan, belief: belief, map: state.map, last: read, lastText: line,
        answered: state.currentQuestion?.arc.flatMap(ExploreArcStep.init(rawValue:)),
        answeredText: state.currentQuestion?.text,
        askedTexts: state.askedTexts,
        feelingAsked: state.fold.feelingAsked,
        given: read == nil ? AnswerGiven() : state.lastGiven,
        threadQuestions: state.askedWords.count
      ).next(
        done: state.arcDone, probed: state.fold.probedReasons, packAsked: state.packAsked,
        isAsked: isAsked)
    {
      ask(next, follows: arc == .probe || arc == .moment ? follows : nil, arc: arc, into: &step)
    } else if let plan = state.plan,
      let next = plan.next(after: state.lastRotatedKind, isAsked: { isAsked($0) || barsGiven($0) })
        ?? plan.next(after: state.lastRotatedKind, isAsked: { isAskedNow($0) || barsGiven($0) })
    {
      ask(next, follows: nil, into: &step)
    } else if closingWhenNoneLeft {
      say("That was the last question I have about this belief.", into: &step)
      beginClosing(.finished, into: &step)
    } else {
      state.phase = .outOfQuestions
      step.outputs.append(.notice(Self.outOfQuestionsNotice, tone: .plain))
    }
  }
}
