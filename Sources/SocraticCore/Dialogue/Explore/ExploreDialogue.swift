/// The explore session as a value: a person states a belief, rates their confidence, meets its
/// inversion and a run of open questions with follow-ups to their answers, and ends with their
/// confidence again.
///
/// Start one with `start(setting:topic:belief:)` or continue a logged one with
/// `resume(_:setting:)`; then feed it each line with `receive(_:)` (see `Dialogue`).
///
/// The events it logs, in order: `topic` (when chosen from the menu), `belief` (and another
/// for each restatement), `confidence` (`before`), then `question`, each followed by its
/// `answer` or `skip`; `note` and `confidence` (`update`) at any time; for `/belief`, a
/// `confidence` (`after`, unless skipped), `thread` and the new thread's `belief`; at the end a
/// `confidence` (`after`, unless skipped) and `end`.
public struct ExploreDialogue: SessionDialogue {
  /// The packs, engine and seed.
  public let setting: ExploreSetting
  /// Where the session stands.
  public internal(set) var state: ExploreState

  /// The commands of an explore session, in the order `/help` lists them.
  static let menu = CommandMenu<ExploreCommand>([
    .shared(.help), .own(.skip), .own(.why), .own(.invert), .shared(.note), .own(.confidence),
    .own(.belief), .shared(.summary), .shared(.export), .shared(.quit),
  ])
  /// The same, as `/help` and Tab completion list them.
  public static let commands = menu.catalog

  /// The most words an answer that says it repeats ("same as before") may add besides that
  /// and still be met as a repeat: with more, it says something new.
  static let repeatNewWordLimit = 3
  /// How an answer said again is met: the repeat was the question's, so it is owned.
  static let repeatOwned = "Sorry \u{2014} you'd answered that already"
  /// How many characters of an answer are read for the words a pack question may share.
  static let saidWordsReadLimit = 400
  /// How many answers since the last summary make it worth giving back once more at the close.
  static let closingSummaryInterval = 2

  private init(setting: ExploreSetting, state: ExploreState) {
    self.setting = setting
    self.state = state
  }

  /// Starts a new session.
  /// - Parameters:
  ///   - topic: a pack id chosen before the session (`--topic`; check it exists): the menu is
  ///     skipped and the pack's sample beliefs are offered.
  ///   - belief: a belief given before the session (`--belief`): the menu is skipped and the
  ///     belief is read as if typed.
  /// - Returns: the dialogue and its first step.
  public static func start(setting: ExploreSetting, topic: String? = nil, belief: String? = nil)
    -> (dialogue: ExploreDialogue, step: DialogueStep)
  {
    var state = ExploreState()
    state.topic = topic
    state.isTopicSettled = topic != nil || belief != nil
    state.phase = state.settledPhase
    var dialogue = ExploreDialogue(setting: setting, state: state)
    guard let belief else { return (dialogue, DialogueStep(outputs: dialogue.introduction())) }
    var step = dialogue.receive(.line(belief))
    if dialogue.state.phase == .statingBelief { step.outputs += dialogue.introduction() }
    return (dialogue, step)
  }

  /// Continues a logged session: folds its events with `apply(_:reading:)`, the function every
  /// live event goes through, then says where it picks up and shows what is waited for (asking the
  /// next question when the log ends after an answer).
  /// - Parameter transcript: the session so far, as `SessionRecorder.resume` read it.
  public static func resume(_ transcript: SessionTranscript, setting: ExploreSetting)
    -> (dialogue: ExploreDialogue, step: DialogueStep)
  {
    var state = ExploreState()
    state.topic = transcript.header.topic
    state.isTopicSettled = transcript.header.topic != nil
    var dialogue = ExploreDialogue(setting: setting, state: state)
    dialogue.fold(transcript)
    dialogue.state.phase = dialogue.state.settledPhase
    var step = DialogueStep(
      outputs: DialogueNotices.resuming(
        pack: dialogue.state.topic, library: setting.library, counts: dialogue.resumedCounts,
        place: dialogue.resumedPlace))
    if dialogue.state.phase == .awaitingQuestion {
      dialogue.askNextQuestion(into: &step, closingWhenNoneLeft: false)
    } else {
      step.outputs += dialogue.introduction()
    }
    return (dialogue, step)
  }

  public var isFinished: Bool { state.phase == .finished }

  public var prompt: DialoguePrompt {
    let commands = Self.commands.completions
    switch state.phase {
    case .choosingTopic:
      return DialoguePrompt(
        text: "Topic (1-\(topicChoices.count)): ", commands: commands,
        choices: setting.library.packs.map(\.pack.id))
    case .statingBelief:
      return DialoguePrompt(text: "What do you believe? ", commands: commands)
    case .confirmingBelief:
      return DialoguePrompt(text: "Is that what you mean? (y/n) ", commands: commands)
    case .ratingConfidence, .closingThread, .closingSession:
      return DialoguePrompt(text: "Confidence (0-100): ", commands: commands)
    case .answering, .checkingRecap, .awaitingQuestion, .outOfQuestions:
      return DialoguePrompt(text: "> ", commands: commands)
    case .finished:
      return DialoguePrompt(text: "", commands: [])
    }
  }

  public mutating func handle(line: String) -> DialogueStep {
    if let command = SlashCommand.parse(line) { return handle(command) }
    let step: DialogueStep
    switch state.phase {
    case .choosingTopic: step = chooseTopic(line)
    case .statingBelief: step = stateBelief(line)
    case .confirmingBelief: step = confirmBelief(line)
    case .ratingConfidence: step = rateConfidenceBefore(line)
    case .answering(let number):
      step = isClosingWordOpen ? closingWord(line, to: number) : answer(line, to: number)
    case .checkingRecap(let number): step = answerRecap(line, after: number)
    case .awaitingQuestion, .outOfQuestions:
      return DialogueStep(outputs: [.notice(Self.outOfQuestionsNotice, tone: .plain)])
    case .closingThread: step = rateBeforeNewThread(line)
    case .closingSession(let reason): step = rateAtEnd(line, reason: reason)
    case .finished: return DialogueStep()
    }
    return withHelpFirst(after: line, step)
  }

  public mutating func handleEndOfInput() -> DialogueStep {
    var step = DialogueStep()
    switch state.phase {
    case .answering, .checkingRecap, .awaitingQuestion, .outOfQuestions:
      beginClosing(.endOfInput, into: &step)
    case .closingSession(let reason):
      finish(reason, into: &step)
    case .finished:
      break
    default:
      finish(.endOfInput, into: &step)
    }
    return step
  }

  // MARK: - Events

  var eventCount: Int {
    get { state.eventCount }
    set { state.eventCount = newValue }
  }

  mutating func apply(_ event: SessionEvent.Payload, reading: LiveReading) {
    var read = reading.answer
    if read == nil, case .answer(let value) = event { read = state.fold.reading(of: value.text) }
    let isCounted = read?.isAnswer ?? false
    let doubtsBefore = state.map.doubts.count
    state.fold.apply(event, read: read)
    state.answers.apply(event)
    applyToRecap(event)
    switch event {
    case .topic(let value):
      state.topic = value.topic
      state.isTopicSettled = true
    case .belief(let value):
      state.isTopicSettled = true
      state.lastGiven = AnswerGiven()
      state.belief = reading.belief ?? analysis(of: value)
      state.beliefWords =
        state.belief.map {
          QuestionWording.contentWords(
            of: [$0.claim, $0.inverted, $0.reason ?? ""].joined(separator: " "))
        } ?? []
      state.recentAnswerWords = []
      state.plan = state.belief.map {
        QuestionPlan(analysis: $0, topics: topics(of: $0), setting: setting)
      }
      startMap()
    case .newThread(let value):
      state.thread = max(value.number, state.thread + 1)
      state.belief = nil
      state.lastGiven = AnswerGiven()
      state.beliefWords = []
      // Frames are compared within a thread: the same frame about another belief is another
      // question. The same words are never asked twice in the session (`askedTexts`).
      state.askedWords = []
      state.askedKinds = []
      // A stock family is asked once a session (`ExploreArc.oncePerSession`).
      state.askedIntents.formIntersection(ExploreArc.oncePerSession)
      state.plan = nil
      state.hasConfidenceBefore = false
      state.isCurrentQuestionOpen = false
      startMap()
    case .confidence(let value):
      if value.moment == .before { state.hasConfidenceBefore = true }
    case .question(let value):
      state.lastQuestionNumber = max(state.lastQuestionNumber, value.number)
      state.askedTexts.insert(value.text)
      state.askedKinds.append(value.kind)
      state.askedWords.append(
        QuestionWording.frame(of: value.text, excluding: state.beliefWords))
      state.askedIntents.formUnion(
        (state.plan?.families(of: value.text) ?? QuestionIntent.purposes(of: value.text))
          .intersection(Self.intentsAskedOnce))
      state.currentQuestion = value
      state.isCurrentQuestionOpen = true
      state.questionCount += 1
      if let step = value.arc.flatMap(ExploreArcStep.init(rawValue:)) {
        state.arcDone.insert(step)
        if step == .pack { state.packAsked += 1 }
      } else if value.source != .followUp {
        state.lastRotatedKind = value.kind
      }
    case .answer(let value):
      // "brb": a pause answers nothing, and the question stays open.
      if value.question == state.currentQuestion?.number, !TurnCues.isPause(value.text) {
        state.isCurrentQuestionOpen = false
      }
      if isCounted, !value.answersRecap {
        let words = QuestionWording.contentWords(
          of: String(value.text.prefix(Self.saidWordsReadLimit)))
        state.recentAnswerWords = Array((state.recentAnswerWords + [words]).suffix(2))
      }
      // "the scale of it mostly": which reason weighs most is answered, in this thread.
      if ExploreArc.ranks(value.text) { state.arcDone.insert(.weight) }
      // "i dont think it should be compulsory anymore": the claim is left, so its opposite and
      // what would change their mind about it are never asked in this thread.
      if AnswerCues.leavesTheClaim(value.text) {
        state.arcDone.formUnion([.inversion, .changeMind])
      }
      if let read {
        // An answer to a question about the other side starts there; any other, on theirs.
        let askedOtherSide = state.currentQuestion.map {
          !QuestionIntent.purposes(of: $0.text).isDisjoint(with: [.opposite, .otherSide])
        }
        state.lastGiven = AnswerGiven(
          read, text: value.text, claim: state.map.claim,
          counterPoints: Array(state.map.doubts.dropFirst(doubtsBefore)),
          before: askedOtherSide == true ? .cutsAgainst : .supports)
      }
    case .skip(let value):
      state.lastGiven = AnswerGiven()
      if value.question == state.currentQuestion?.number { state.isCurrentQuestionOpen = false }
      state.skippedCount += 1
    case .reflection(let value):
      state.reflectionCount += 1
      state.lastReflected = value.reflects
      state.reflectionsSaid.append(value.text)
      if ReflectionWriter.isStock(value.text) { state.hasSaidStock = true }
    case .said(let value):
      state.saidLines.insert(value.text)
    case .summary:
      state.reflectionCount += 1
    case .end:
      state.phase = .finished
      return
    default:
      break
    }
    state.phase = state.settledPhase
  }

  /// A new thread's arc starts.
  private mutating func startMap() {
    state.arcDone = []
    state.packAsked = 0
    state.lastRotatedKind = nil
  }

  /// The analysis of a logged belief: the engine's reading of its text, the one `invert` gives,
  /// while the engine still reads it as logged; otherwise the reading as logged, so a resumed
  /// session asks about what the person confirmed.
  private func analysis(of belief: SessionEvent.Belief) -> BeliefAnalysis? {
    let current = try? setting.engine.analyze(belief.text)
    guard let claim = belief.claim, let inverted = belief.inverted else { return current }
    if let current, current.claim == claim, current.inverted == inverted,
      current.reason == belief.reason
    {
      return current
    }
    let read = [claim, belief.reason].compactMap { $0 }.joined(separator: " ")
    return BeliefAnalysis(
      belief: belief.text, claim: claim, inverted: inverted, reason: belief.reason,
      terms: setting.termFinder.terms(in: read), topics: setting.library.topics(in: belief.text))
  }

  /// The topics whose packs a belief draws questions from: the chosen one, then those it
  /// mentions.
  private func topics(of analysis: BeliefAnalysis) -> [String] {
    var topics = state.topic.map { [$0] } ?? []
    for topic in analysis.topics where !topics.contains(topic) { topics.append(topic) }
    return topics
  }
}
