/// The drill session as a value: practice at being the questioner. The tool holds a belief from
/// a topic pack, as a persona with a confidence and reasons; the person asks it questions, each
/// coached at once (form, kind, a better wording), and the persona answers in character. At the
/// end comes a scorecard: the share of open questions, the kinds covered, each leading question
/// with a better wording, and the persona's confidence from start to end.
///
/// Start one with `start(setting:topic:)` or continue a logged one with `resume(_:setting:)`;
/// then feed it each line with `receive(_:)` (see `Dialogue`).
///
/// The persona's confidence moves by a rule (`confidenceChange(form:)`): a leading question
/// or a statement raises it by 5, as people dig in when pushed; a question that finds a gap it
/// admits ("Hm. I haven't really thought about that.", "I couldn't lay out the steps") lowers
/// it by 5; any other leaves it, however well it probes: being asked for its reasons and giving
/// them does not shake anyone. A question asked again, or one that asks how sure it is
/// (answered with its number), moves nothing. It stays within 0 to 100, and pushes raise it
/// only two steps above where it began, never past 95.
///
/// The events it logs: `persona` with the session's first event; for each question, `asked`
/// (with the critic's verdict), `persona_reply`, and `persona_confidence` when the confidence
/// moved, in one step; `note` at any time; `end` after `questionLimit` questions, `/quit` or the
/// end of input.
public struct DrillDialogue: SessionDialogue {
  /// The packs, engine, critic and seed.
  public let setting: CoachingSetting
  /// Where the session stands.
  public internal(set) var state: DrillState
  /// How the persona speaks; known once the persona is.
  var voice: PersonaVoice?

  /// How many questions a drill has; after the last, the scorecard.
  public static let questionLimit = 10

  /// How much one question moves the persona's confidence.
  public static let confidenceStep = 5

  /// The commands of a drill, in the order `/help` lists them.
  static let menu = CommandMenu<DrillCommand>([
    .shared(.help), .own(.hint), .own(.persona), .shared(.note),
    .shared(.summary, summary: "show the scorecard so far"), .shared(.export),
    .shared(.quit, summary: "end the drill and see the scorecard (Ctrl-D too)"),
  ])
  /// The same, as `/help` and Tab completion list them.
  public static let commands = menu.catalog

  private init(setting: CoachingSetting, state: DrillState) {
    self.setting = setting
    self.state = state
  }

  /// Starts a new drill.
  /// - Parameter topic: a pack id with sample beliefs (`--topic`; check it has some): the
  ///   persona holds one of them, chosen by the seed. Without it, a menu of topics comes first.
  /// - Returns: the dialogue and its first step, which logs nothing.
  public static func start(setting: CoachingSetting, topic: String? = nil)
    -> (dialogue: DrillDialogue, step: DialogueStep)
  {
    var dialogue = DrillDialogue(setting: setting, state: DrillState())
    guard let topic, let pack = setting.library.pack(id: topic) else {
      return (dialogue, DialogueStep(outputs: dialogue.introduction()))
    }
    dialogue.choosePersona(among: [pack])
    return (dialogue, DialogueStep(outputs: dialogue.introduction()))
  }

  /// Continues a logged drill: folds its events with `apply(_:reading:)`, the function every
  /// live event goes through, then says where it picks up.
  /// - Parameter transcript: the session so far, as `SessionRecorder.resume` read it.
  public static func resume(_ transcript: SessionTranscript, setting: CoachingSetting)
    -> (dialogue: DrillDialogue, step: DialogueStep)
  {
    var dialogue = DrillDialogue(setting: setting, state: DrillState())
    dialogue.fold(transcript)
    guard dialogue.state.persona != nil else {
      // A log with no persona: nothing was asked; choose as a new drill would.
      var fresh = start(setting: setting, topic: transcript.header.topic)
      fresh.dialogue.state.eventCount = dialogue.state.eventCount
      return fresh
    }
    dialogue.state.phase = .asking
    let asked = dialogue.state.lastAskedNumber
    var step = DialogueStep(
      outputs: DialogueNotices.resuming(
        pack: dialogue.state.persona?.pack, library: setting.library, counts: [],
        place: ": \(asked) of \(Self.questionLimit) questions asked."))
    if asked >= Self.questionLimit {
      dialogue.finish(.finished, into: &step)
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
        choices: topicChoices.compactMap(\.id))
    case .asking:
      return DialoguePrompt(text: "You ask: ", commands: commands)
    case .finished:
      return DialoguePrompt(text: "", commands: [])
    }
  }

  public mutating func handle(line: String) -> DialogueStep {
    if let command = SlashCommand.parse(line) { return handle(command) }
    switch state.phase {
    case .choosingTopic: return chooseTopic(line)
    case .asking:
      // Every line is coached: one longer than the critic reads is refused as it would refuse
      // it, before the readers of goodbyes, repairs and complaints each read it whole.
      if let tooLong = QuestionCritic.lengthProblem(of: line) {
        return DialogueStep(outputs: [.notice(tooLong.description, tone: .problem)])
      }
      let said = saidReading(of: line)
      // An apology is read before a complaint: "sorry, i didn't mean it like that" owns the
      // learner's line, it finds no fault with the persona's.
      return answerGoodbye(line, said: said) ?? answerRepair(line) ?? answerComplaint(line)
        ?? answerConcession(line) ?? answerSympathy(line) ?? answerLearnerAside(line)
        ?? answerAside(line, said: said) ?? ask(line)
    case .finished: return DialogueStep()
    }
  }

  public mutating func handleEndOfInput() -> DialogueStep {
    var step = DialogueStep()
    finish(.endOfInput, into: &step)
    return step
  }

  // MARK: - Questions

  /// Everything the persona holds and has said, its belief first and its last reply next,
  /// that a reflection may give back: a learner reflects a reply from three questions ago, or
  /// the reason under it, as well as the last one, so the critic judges what it adds against
  /// all of it, as the persona does.
  private var heardSoFar: String? {
    let lines =
      [state.persona?.belief, state.lastReply].compactMap { $0 }
      + (state.persona?.reasons ?? []) + state.saidLines.sorted()
    return lines.isEmpty ? nil : lines.joined(separator: "\n")
  }

  /// A question: coached, answered by the persona, its confidence moved; the scorecard after
  /// the last one.
  private mutating func ask(_ line: String) -> DialogueStep {
    // "wfh", "btc": the persona reads a term typed short as the term; the log keeps the line.
    // "ok last one. what would …": a lead before the question word asks nothing.
    // "that's not what i asked. what about …?": the fault is owned, the question answered.
    let complaint = state.lastReply == nil ? nil : ReplyComplaint.beforeQuestion(in: line)
    // "ok sorry. how would …": an apology for the last line is taken, the question answered.
    let apology = state.lastReply == nil || complaint != nil ? nil : LearnerApology(line)
    // "what got you into it? ha fair enough": an aside beside the question asks nothing.
    let withoutAside = QuestionAside.question(in: complaint?.rest ?? apology?.rest ?? line)
    let read = Self.withoutLead(Shorthand.withTermsWrittenOut(withoutAside))
    var critique: QuestionCritique
    do {
      critique = try setting.critic.critique(read, after: heardSoFar)
    } catch {
      return DialogueStep(outputs: [.notice(error.description, tone: .problem)])
    }
    guard let voice, let persona = state.persona else { return DialogueStep() }
    // "if it's all luck what does that mean for me": a line that asks is a question.
    let asking =
      askedVerdict(of: read, critique: critique) ?? yesNoVerdict(of: read, critique: critique)
    if let asking { critique = asking.verdict }
    var step = DialogueStep()
    let number = state.lastAskedNumber + 1
    let key = Self.key(of: QuestionAside.question(in: line))
    // "hm", "go on" invite it to go on, as a story told with no question does ("my grandad
    // was there and he goes quiet"): never a repeat, nor a view to push against.
    let told = ToldStory(read)
    // "wow", "oh god the fete": a reaction asks it to go on, about the thing it names.
    let reaction = LearnerReaction(read)
    let pause = PersonaVoice.isEncourager(key: key) || reaction != nil
    if pause { Self.coachAsEncourager(&critique) }
    // "fair enough, but my sister's went up": a case of the asker's own argues no view.
    let isToldCase = told != nil && told?.question == nil && critique.form == .statement
    if isToldCase { Self.coachAsToldCase(&critique) }
    // "so you're sure of the rest but less sure about the vans?": its gap given back is a
    // reflection, whatever its mark, and heard as one.
    if state.lastReplyWavered, let waver = state.lastReply,
      AdmissionGivenBack.givesBack(
        read, waver: waver, belief: persona.belief, asked: state.lastAsked)
    {
      Self.coachAsReflection(&critique)
    }
    let encouraged = pause || isToldCase
    // "what else?" asked again asks for more again: no repeat.
    let isRepeat =
      !encouraged && state.askedKeys.contains(key) && !PersonaQuestion.moreAsks.contains(key)
    let asksHowSure = critique.form != .leading && Self.asksHowSure(key: key)
    // A question pressed again because it went unanswered is answered now: the persona reads
    // the earlier one, while the coach judges the line as typed.
    let pressed = pressedQuestion(read)
    // Someone close told of first ("my mum got done by …, what would …?") is heard: the
    // persona says a word about it, and answers the question after it.
    let heard = pressed ?? told.flatMap(questionAfter)
    var question = PersonaQuestion(
      heard?.text ?? asking?.heard ?? read, form: heard?.critique.form ?? critique.form,
      kind: heard?.critique.kind ?? critique.kind, belief: persona.belief,
      beliefWords: voice.beliefWords, lastReply: state.lastReply)
    // Coached by the kind its aim settles, where it does: a question about the persona's own
    // experience is an evidence question, whatever its words.
    if critique.kind != nil, let kind = question.kindByAim { critique.kind = kind }
    // "When did you first notice it?" asks it for its own story: an invitation, fine as it is,
    // never a single fact to look up.
    if question.asksOwnExperience, critique.form == .closed {
      Self.coachAsInvitation(&critique)
    }
    // A question read out of a line the critic took for a view is coached by what the persona
    // hears it ask: "what does that mean for me" asks where the belief leads.
    if asking != nil, question.form == .open, let kind = question.kind { critique.kind = kind }
    // A yes or no about its own life gets an open wording about that life, as every closed
    // question gets one: "What would tell you whether …?" asks what it knows already. The
    // wording is shown only when the critic reads it as open, with no problem, and never for
    // a question the critic called fine as it is.
    if critique.form == .closed, !critique.isFineAsItIs, let wording = question.openWording,
      let check = try? setting.critic.critique(wording), check.form == .open,
      check.problems.isEmpty
    {
      critique.suggestion = wording
    }
    // A reflection that gives back a view it never held is set right, and coached as such.
    let correction = oneJudgement(
      of: read, critique: &critique, question: &question, voice: voice, heardSoFar: heardSoFar)
    // What would say the opposite of what it said of itself counts as said: it is never said.
    let unsayable = state.saidLines.union(voice.contradicting(state.ownFacts))
    var answer = voice.unrepeated(
      correction
        ?? (encouraged
          ? voice.goingOn(
            after: state.lastReply, said: unsayable, story: told,
            saidSentences: state.saidSentences, reactedTo: reaction?.thing)
          : voice.reply(
            to: question, said: unsayable, lastReply: state.lastReply, facts: state.ownFacts,
            saidSentences: state.saidSentences)),
      saidSentences: state.saidSentences)
    // Nothing new on what was asked is said plainly, of what was asked.
    if correction == nil, !encouraged {
      answer = voice.plainlyAnswered(answer, to: question, saidSentences: state.saidSentences)
    }
    // A reflection it welcomes that gives back all it has said is owned, never stonewalled.
    if correction == nil, !encouraged, critique.form == .reflection, question.form != .leading {
      answer = voice.heardOut(answer, saidSentences: state.saidSentences)
    }
    let before = state.confidence
    let heardLast = state.lastReply
    let waver = state.lastReplyWavered ? heardLast : nil
    let waversLeft = state.waversLeft
    // Only a gap it admits shakes it, always by one step, whatever the question; moved by the
    // question as the persona read it: a reflection offered with a question mark ("so it
    // sounds like …?") does not make it dig in, nor does a line the coach calls open.
    // A gap it has admitted already ("who checks it?", then "but who would check it?") costs
    // nothing more.
    // What it does itself is its life, not its belief: no answer ready leaves it unshaken.
    let admitsGap = answer.isUnready && !question.asksWhatItDoes
    let gap = gapWords(of: line)
    let sameGap = !gap.isEmpty && state.gapsAdmitted.contains { !$0.isDisjoint(with: gap) }
    let change =
      admitsGap
      ? (sameGap ? 0 : -Self.confidenceStep)
      : isRepeat || asksHowSure || pressed != nil || encouraged || critique.form == .open
        ? 0 : Self.confidenceChange(form: question.form)
    let after = Self.confidence(before, moved: change, startedAt: persona.confidence)
    var reply = PersonaVoice.runOnAfterColons(answer.text)
    // Its number on the asker's scale ("out of 10"), and a line only if it has one left: "those
    // are my reasons" after a number answers reasons nobody asked for.
    if asksHowSure {
      let scale = Self.confidenceScale(askedIn: read)
      let number = "About \(Self.confidence(before, outOf: scale)) out of \(scale)."
      reply = PersonaVoice.usedUpLines.contains(reply) ? number : number + " " + reply
    }
    if isRepeat { reply = "You asked me that already. " + reply }
    if pressed != nil { reply = Self.missedOpening + reply }
    if let complaint, pressed == nil {
      reply = Self.owning(complaint.fault, saidSentences: state.saidSentences) + reply
    }
    if apology != nil {
      reply = LearnerApology.acceptance(saidSentences: state.saidSentences) + " " + reply
    }
    if let told {
      reply = [told.acknowledgement, reply].filter { !$0.isEmpty }.joined(separator: " ")
    }
    let asked = SessionEvent.Asked(
      number: number, text: line, critique: SessionEvent.Critique(critique))
    record(.asked(asked), into: &step)
    record(
      .personaReply(.init(question: number, text: reply, admitsGap: admitsGap ? true : nil)),
      into: &step)
    if after != before { record(.personaConfidence(.init(value: after)), into: &step) }
    step.outputs.append(
      .review(
        QuestionReview(
          number: number, limit: Self.questionLimit, critique: asked.critique, isBrief: false)))
    // A question that opens with a reflection of its last reply is labelled one, by the same
    // reading the scorecard counts it with.
    if complaint != nil { step.outputs.append(.notice(Self.complaintFirstNote, tone: .plain)) }
    if apology != nil { step.outputs.append(.notice(LearnerApology.note, tone: .success)) }
    if pause { step.outputs.append(.notice(Self.encouragerNote, tone: .plain)) }
    // "that's not what i asked. …" after a waver finds the program's own misreading: no waver
    // the learner left.
    // Said once a drill: the scorecard counts the wavers left after that.
    if let waver, complaint == nil, waversLeft == 0,
      !ListeningScorecard.takesUpWaver(
        line, form: critique.form, waver: waver, belief: persona.belief, asked: state.lastAsked)
    {
      step.outputs.append(.notice(Self.waverLeftNote, tone: .plain))
    }
    if critique.form != .reflection,
      ListeningScorecard.reflections(in: line, form: critique.form, after: heardLast) > 0
    {
      step.outputs.append(.notice(Self.reflectionCredit, tone: .success))
    }
    step.outputs.append(
      .personaReply(PersonaAnswer(text: reply, confidenceBefore: before, confidenceAfter: after)))
    closeIfLast(number, into: &step)
    return step
  }

  /// What the coaching says of a question that opens with a reflection of the persona's reply.
  static let reflectionCredit =
    "It opens with a reflection of what the persona said: counted as one on your scorecard."

  // MARK: - The end

  /// Ends the drill: logs `end` and shows the scorecard when anything was logged.
  mutating func finish(_ reason: SessionEvent.EndReason, into step: inout DialogueStep) {
    guard state.phase != .finished else { return }
    if state.eventCount > 0 {
      record(.end(.init(reason: reason)), into: &step)
      step.outputs.append(.closingSummary)
    }
    state.phase = .finished
  }
}
