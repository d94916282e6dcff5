/// The partner session as a value: a companion for a live conversation. The person types what
/// the other person said, and gets three things to say next: a reflection of it (or a calm line
/// when they turn hostile, open up or want to stop) and two open questions of different kinds,
/// made from those words and fitted to the stage the conversation is at (`ConversationStage`).
///
/// Start one with `start(setting:topic:)` or continue a logged one with `resume(_:setting:)`;
/// then feed it each line with `receive(_:)` (see `Dialogue`). A line that is not a command is
/// what the other person said.
///
/// The claim under discussion changes only when they state a new belief: never on a remark
/// about how sure they are, an aside, a story, a reaction, a feeling, a doubt or a charge at the
/// listener (see `TheirWords` and `PartnerMoment`).
///
/// The stage moves on by a rule: at once to a later stage their words belong to (a reason to
/// `reasons`, "I'm sure" to `confidence`, "what would change my mind" to `falsifiability`,
/// thanks, "let's change the subject" or "pass the gravy" to `close`), otherwise after they have
/// spoken as many times as the stage allows (`ConversationStage.turnsBeforeMovingOn`) in
/// ordinary turns whose words do not speak to the stage it is at; never back, except with
/// `/stage`. The close comes only from their words, and never right after they open up.
///
/// The events it logs: the first event of a session comes after a `stage` (`claim`); for what
/// they said, `they_said`, then `stage` when the conversation moves on, then `suggestions`;
/// `/they` logs the same without `suggestions`; `/me` logs `asked` with the critic's verdict;
/// `/stage NAME` logs `stage` and `suggestions`; `note` at any time; `end` at the end.
public struct PartnerDialogue: SessionDialogue {
  /// The packs, engine, critic and seed.
  public let setting: CoachingSetting
  /// Where the session stands.
  public internal(set) var state: PartnerState
  let planner: SuggestionPlanner
  /// What the live step read of what they said, while its `they_said` event is folded: the
  /// fold keeps it rather than reading the text again. Nil otherwise, and when resuming.
  private(set) var liveWords: TheirWords?

  /// The commands of a partner session, in the order `/help` lists them.
  static let menu = CommandMenu<PartnerCommand>([
    .shared(.help), .own(.they), .own(.me), .own(.stage), .shared(.note), .shared(.summary),
    .shared(.export), .shared(.quit),
  ])
  /// The same, as `/help` and Tab completion list them.
  public static let commands = menu.catalog

  private init(setting: CoachingSetting, state: PartnerState) {
    self.setting = setting
    self.state = state
    self.planner = SuggestionPlanner(setting: setting)
  }

  /// Starts a new session.
  /// - Parameter topic: the pack id of the conversation's subject (`--topic`; check it
  ///   exists): its questions are offered too, and the invitation names it.
  /// - Returns: the dialogue and its first step, which logs nothing.
  public static func start(setting: CoachingSetting, topic: String? = nil)
    -> (dialogue: PartnerDialogue, step: DialogueStep)
  {
    var state = PartnerState()
    state.topic = topic
    let dialogue = PartnerDialogue(setting: setting, state: state)
    return (dialogue, DialogueStep(outputs: dialogue.introduction()))
  }

  /// Continues a logged session: folds its events with `apply(_:reading:)`, the function every
  /// live event goes through, then says where it picks up and shows the questions offered last.
  /// - Parameter transcript: the session so far, as `SessionRecorder.resume` read it.
  public static func resume(_ transcript: SessionTranscript, setting: CoachingSetting)
    -> (dialogue: PartnerDialogue, step: DialogueStep)
  {
    var state = PartnerState()
    state.topic = transcript.header.topic
    var dialogue = PartnerDialogue(setting: setting, state: state)
    dialogue.fold(transcript)
    dialogue.state.phase = .listening
    let stage = dialogue.state.stage
    let said = dialogue.state.theySaidCount
    var step = DialogueStep(
      outputs: DialogueNotices.resuming(
        pack: dialogue.state.topic, library: setting.library,
        counts: said > 0 ? [Plural.counted(said, "thing") + " they said"] : [],
        place: ", at stage \(stage.number) of 5: \(stage.title). Type what they say next."))
    if !dialogue.state.lastSuggestions.isEmpty {
      step.outputs.append(.suggestions(stage: stage, items: dialogue.state.lastSuggestions))
    }
    return (dialogue, step)
  }

  public var isFinished: Bool { state.phase == .finished }

  public var prompt: DialoguePrompt {
    guard state.phase == .listening else { return DialoguePrompt(text: "", commands: []) }
    return DialoguePrompt(text: "They said: ", commands: Self.commands.completions)
  }

  public mutating func handle(line: String) -> DialogueStep {
    if let command = SlashCommand.parse(line) { return handle(command) }
    guard state.phase == .listening else { return DialogueStep() }
    return theySaid(line, offeringQuestions: true)
  }

  public mutating func handleEndOfInput() -> DialogueStep {
    var step = DialogueStep()
    finish(.endOfInput, into: &step)
    return step
  }

  // MARK: - Events

  var eventCount: Int {
    get { state.eventCount }
    set { state.eventCount = newValue }
  }

  /// The stage the conversation starts at comes before the session's first event, so the log
  /// says where every event happened.
  func prelude(to event: SessionEvent.Payload) -> [SessionEvent.Payload] {
    guard !state.isStageLogged, event.type != "stage" else { return [] }
    return [.stage(.init(stage: state.stage.rawValue))]
  }

  // MARK: - What they said

  /// Logs what they said, moves the conversation on when it calls for it, and offers the next
  /// questions unless told not to (`/they`).
  mutating func theySaid(_ text: String, offeringQuestions: Bool) -> DialogueStep {
    var step = DialogueStep()
    let didOpenUp = state.didOpenUp
    let didObject = state.didObject
    let wasClosing = state.stage == .close
    let words = TheirWords(
      text, isDiscussingAClaim: state.claim != nil, earlierWords: state.fold.theirRepeatWords,
      afterOpeningUp: didOpenUp, afterWeight: state.offeredWeight, setting: setting)
    liveWords = words
    record(
      .theySaid(
        .init(
          text: text, claim: words.claim?.claim, inverted: words.claim?.inverted,
          reason: words.reason, moves: words.loggedMoves)),
      read: words.wholeAnswer, into: &step)
    liveWords = nil
    // After a danger to life, the stage holds: no arc of a belief is walked over it.
    if !tellOfDanger(in: text, into: &step) {
      moveOn(after: words, afterOpeningUp: didOpenUp || didObject, into: &step)
    }
    if offeringQuestions {
      offerQuestions(
        after: words, afterOpeningUp: didOpenUp, afterGoodbye: wasClosing, into: &step)
    } else {
      step.outputs.append(.notice("Noted what they said.", tone: .success))
    }
    return step
  }

  /// Offers the next questions: logged, then shown.
  /// - Parameters:
  ///   - afterOpeningUp: whether what they said before these words opened up.
  ///   - afterGoodbye: whether the conversation was at its close before these words.
  mutating func offerQuestions(
    after words: TheirWords?, afterOpeningUp: Bool = false, afterGoodbye: Bool = false,
    into step: inout DialogueStep
  ) {
    let items = planner.suggestions(
      for: SuggestionPlanner.Context(
        stage: state.stage, words: words, claim: state.claim,
        reason: state.isReasonAnExperience ? nil : state.reason,
        topic: state.topic, offered: state.offered, offeredKeys: state.offeredKeys,
        claimNumber: state.claimCount, turn: state.suggestionCount,
        followsOpeningUp: afterOpeningUp, isAfterGoodbye: afterGoodbye,
        isStandingBySource: state.isStandingBySource,
        registers: state.objectedToManner ? [.conversational] : [.conversational, .therapeutic],
        answered: state.hasSaidWhatWouldChangeMind
          ? state.answered.union([.changeMind]) : state.answered,
        hasConceded: !state.map.doubts.isEmpty, answering: state.answering,
        // A stage the person moved to with `/stage` is theirs to choose, unless they are on
        // their guard.
        mayTurnToTheOtherSide: state.mayTurnToTheOtherSide || words == nil && !state.isOnGuard,
        lastOfferedKinds: state.lastOfferedKinds, hasToldAnExample: state.hasToldAnExample,
        staysWithThePerson: state.isStillTender, isPersonalTalk: state.isPersonalTalk))
    record(.suggestions(.init(items: items)), into: &step)
    // "since he passed in march": the stage of the belief steps back while they are tender,
    // unless the talk is at its close.
    let shown = state.isStillTender && state.stage != .close ? nil : state.stage
    step.outputs.append(.suggestions(stage: shown, items: items))
  }

  // MARK: - The end

  /// Ends the session: logs `end` and shows the closing summary when anything was logged.
  mutating func finish(_ reason: SessionEvent.EndReason, into step: inout DialogueStep) {
    guard state.phase == .listening else { return }
    if state.eventCount > 0 {
      record(.end(.init(reason: reason)), into: &step)
      step.outputs.append(.closingSummary)
    }
    state.phase = .finished
  }

  // MARK: - What is shown

  /// What opens a session: how it works, and questions to open the conversation with.
  func introduction() -> [DialogueOutput] {
    var values: [Placeholder: String] = [:]
    values[.topic] = PartnerWordings.topicValue(of: state.topic, in: setting.library)
    var invitations: [Question] = []
    for template in PartnerWordings.invitations {
      guard !invitations.contains(where: { $0.kind == template.kind }),
        let question = template.filled(with: values)
      else { continue }
      invitations.append(question)
    }
    return [
      .notice(
        "Type what they say, and I will suggest what to say next: a reflection and up to two open "
          + "questions that fit; fewer when they share something hard, push back or wind up.",
        tone: .request),
      .notice(
        "/me logs a question you asked, /they logs what they said without questions, /stage "
          + "shows where the conversation is, and /help lists the commands.", tone: .quiet),
      .invitations(invitations),
    ]
  }
}
