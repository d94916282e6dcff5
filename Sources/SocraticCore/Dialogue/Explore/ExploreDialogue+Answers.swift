/// Answers: each is read once, reflected or taken up, and followed by the next question along
/// the arc.
extension ExploreDialogue {
  /// - Parameter answeringRecap: whether it was said to the recap after question `number`'s
  ///   answer, not to the question.
  mutating func answer(_ line: String, to number: Int, answeringRecap: Bool = false)
    -> DialogueStep
  {
    var step = DialogueStep()
    var read = state.fold.reading(of: line)
    var request = TurnRequest.read(line)
    // "ok fair, maybe that's not really the point": a concession about their own view, never
    // met with an apology for getting them wrong.
    if read.isMisheard || request.map(\.isCorrection) == true,
      AnswerCues.concedesRatherThanMisheard(line)
    {
      read.isMisheard = false
      if request.map(\.isCorrection) == true { request = nil }
    }
    // "i'm not angry, i'm worried" after a question or reflection that named anger: the
    // feeling we put to them, turned down, is a miss owned as one.
    if !read.isMisheard, deniesFeelingPut(line) { read.isMisheard = true }
    // "no, it's not the kids i'm cross with, it's my husband": a reading of ours turned down
    // for what they meant is a miss, owned and set right with what they did mean.
    if request == nil, turnedDownReading(line, read: read) != nil {
      request = .correction(restated: true)
    }
    // "i'd rather not go on about it, i came here about the neighbours", said to a question
    // about a loss: the moment is closed, never the session; "i don't want to talk about that
    // anymore, i'd rather talk about the wedding" steers back to the topic wherever it is said.
    let movingOn = movingOnFromAMoment(line, read: read)
    if movingOn == .asksBack
      || (movingOn != nil && state.currentQuestion?.arc == ExploreArcStep.moment.rawValue),
      read.isLeaving || request == .stop,
      !Self.leaveCues.matches(Tokenizer.tokenize(line).filter(\.isWord))
    {
      read.isLeaving = false
      read.moves.removeAll { $0 == .offTopic }
      request = nil
    }
    // "i should stop, kids need picking up": leaving, as the answer reader reads a goodbye,
    // never a plan for the map.
    if request == .stop, !read.isLeaving {
      read.isLeaving = true
      read.moves = [.offTopic]
    }
    // "one sec, the door", "brb": they stepped away; kept as typed, filed nowhere, and the
    // question waits for them. "sorry cat on the keys ;;;kk" is asked the question again.
    if TurnCues.isPause(line) {
      record(
        .answer(.init(question: number, text: line, moves: read.moves.map(\.rawValue))),
        read: read, into: &step)
      if TurnCues.isStrayKeys(line), let question = state.currentQuestion?.text {
        say(Self.strayKeysNotice + question, into: &step)
      } else {
        say(Self.pauseNotice, into: &step)
      }
      return step
    }
    let arc = state.currentQuestion?.arc
    let asksRating =
      arc == ExploreArcStep.rerate.rawValue || Self.asksHowSure(state.currentQuestion?.text)
    // "actually i said 70 at the start, i'd drop it to about 50": the rating held, recalled
    // beside a new one, is the rating revised, never a miss to own nor a point to file.
    if !asksRating, volunteeredRating(in: line)?.isAlone == true {
      if request.map(\.isCorrection) == true { request = nil }
      read = ReadAnswer()
    }
    // "i said 95 not 100": the rating given back wrong is set right, and the question waits.
    // To a question asking how sure they are now, "60, not 70" is a new rating, no slip.
    if !asksRating, let value = ratingCorrection(in: line), !read.isLeaving {
      setRatingRight(line, to: value, answering: number, into: &step)
      return step
    }
    record(
      .answer(
        .init(
          question: number, text: line, moves: read.moves.map(\.rawValue),
          recap: answeringRecap ? true : nil)), read: read, into: &step)
    // Someone who says they are leaving ("ok im done", "done") is not handed another question:
    // the session closes as /quit does, thanked, with the confidence now.
    if read.isLeaving || request == .stop {
      takeLeave(of: read, saying: line, of: number, into: &step)
      say(Self.leavingNotice, into: &step)
      // "maybe 60. gotta go", "ok 65, thanks for the chat": a rating they leave with is theirs,
      // whatever the question, and never asked for again; "that'll do me, kettle's on" is
      // asked for it once.
      if let value = ratingSaid(in: line) {
        record(.confidence(.init(value: value, moment: .update)), into: &step)
        beginClosing(.quit, into: &step)
      } else {
        beginClosing(.left, into: &step)
      }
      return step
    }

    // "75" to "how much does that change how sure you are?" answers it: taken as their
    // confidence now, given back, and the questions go on.
    // "7 out of 10", said to any question with nothing besides: their confidence now.
    let isRatingAlone = if case .success = ConfidenceRating.read(line) { true } else { false }
    let wavering = RatingWavering.read(line, besides: state.belief?.belief ?? "")
    let wavers = asksRating && wavering != nil
    // "the cameras? 40 now. tired drivers are the real problem, 85 on that": the belief's
    // rating is given back, never the other point's number as if it were theirs.
    let ratesTwo =
      asksRating && RatingOfTheBelief.read(line, belief: state.belief?.belief ?? "") != nil
    // "id say 55 at this point" to "how much of your view still stands?": a rating in words
    // of their own is given back as one, never pasted after "You're saying".
    // Read as said, though it matches the rating held: "id say 40 at this point" when they hold
    // 40 is the answer.
    let ratesInWords =
      asksRating
      && VolunteeredRating.read(
        line, besides: state.belief?.belief ?? "", hasRated: state.map.confidence != nil) != nil
    if (asksRating && read.has(.noContent)) || isRatingAlone || wavers || ratesTwo || ratesInWords,
      let value = ratingSaid(in: line)
    {
      record(.confidence(.init(value: value, moment: .update)), into: &step)
      // "like 80? maybe 85 idk": the range or the change given back, never one number of it.
      let said =
        wavering.map { "\($0.said)." + ($0.kept.map { " " + $0 } ?? "") }
        ?? "So that leaves you at \(value) now."
      reflect(said, depth: .simple, of: number, into: &step)
      // "70 still" to the re-rating: the arc's last step answered, so the session closes.
      if arc == ExploreArcStep.rerate.rawValue {
        beginClosing(.finished, into: &step)
      } else {
        askNextQuestion(into: &step, after: read, saying: line, closingWhenNoneLeft: true)
      }
      return step
    }
    // "not sure what you're getting at, dear", "that doesnt make sense to me. explain what?":
    // the question lost them; owned and put again plainly, never their words given back as a
    // grant or a doubt, nor owned as a miss of what they said.
    if Self.isLostAlone(line) || Self.isPuzzledAlone(line, request: request) {
      repair(.unclear, after: number, into: &step)
      return step
    }
    // "?", "if what turned out false?", "why do you ask", "hmm": a word on the question, met
    // as one (`QuestionRepair`).
    if let repair = QuestionRepair.read(line, question: state.currentQuestion?.text) {
      self.repair(repair, after: number, into: &step)
      return step
    }
    // "nhs maybe": a name given alone is an answer, given back and built on; "not much", how
    // much, is an answer too, whatever else the words were read as.
    if read.has(.noContent) || BriefAnswer.read(line)?.isAmount == true,
      takeUpBriefAnswer(line, of: number, into: &step)
    {
      return step
    }
    // "nope": the question did not fit them, said back before an easier one; never "Let me try
    // another way in." as if they had said nothing.
    // To a question asked for a yes or a no, the no answers it: the questions go on.
    if read.has(.noContent), AnswerCues.isFlatNo(Tokenizer.tokenize(line)) {
      if Self.asksYesOrNo(state.currentQuestion?.text) {
        askNextQuestion(into: &step, after: read, saying: line, closingWhenNoneLeft: true)
      } else {
        reflect(Self.flatNoReflection, depth: .simple, of: number, into: &step)
        askEasierQuestion(after: number, note: nil, into: &step)
      }
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
    // "my dad passed in 2019. anyway lol", "its fine, its been years. back to the question":
    // the hard thing is owned once and not probed; the next question is about their view, as
    // they asked, and weighs nothing right after a loss.
    // "i'd rather not talk about that" after a loss: let be, never given back.
    if let movingOn, [nil, .stop, .declined].contains(request) {
      let shown = step.outputs.count
      if let notice = request?.notice {
        say(notice, into: &step)
      } else if read.impliedFeeling?.isLoss == true || ExploreArc.isAfterAHurt(read, text: line) {
        respond(to: read, saying: line, of: number, into: &step)
      }
      // "i guess sad. and a bit lost without her. anyway": the feeling they name as they move
      // on is given back once before their view again.
      if step.outputs.count == shown, !read.feelings.isEmpty,
        let feeling = fresh(ReflectionWriter.feeling(read))
      {
        reflect(feeling.text, depth: feeling.depth, of: number, into: &step)
      }
      if step.outputs.count == shown {
        say(movingOn == .asksBack ? Self.backToTopicNotice : Self.movingOnNotice, into: &step)
      }
      askNextQuestion(
        into: &step, saying: line, avoiding: ExploreArc.weighingFamilies,
        closingWhenNoneLeft: true)
      return step
    }
    // "which facts?" and nothing else: the question owned and asked again, its point named.
    if read.asksClarification, read.moves.isEmpty, read.statement == nil, read.gist == nil {
      repair(.unclear, after: number, into: &step)
      return step
    }
    // "huh, never thought of it like that", "you asked that": no confusion, whatever words of
    // puzzlement they hold; nor is "you already asked that. she'd say …", a complaint of a
    // question asked again with an answer after it, owned as one that was unclear.
    // A loss told with it ("my wife passed … i dunno what that has to do with it") is the
    // moment: owned first, never put behind an apology for the question.
    let answersBesides = read.statement != nil || !read.reasons.isEmpty
    // "what?? i never said that": a miss of theirs owned once, never a question that did not
    // land apologised for besides.
    let isConfused =
      read.isConfused && request.map(\.isCorrection) != true
      && ![.repeatedQuestion, .answeredAlready, .insight, .declined].contains(request)
      && !(request == .complaint && answersBesides)
      && !TurnRequest.isInsight(line) && read.impliedFeeling?.isLoss != true
    // "you've lost me there", "what's that got to do with it" and nothing else: the question
    // owned and asked again plainly, never the complaint given back or probed.
    if isConfused, read.moves.isEmpty, read.statement == nil, read.gist == nil,
      Self.lostCues.matches(
        Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(Self.denialReadLimit))))
          .filter(\.isWord))
    {
      repair(.unclear, after: number, into: &step)
      return step
    }
    // "a limit on what? like weekends fine, school nights not": puzzled, they answered anyway;
    // the question is owned without a promise of another way in, and what they said is
    // heard and gone on from as an answer.
    let answeredAnyway = isConfused && (!read.moves.isEmpty || read.statement != nil)
    if isConfused, !answeredAnyway {
      // "huh? what??" after a reflection and a question may be about either: the repair
      // owns both, not the question alone.
      // The echo of their rating (`reflects` 0) is no reflection of an answer.
      let afterReflection = number > 1 && state.lastReflected == number - 1
      say(
        afterReflection ? Self.confusedAfterReflectionNotice : Self.confusedNotice, into: &step)
    } else if answeredAnyway {
      say(Self.unclearNotice, into: &step)
    } else if read.asksClarification, request == nil, read.impliedFeeling?.isLoss != true {
      // "what do you mean shaped it? it's just the view": the question owned before what they
      // went on to say is heard.
      say(Self.unclearNotice, into: &step)
    }
    // "huh, never thought of it like that": what they just saw, given back, and room to go on.
    if request == .insight {
      reflect(
        ReflectionWriter.insight(after: state.currentQuestion?.text, saying: line),
        depth: .complex, of: number, into: &step)
      if let text = MomentQuestions.insightWordings.first(where: { !isAsked($0) }) {
        ask(
          PlannedQuestion(Question(kind: .meta, text: text), source: .followUp), follows: number,
          arc: .moment, into: &step)
      } else {
        askNextQuestion(into: &step, after: read, saying: line, closingWhenNoneLeft: true)
      }
      return step
    }
    var hasGivenBackTheirWords = false
    // "so more like 65 now if im honest", said to another question: their confidence now,
    // given back before what else the answer says.
    if !asksRating, let rating = volunteeredRating(in: line) {
      let held = rating.earlier ?? state.map.confidence
      record(.confidence(.init(value: rating.value, moment: .update)), into: &step)
      reflect(
        Self.revisedRatingLine(rating.value, held: held), depth: .simple, of: number,
        into: &step)
      if rating.isAlone {
        // "did you notice i said 75 now?": a move with nothing said of why is asked about.
        if let held, held != rating.value,
          let text = Self.whatMovedWordings.first(where: { !isAsked($0) })
        {
          ask(
            PlannedQuestion(Question(kind: .evidence, text: text), source: .followUp),
            follows: number, arc: .moment, into: &step)
        } else {
          askNextQuestion(into: &step, after: read, saying: line, closingWhenNoneLeft: true)
        }
        return step
      }
    }
    if let request, request.replacesReflection {
      // "thats not what i said", "ask me about my dad": owned and taken up, never given back
      // as if it were about the belief.
      if case .correction = request {
        let owned = ownCorrection(line, of: number, into: &step)
        if owned == .askedWhatWasMissed { return step }
        hasGivenBackTheirWords = [.gaveBackEarlier, .ownedAndMovedOn].contains(owned)
      } else if request == .repeatedQuestion, !repeatsAnEarlierQuestion {
        // "you asked that already" of a question not asked before: said kindly, never owned.
        say(Self.notAskedBeforeNotice, into: &step)
      } else if let notice = request.notice {
        say(notice, into: &step)
      }
    } else if read.has(.offTopic) {
      say(Self.offTopicNotice, into: &step)
    } else if !isConfused, let softened = SoftenedClaim.read(line, claim: state.map.claim) {
      // "not pointless then. just badly organised": the claim as it now stands, given back.
      reflect(softened.reflection, depth: .complex, of: number, into: &step)
    } else if !asksRating || ratingSaid(in: line) == nil, !isConfused,
      takeUpChangeOfMind(line, of: number, into: &step)
    {
      // "ok ive changed my mind, now i reckon …": the old view and the new, then how sure.
      return step
    } else {
      let shown = step.outputs.count
      respond(to: read, saying: line, of: number, into: &step)
      // The answer just given is heard first; then what was heard so far, checked with them,
      // in place of the next question: the recap waits for their answer.
      let isHeard = step.outputs.count > shown
      if request == nil, !isConfused, !asksRating, !answeringRecap,
        let recap = dueRecap(after: read, saying: line, arc: arc, isHeard: isHeard)
      {
        giveRecap(recap, into: &step)
        return step
      }
    }
    if asksRating, let value = ratingSaid(in: line) {
      record(.confidence(.init(value: value, moment: .update)), into: &step)
    }
    // A question that confused or irked them is owned, and an easier one of another kind comes
    // next, never the same again.
    if isConfused, !answeredAnyway {
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
    if !hasGivenBackTheirWords, let question = request?.question(isAsked: isAsked) {
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
    let asksOther = [.complaint, .repeatedQuestion, .answeredAlready, .declined].contains(request)
    let avoiding =
      asksOther
      ? state.currentQuestion.map { state.plan?.families(of: $0.text) ?? [] } ?? [] : []
    askNextQuestion(
      into: &step, after: asksOther ? nil : read, saying: line, avoiding: avoiding,
      closingWhenNoneLeft: true)
    return step
  }
}

extension TurnRequest {
  /// Whether it says the last reflection or question got them wrong.
  fileprivate var isCorrection: Bool {
    if case .correction = self { return true }
    return false
  }
}
