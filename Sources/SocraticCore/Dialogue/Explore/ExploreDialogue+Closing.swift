/// How an explore session ends. The closing word: once the closing rating is given, the change is given back and one short
/// question leaves room for anything else, so the session never ends while they are still
/// talking; what they add is heard, then they are thanked and the session ends.
extension ExploreDialogue {
  /// Asked once the closing rating is given: a wording of `ClosingWords.lastWordQuestions`
  /// chosen by the seed, never one asked already in the session.
  var closingWordQuestion: PlannedQuestion {
    let text =
      ClosingWords.pick(ClosingWords.lastWordQuestions, seed: setting.seed, isSaid: isAsked)
      ?? ClosingWords.lastWordQuestions[0]
    return PlannedQuestion(Question(kind: .meta, text: text), source: .followUp)
  }

  /// How they are thanked as the session ends: named for what they talked about where it
  /// reads naturally, and never in the words said already this session.
  var farewellLine: String {
    ClosingWords.thanks(
      claim: state.belief?.claim, seed: setting.seed, isSaid: state.saidLines.contains)
  }
  /// Asked when they say yes to the closing word and no more ("yeah").
  static let closingWordGoOn = PlannedQuestion(
    Question(kind: .meta, text: "Go on, what would you add?"), source: .followUp)

  /// Asked once when the last word names a fear or a blockage ("what scares me is ending up
  /// stuck there"): the close waits for one more answer, never thanks them straight after.
  static let closingWordStay = PlannedQuestion(
    Question(kind: .meta, text: "What feels hardest about that, for you?"), source: .followUp)

  /// Said to a last word that tells the listener it got them wrong, before the thanks.
  static let owningLine = CorrectionReply.laterOwning + "."

  /// Whether the question waiting for its answer is a closing word.
  var isClosingWordOpen: Bool {
    guard state.isCurrentQuestionOpen, let text = state.currentQuestion?.text else { return false }
    return ClosingWords.lastWordQuestions.contains(text)
      || text == Self.closingWordGoOn.question.text || text == Self.closingWordStay.question.text
  }

  /// The closing rating given back (unless it was given back in this step already), then the
  /// closing word asked.
  mutating func askClosingWord(givingBackRating: Bool, into step: inout DialogueStep) {
    let ratingGivenBack = step.events.contains { event in
      guard case .reflection(let value) = event, let rating = state.map.confidence else {
        return false
      }
      return value.text.contains(String(rating))
    }
    if givingBackRating, !ratingGivenBack,
      let line = Self.closingRatingLine(
        before: state.map.confidenceBefore, after: state.map.confidence)
    {
      reflect(line, depth: .simple, of: 0, into: &step)
    }
    ask(closingWordQuestion, follows: nil, into: &step)
  }

  /// The closing rating and how it moved from the first: "So 60 now, down from 80 at the start."
  static func closingRatingLine(before: Int?, after: Int?) -> String? {
    guard let after else { return nil }
    guard let before else { return "So \(after) now." }
    if before == after { return "So still \(after), where you started." }
    return "So \(after) now, \(after < before ? "down" : "up") from \(before) at the start."
  }

  /// A rating revised in passing, given back with where it moved from: "So you're at 50 now,
  /// down from 70."
  static func revisedRatingLine(_ value: Int, held: Int?) -> String {
    guard let held, held != value else { return "So you're at \(value) now." }
    return "So you're at \(value) now, \(value < held ? "down" : "up") from \(held)."
  }

  /// Their answer to the closing word: a bare yes asks them to go on; anything they add is
  /// heard; then thanks, and the session ends. A protest that the close came too soon goes back
  /// to the questions.
  mutating func closingWord(_ line: String, to number: Int) -> DialogueStep {
    var step = DialogueStep()
    // "it's 70 not 30!!": the closing rating given back wrong is set right before the thanks.
    if let value = ratingCorrection(in: line) {
      owningRating(line, setRightTo: value, answering: number, into: &step)
      say(farewellLine, into: &step)
      finish(.finished, into: &step)
      return step
    }
    let read = state.fold.reading(of: line)
    record(
      .answer(.init(question: number, text: line, moves: read.moves.map(\.rawValue))),
      read: read, into: &step)
    if Self.yesOrNo(line) == true, !isAsked(Self.closingWordGoOn.question.text) {
      ask(Self.closingWordGoOn, follows: number, into: &step)
      return step
    }
    if TurnRequest.isProtest(line) {
      say(Self.reopeningNotice, into: &step)
      askNextQuestion(into: &step, closingWhenNoneLeft: false)
      if state.phase == .outOfQuestions, !isAsked(Self.goingOnQuestion.question.text) {
        step.outputs.removeLast()
        ask(Self.goingOnQuestion, follows: nil, into: &step)
      }
      return step
    }
    // "like i said, the kids": a repeat is not met with "let's look at it from another side"
    // as the session ends.
    let addsNothing =
      read.isLeaving || TurnRequest.read(line) == .stop || read.has(.noContent)
      || read.has(.repeat) || Self.yesOrNo(line) != nil
    // "that was my uncle, not me. anyway gotta go": told it got them wrong, the listener owns
    // it before the thanks (the map is set right as the answer is filed); a plan or a feeling
    // they add after it ("maybe ill try leaving it downstairs") is heard too.
    if BeliefMap.correctsListener(line) {
      say(Self.owningLine, into: &step)
      if let rest = BeliefMap.besidesCorrecting(line) {
        let restRead = AnswerMoveReader.read(rest)
        if !restRead.isLeaving, !restRead.has(.noContent) {
          respond(to: restRead, saying: rest, of: number, into: &step)
        }
      }
    } else if read.isLeaving {
      takeLeave(of: read, saying: line, of: number, into: &step)
    } else if !addsNothing {
      respond(to: read, saying: line, of: number, into: &step)
      heardAtLast(line, into: &step)
      if Self.namesAFear(read), !isAsked(Self.closingWordStay.question.text) {
        ask(Self.closingWordStay, follows: number, into: &step)
        return step
      }
    }
    say(farewellLine, into: &step)
    finish(.finished, into: &step)
    return step
  }
}

extension ExploreDialogue {
  /// Whether an answer names a fear or a blockage of the person's: what is stayed with before
  /// any close.
  static func namesAFear(_ read: ReadAnswer) -> Bool {
    read.blockage != nil || read.feelings.contains(where: AnswerCues.fearWords.contains)
  }
}

// MARK: - Threads and the end

extension ExploreDialogue {
  /// Closes the session, asking the confidence a last time unless it was just given.
  /// - Parameter asksAgain: whether a rating just given is offered back rather than kept as the
  ///   closing one: `/quit` asks once more, as its help says ("put me down for 60", "/quit").
  mutating func beginClosing(
    _ reason: SessionEvent.EndReason, asksAgain: Bool = false, into step: inout DialogueStep
  ) {
    // The closing word left unsaid ("/quit", the end of input): rated already, so it ends.
    if isClosingWordOpen {
      finish(reason, into: &step)
      return
    }
    // What the person said is given back once more before the closing rating.
    let summarises =
      state.isQuestioning && state.fold.answersSinceSummary >= Self.closingSummaryInterval
    if summarises { summarize(into: &step) }
    // "70 maybe, the doctors were good": a rating given in the very answer that closes the
    // arc, or that they leave with ("80. right, the lads are in at 3"), is the closing rating,
    // not asked for again.
    if !asksAgain, [.finished, .quit].contains(reason), state.fold.answersSinceRating == 0,
      let value = state.map.confidence
    {
      record(.confidence(.init(value: value, moment: .after)), into: &step)
      // Done with the arc, not leaving: room for a last word before the end.
      if reason == .finished {
        askClosingWord(givingBackRating: !summarises, into: &step)
      } else {
        finish(reason, into: &step)
      }
      return
    }
    state.phase = .closingSession(reason)
    step.outputs += introduction()
  }

  /// Starts a new thread of questioning, after the last one's closing confidence.
  mutating func startThread(into step: inout DialogueStep) {
    record(.newThread(.init(number: state.thread + 1)), into: &step)
    step.outputs.append(.notice("A new belief, thread \(state.thread).", tone: .plain))
    step.outputs += introduction()
  }

  /// Ends the session: logs `end` when anything was logged, and shows the closing summary when
  /// a belief was explored.
  mutating func finish(_ reason: SessionEvent.EndReason, into step: inout DialogueStep) {
    if state.eventCount > 0 {
      let hadBelief = state.hasAnyBelief
      record(.end(.init(reason: reason)), into: &step)
      if hadBelief { step.outputs.append(.closingSummary) }
    }
    state.phase = .finished
  }
}
