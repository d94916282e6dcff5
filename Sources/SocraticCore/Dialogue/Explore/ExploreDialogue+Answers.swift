/// Answers: each is read once, reflected or taken up, and followed by the next question along
/// the arc.
extension ExploreDialogue {
  mutating func answer(_ line: String, to number: Int) -> DialogueStep {
    var step = DialogueStep()
    var read = state.fold.reading(of: line)
    let request = TurnRequest.read(line)
    // "i should stop, kids need picking up": leaving, as the answer reader reads a goodbye,
    // never a plan for the map.
    if request == .stop, !read.isLeaving {
      read.isLeaving = true
      read.moves = [.offTopic]
    }
    let arc = state.currentQuestion?.arc
    record(
      .answer(.init(question: number, text: line, moves: read.moves.map(\.rawValue))), read: read,
      into: &step)
    // Someone who says they are leaving ("ok im done", "done") is not handed another question:
    // the session closes as /quit does, with the confidence now.
    let asksRating =
      arc == ExploreArcStep.rerate.rawValue || Self.asksHowSure(state.currentQuestion?.text)
    if read.isLeaving || request == .stop {
      // "maybe 60. gotta go": the rating they gave as they leave is theirs, never lost.
      if asksRating, let value = rating(in: line) {
        record(.confidence(.init(value: value, moment: .update)), into: &step)
      }
      say(Self.leavingNotice, into: &step)
      beginClosing(.quit, into: &step)
      return step
    }
    // "75" to "how much does that change how sure you are?" answers it: taken as their
    // confidence now, given back, and the questions go on.
    if asksRating, read.has(.noContent), let value = rating(in: line) {
      record(.confidence(.init(value: value, moment: .update)), into: &step)
      reflect("So that leaves you at \(value) now.", depth: .simple, of: number, into: &step)
      askNextQuestion(into: &step, after: read, saying: line, closingWhenNoneLeft: true)
      return step
    }
    // "?", "if what turned out false?", "why do you ask", "hmm": a word on the question, met
    // as one (`QuestionRepair`).
    if let repair = QuestionRepair.read(line, question: state.currentQuestion?.text) {
      self.repair(repair, after: number, into: &step)
      return step
    }
    // Noise ("yes", "lol") is met with an easier question, never a summary: it gave nothing new.
    if read.has(.noContent) {
      askEasierQuestion(after: number, note: Self.anotherWayNotice, into: &step)
      return step
    }
    // "can we talk about something else": this belief is rated a last time and another can
    // be stated, as /belief does.
    if read.isChangingSubject, state.isQuestioning {
      say(Self.changingSubjectNotice, into: &step)
      state.phase = .closingThread
      step.outputs += introduction()
      return step
    }
    // "which facts?" and nothing else: the question owned and asked again, its point named.
    if read.asksClarification, read.moves.isEmpty, read.statement == nil, read.gist == nil {
      repair(.unclear, after: number, into: &step)
      return step
    }
    // "huh, never thought of it like that", "you asked that": no confusion, whatever words of
    // puzzlement they hold.
    let isConfused =
      read.isConfused && ![.repeatedQuestion, .insight].contains(request)
      && !TurnRequest.isInsight(line)
    if isConfused {
      // "huh? what??" after a reflection and a question may be about either: the repair
      // owns both, not the question alone.
      // The echo of their rating (`reflects` 0) is no reflection of an answer.
      let afterReflection = number > 1 && state.lastReflected == number - 1
      say(
        afterReflection ? Self.confusedAfterReflectionNotice : Self.confusedNotice, into: &step)
    }
    if let request, request.replacesReflection {
      // "thats not what i said", "ask me about my dad": owned and taken up, never given back
      // as if it were about the belief.
      if let notice = request.notice { say(notice, into: &step) }
      if case .correction(restated: true) = request,
        let restated = TurnRequest.restatement(in: line)
      {
        // What they said instead is given back as said, never met as a repeat.
        if let reflection = ReflectionWriter.reflection(
          of: state.fold.reading(of: restated), turn: state.reflectionCount,
          hasSaidStock: state.hasSaidStock),
          ReflectionCheck.isWhole(reflection.text)
        {
          reflect(reflection.text, depth: reflection.depth, of: number, into: &step)
        }
      }
    } else if read.has(.offTopic) {
      say(Self.offTopicNotice, into: &step)
    } else {
      respond(to: read, saying: line, of: number, into: &step)
    }
    if asksRating, let value = rating(in: line) {
      record(.confidence(.init(value: value, moment: .update)), into: &step)
    }
    // A question that confused or irked them is owned, and an easier one of another kind comes
    // next, never the same again.
    if isConfused {
      askEasierQuestion(after: number, note: nil, into: &step)
      return step
    }
    // "you skipped the part where i said maybe not all": what they named is taken up as the
    // moment it is.
    if case .passedOver(let part?, _) = request,
      let question = MomentQuestions.question(
        after: state.fold.reading(of: part), feelingAsked: state.fold.feelingAsked,
        isAsked: isAsked)
    {
      ask(question, follows: number, arc: .moment, into: &step)
      return step
    }
    // What they asked of the conversation, or a moment of guilt or owning up, comes first.
    if let question = request?.question(isAsked: isAsked) {
      ask(question, follows: number, arc: .moment, into: &step)
      return step
    }
    // The re-rating is the arc's last step: a question after it starts over what they just
    // summed up, so the session closes, offering back the rating they gave.
    if arc == ExploreArcStep.rerate.rawValue {
      beginClosing(.finished, into: &step)
      return step
    }
    // "why do you keep asking how things fit?", "you asked that": the next question asks for
    // something else.
    let asksOther = [.complaint, .repeatedQuestion].contains(request)
    let avoiding =
      asksOther
      ? state.currentQuestion.map { state.plan?.families(of: $0.text) ?? [] } ?? [] : []
    askNextQuestion(
      into: &step, after: asksOther ? nil : read, saying: line, avoiding: avoiding,
      closingWhenNoneLeft: true)
    return step
  }

  /// What the tool says back to an answer before its next question: a reflection of what
  /// matters most in it, a summary of the map now and then, or a word on a repeat or a question
  /// put back to it.
  mutating func respond(
    to read: ReadAnswer, saying line: String, of number: Int, into step: inout DialogueStep
  ) {
    // One line for a question back: the purpose, a reassurance, or a word on a question put
    // to the tool; what else the line says is taken up after it.
    if read.asksPurpose {
      say(Self.purposeNotice, into: &step)
    } else if read.isDefensive {
      let belief = read.feelsDisbelieved ? "I believe you. " : ""
      say(belief + Self.reassuranceNotice, into: &step)
    } else if read.has(.asksBack), !read.asksClarification {
      say(Self.asksBackNotice, into: &step)
    }
    if read.declinesFeelings {
      say(Self.noFeelingsNotice, into: &step)
    }
    let isMoment = !MomentQuestions.moments(of: read).isEmpty
    // An answer that says it repeats ("like I said, …") but says something new is reflected
    // as any other: only one that holds an earlier answer, or little besides the saying, is
    // met as a repeat.
    let repeated = read.has(.repeat) ? state.fold.answerRepeated(by: line) : nil
    let addsLittle =
      read.has(.repeat) && state.fold.newWordCount(in: line) <= Self.repeatNewWordLimit
    if read.has(.repeat) && !isMoment && (repeated != nil || addsLittle) {
      let earlier = repeated.flatMap { answer in
        let earlier = AnswerMoveReader.read(answer)
        return [earlier.gist, earlier.statement].compactMap { $0 }.lazy
          .compactMap(ReflectionWriter.given).first
      }
      let text =
        earlier.map { "Right, you said that already: \($0). Let's look at it from another side." }
        ?? "Right, you've said that already. Let's look at it from another side."
      reflect(text, depth: .simple, of: number, into: &step)
      return
    }
    // Every reflection passes the gate; one that fails is not shown, and the next question
    // follows. No summary is given mid-session: one misfiled item costs more than it gives,
    // so the map is given back only at the close.
    if let reflection = ReflectionWriter.reflection(
      of: read, turn: state.reflectionCount, hasSaidStock: state.hasSaidStock),
      ReflectionCheck.isWhole(reflection.text)
    {
      reflect(reflection.text, depth: reflection.depth, of: number, into: &step)
    }
  }

  /// The plain answer to "why do you ask?".
  static let purposeNotice =
    "I ask to understand how you see it, not to change your mind. There are no wrong answers here."
  /// One line for someone who hears doubt of themselves in a question.
  static let reassuranceNotice =
    "I'm not trying to catch you out, only to understand how you see it."

  /// Words that say a question asks how sure the person is: a number in the answer is their
  /// confidence now.
  static let howSureCues = ["how sure", "how confident", "how certain"]

  /// Whether a question asks how sure they are, or how much a point changes that: a number in
  /// the answer is their confidence now.
  static func asksHowSure(_ question: String?) -> Bool {
    guard let question = question?.lowercased() else { return false }
    return howSureCues.contains { question.includes($0) }
      || QuestionIntent(of: question).map(ratingIntents.contains) == true
  }

  /// What a number in an answer answers: once given, these are not asked in the next move
  /// ("i literally just said, 75").
  static let ratingIntents: Set<QuestionIntent> = [.howSure, .impact]

  /// Said once to "can we not do the feelings thing": no feeling is named again.
  static let noFeelingsNotice = "Sure, we'll leave feelings out of it."

  static let changingSubjectNotice =
    "Sure, let's leave this one here. One last rating, then you can state another belief."

  /// Sums up the map, when it holds enough to.
  mutating func summarize(into step: inout DialogueStep) {
    guard let summary = ReflectionWriter.summary(of: state.map),
      summary != state.fold.lastSummary
    else { return }
    record(.summary(.init(text: summary)), into: &step)
    step.outputs.append(.notice(summary, tone: .plain))
  }

  /// Says a line to the person and logs it, so that a transcript shows what was shown.
  mutating func say(
    _ text: String, tone: NoticeTone = .plain, into step: inout DialogueStep
  ) {
    record(.said(.init(text: text)), into: &step)
    step.outputs.append(.notice(text, tone: tone))
  }

  mutating func reflect(
    _ text: String, depth: ReflectionDepth, of number: Int, into step: inout DialogueStep
  ) {
    record(.reflection(.init(text: text, reflects: number, depth: depth.rawValue)), into: &step)
    step.outputs.append(.notice(text, tone: .plain))
  }

  /// A number from 0 to 100 in an answer to the re-rating question ("70, I think"), said
  /// within its first 1,000 characters, as the answer reader reads it: a long answer is never
  /// read to its end for one.
  /// Only a line with one such number gives one: "for 16 maybe 50, with lessons 85" rates two
  /// beliefs, and the re-rating is asked instead.
  func rating(in answer: String) -> Int? {
    let ratings = ConfidenceRating.ratingNumbers(
      in: TypedTextLimit.prefix(of: answer, characters: 1_000),
      besides: state.belief?.belief ?? "")
    return ratings.count == 1 ? ratings[0] : nil
  }

  /// Said before an easier question to someone still thinking ("hmm", "not sure").
  static let noRushNotice = "No rush. Here is an easier one."
  /// Said before an easier question after a reply that gave nothing ("yes", "lol").
  static let anotherWayNotice = "Let me try another way in."

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

  /// How many questions may come before one about what their words mean: after these, they
  /// have said what they mean.
  static let meaningQuestionLimit = 3

  /// Whether a question was asked in this session, in these words or nearly, or may not be
  /// asked now.
  func isAsked(_ text: String) -> Bool {
    let purposes = state.plan?.families(of: text) ?? QuestionIntent.purposes(of: text)
    return state.askedTexts.contains(text)
      || !purposes.isDisjoint(with: state.askedIntents)
      || (purposes.contains(.meaning) && state.questionCount >= Self.meaningQuestionLimit)
      || QuestionWording.isNearDuplicate(
        text, of: state.askedWords, beliefWords: state.beliefWords)
  }

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
    let gaveRating = line.map { rating(in: $0) != nil } ?? false
    let isAsked = { (text: String) in
      dialogue.isAsked(text)
        || (!avoiding.isEmpty
          && !(dialogue.state.plan?.families(of: text) ?? []).isDisjoint(with: avoiding))
        || (gaveRating && QuestionIntent(of: text).map(Self.ratingIntents.contains) == true)
        || dialogue.state.plan?.isOutOfTheBlue(text, said: dialogue.state.recentWords) == true
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
      let next = plan.next(
        after: state.lastRotatedKind,
        isAsked: { isAsked($0) || (read != nil && dialogue.state.lastGiven.bars($0, in: plan)) })
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
