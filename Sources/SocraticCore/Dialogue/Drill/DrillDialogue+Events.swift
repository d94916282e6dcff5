/// How a drill folds its logged events into its state, live and on resume alike.
extension DrillDialogue {
  var eventCount: Int {
    get { state.eventCount }
    set { state.eventCount = newValue }
  }

  mutating func apply(_ event: SessionEvent.Payload, reading: LiveReading) {
    switch event {
    case .persona(let value):
      adopt(value)
      state.isPersonaLogged = true
    case .asked(let value):
      if state.lastReplyWavered, let waver = state.lastReply,
        !ListeningScorecard.findsFault(value.text, with: waver),
        !ListeningScorecard.takesUpWaver(
          value.text, form: QuestionForm(rawValue: value.critique.form), waver: waver,
          belief: state.persona?.belief, asked: state.lastAsked)
      {
        state.waversLeft += 1
      }
      state.lastAskedNumber = max(state.lastAskedNumber, value.number)
      state.askedKeys.insert(Self.key(of: QuestionAside.question(in: value.text)))
      if let kind = value.critique.kind { state.kindsAsked.insert(kind) }
      state.lastAsked = value.text
    case .personaReply(let value) where value.question != nil:
      // A reply to an aside ("take your time") is not what the next line answers.
      state.saidLines.formUnion(voice?.lines(in: value.text) ?? [])
      state.saidSentences.formUnion(PersonaVoice.sentenceKeys(of: value.text))
      state.lastReply = value.text
      state.lastReplyWavered = value.admitsGap == true
      if value.admitsGap == true, let asked = state.lastAsked {
        state.gapsAdmitted.append(gapWords(of: asked))
      }
      if let asked = state.lastAsked { state.ownFacts.note(reply: value.text, to: asked) }
    case .personaConfidence(let value):
      // Only a gap it admits lowers it (`DrillDialogue.confidenceChange(form:)`): in a log that
      // does not say which replies admit one, the drop tells.
      state.lastReplyWavered = state.lastReplyWavered || value.value < state.confidence
      state.confidence = min(100, max(0, value.value))
    case .end:
      state.phase = .finished
    default:
      break
    }
  }

  /// What a question asked about beyond the persona's belief, as lemmas: a gap it admits to
  /// two questions sharing one of them is the same gap. An aside beside it ("lol", "fair
  /// enough") is none of what it asked about.
  func gapWords(of asked: String) -> Set<String> {
    TopicWords(QuestionAside.question(in: asked), isQuestion: true).lemmas
      .subtracting(voice?.beliefWords ?? [])
  }

  /// The persona goes into the log with the session's first event, after its topic when that
  /// was chosen from the menu.
  func prelude(to event: SessionEvent.Payload) -> [SessionEvent.Payload] {
    guard !state.isPersonaLogged, let persona = state.persona else { return [] }
    let topic: [SessionEvent.Payload] =
      state.isTopicFromMenu ? [.topic(.init(topic: persona.pack))] : []
    return topic + [.persona(persona)]
  }
}
