/// How the partner session folds its events into its state, live and on resuming alike.
extension PartnerDialogue {
  mutating func apply(_ event: SessionEvent.Payload, reading: LiveReading) {
    switch event {
    case .theySaid(let value):
      state.theySaidCount += 1
      state.lastTheySaid = value.text
      state.answering = state.lastAsked
      state.lastAsked = nil
      state.turnsInStage += 1
      state.saidSinceStageBegan += 1
      // Read from the text, live and on resuming alike; live, the words read for the step.
      let typed = liveWords?.typed ?? TheirWords.typedTokens(of: value.text)
      let objection =
        liveWords.map(\.objection)
        ?? TheirWords.objection(in: typed, afterWeight: state.offeredWeight)
      state.offeredWeight = false
      state.didObject = objection != nil
      switch objection {
      case .manner?:
        state.objectedToManner = true
        state.turnsInStage = 0
      case .attributedThought?, .charge?, .hurt?, .unhelped?: state.turnsInStage = 0
      case nil: break
      }
      let moves = value.moves ?? []
      let live = liveWords
      let jabs = { live?.jabsAtListener ?? TheirWords.jabsAtListener(typed) }
      if PartnerMood.isGuarded(typed: typed, moves: moves, objects: objection != nil, jabs: jabs())
      {
        state.lastGuardedTurn = state.theySaidCount
      } else if PartnerMood.showsOpenness(moves: moves) {
        state.hasShownOpenness = true
      }
      state.didOpenUp = moves.contains { PartnerMoment.openingUpMoves.contains($0) }
      // "90. come on": a feeling pressed on the listener is no opening up.
      if liveWords.map(\.moment.keepsToTheMoment) ?? state.didOpenUp {
        state.lastOpenedUpTurn = state.theySaidCount
      }
      // A source cited as evidence gives a reason; someone else's view reported gives none.
      let citesSource = moves.contains(AnswerMove.source.rawValue) && value.reason != nil
      state.isStandingBySource = citesSource || state.citedSource
      state.citedSource = citesSource
      state.fold.apply(
        event, read: reading.answer, repeatWords: liveWords?.repeatWords,
        laughs: liveWords?.isSaidWithALaugh, typed: typed)
      // The kind of talk is read from the whole conversation: their life told (a loss, a
      // feeling, news, a plan) stays their life until they argue a view in so many words.
      if value.claim == nil, state.claim == nil, moves.contains(AnswerMove.feeling.rawValue) {
        state.isPersonalTalk = true
      }
      if value.claim != nil {
        state.isPersonalTalk =
          !TheirWords.putsABeliefOnTheTable(typed: typed, moves: moves)
          || state.isPersonalTalk && !TheirWords.arguesAView(typed: typed)
        state.claimCount += 1
        state.hasSaidWhatWouldChangeMind = false
        state.hasToldAnExample = false
        state.answered = []
      }
      if moves.contains(AnswerMove.wouldChangeMind.rawValue) {
        state.hasSaidWhatWouldChangeMind = true
      }
      state.answered.formUnion(
        TheirWords.answeredIntents(
          text: value.text, reason: value.reason, moves: moves,
          saysHowSure: liveWords?.saysHowSureInWhole))
      if let claim = value.claim, let inverted = value.inverted {
        let read = [claim, value.reason].compactMap { $0 }.joined(separator: " ")
        state.claim = BeliefAnalysis(
          belief: value.text, claim: claim, inverted: inverted, reason: value.reason,
          terms: setting.termFinder.terms(in: read), topics: setting.library.topics(in: read))
        state.reason = value.reason
      } else if let reason = value.reason,
        // "you've never owned a car yourself" digs at the listener: no reason of theirs to ask
        // about on any later turn.
        !jabs()
      {
        state.reason = reason
      }
      if let reason = value.reason {
        state.isReasonAnExperience = Self.tellsWhatHappened(reason: reason, moves: moves)
      }
      // "when the mill shut down the valley went quiet": a story told is an example given.
      if moves.contains(AnswerMove.example.rawValue)
        || value.reason != nil && state.isReasonAnExperience
      {
        state.hasToldAnExample = true
      }
    case .stage(let value):
      state.isStageLogged = true
      // A stage a newer version knows and this one does not leaves the stage as it was.
      if let stage = ConversationStage(rawValue: value.stage) {
        state.stage = stage
        state.turnsInStage = 0
        state.saidSinceStageBegan = 0
      }
    case .suggestions(let value):
      for item in value.items {
        switch item {
        case .reflection(let text): state.offered.insert(text)
        case .question(let question): offer(question.text, key: planner.verdicts.key(of:))
        // How to answer a question of theirs is offered again whenever they ask it again.
        case .answer: break
        }
      }
      state.lastSuggestions = value.items
      // Offered to a turn that opened up (a loss, a feeling), what was offered was heavy.
      state.offeredWeight = state.lastOpenedUpTurn == state.theySaidCount
      state.suggestionCount += 1
    case .asked(let value):
      state.lastAskedNumber = max(state.lastAskedNumber, value.number)
      // "im glad something helped" asks nothing: a yes after it grants nothing of the listener's.
      state.lastAsked = Self.asksForAYes(value.critique) ? value.text : nil
      offer(value.text) { WordingKey($0) }
    case .note:
      state.fold.apply(event)
    case .end:
      state.phase = .finished
    default:
      break
    }
  }

  /// Whether a reason tells what happened to them or someone of theirs: an example, or a reason
  /// about them ("because you watched a documentary and couldn't sleep").
  static func tellsWhatHappened(reason: String, moves: [String]) -> Bool {
    let words = reason.split(separator: " ").prefix(2).map { $0.lowercased() }
    return moves.contains(AnswerMove.example.rawValue)
      || words.first == "because"
        && words.dropFirst().first.map { ["you", "your"].contains($0) }
          ?? false
  }

  /// Whether what the listener said asks something a yes answers: a closed or leading question,
  /// never a statement or a reflection.
  static func asksForAYes(_ critique: SessionEvent.Critique) -> Bool {
    [QuestionForm.closed.rawValue, QuestionForm.leading.rawValue].contains(critique.form)
  }

  /// Counts a question as offered or asked, with what it is about.
  /// - Parameter key: what is known of a wording: the planner's memo for the questions it
  ///   offers, which it meets again.
  mutating func offer(_ text: String, key keyOf: (String) -> WordingKey) {
    guard state.offered.insert(text).inserted else { return }
    var key = keyOf(text)
    key.claimNumber = state.claimCount
    state.offeredKeys.append(key)
  }
}
