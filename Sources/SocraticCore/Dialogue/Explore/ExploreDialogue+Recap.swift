/// The mid-session recap: once the person has said which reason weighs most, or after a run of
/// answers, what was heard is given back in a sentence or two ending "Did I get that right?",
/// and the dialogue waits for the answer: a yes goes on, a correction sets the map right and is
/// given back in their words, anything else is an answer like any other.
extension ExploreDialogue {
  /// How many answers about a belief since the last summary bring a recap when they named no
  /// reason as weighing most.
  static let recapAnswerCount = 5
  /// The most recaps a thread gets.
  static let recapsPerThread = 2

  /// What `/why` says while a recap waits.
  static let recapPurpose =
    "I gave back what I've heard so far, to check I have it right before we go on. Say yes, "
    + "or tell me what I got wrong."
  /// Said to a yes, before the next question.
  static let recapConfirmedNotice = "Good. Let's go on."
  /// The first words of an apology for getting them wrong: one a session is enough.
  static let apologyOpening = CorrectionReply.apology

  /// The recap due after an answer, when one is: once they said which reason weighs most, or
  /// after `recapAnswerCount` answers since the last summary; never after a moment that is
  /// answered first (a feeling, a wavering), a question put back, a repeat or noise; at most
  /// `recapsPerThread` a thread, and a second only when it leads with what the first did not.
  /// An answer that tells of seeing something anew ("i get why parents panic now") is taken up
  /// first: the recap waits a turn.
  /// - Parameter isHeard: whether the answer was given back or met already: one that was not
  ///   is heard in the recap itself, leading it, or the recap waits a turn.
  func dueRecap(after read: ReadAnswer, saying line: String, arc: String?, isHeard: Bool)
    -> String?
  {
    guard state.fold.recapCount < Self.recapsPerThread, read.isAnswer, !Self.seesAnew(line),
      MomentQuestions.moments(of: read).isEmpty, !read.asksPurpose, !read.isDefensive,
      !read.has(.asksBack), !read.has(.repeat), !read.declinesFeelings
    else { return nil }
    let named =
      arc == ExploreArcStep.weight.rawValue && state.map.strongest != nil
      && state.fold.recapCount == 0
    guard named || state.fold.answersSinceSummary >= Self.recapAnswerCount,
      let recap = ReflectionWriter.recap(of: state.map, afterReflection: isHeard),
      !state.fold.recapGists.contains(ReflectionWriter.recapGist(of: recap))
    else { return nil }
    // "the bus one i reckon": heard when the recap leads with what they named.
    guard isHeard || recapLeadsWith(line) else { return nil }
    return recap
  }

  /// Whether the reason a recap leads with shares a word that carries meaning with an answer.
  func recapLeadsWith(_ line: String) -> Bool {
    guard let lead = ReflectionWriter.recapReasons(of: state.map).first?.text else {
      return false
    }
    let said = BeliefMap.stems(of: TypedTextLimit.prefix(of: line, characters: 1_000))
    return !said.isDisjoint(with: BeliefMap.stems(of: lead))
  }

  /// Whether an answer tells of seeing something anew: "now i get why", "never thought of it
  /// that way", "i realise".
  static func seesAnew(_ line: String) -> Bool {
    let words = BeliefMap.plainWords(TypedTextLimit.prefix(of: line, characters: 1_000))
    return insightCues.contains { BeliefMap.has($0, in: words) }
  }

  /// Words that tell of seeing something anew.
  static let insightCues: [[String]] = [
    "i get why", "i can see why", "i see why", "now i see", "i never thought", "never thought of",
    "i hadnt thought", "hadnt thought of", "i can understand why", "i understand why",
    "makes sense now", "made me think", "makes me think", "got me thinking", "made me realise",
    "made me realize", "i realise", "i realize", "i realised", "i realized", "i get it now",
    "i see it differently", "changed my mind", "i was wrong",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Says the recap and waits for the person's answer to it.
  mutating func giveRecap(_ text: String, into step: inout DialogueStep) {
    record(.summary(.init(text: text, checks: true)), into: &step)
    step.outputs.append(.notice(text, tone: .plain))
  }

  /// What the person said to the recap: a yes is acknowledged, a correction given back in their
  /// words (with an apology the first time in the session), a bare "no" asked about; anything
  /// else is read as an answer.
  mutating func answerRecap(_ line: String, after number: Int) -> DialogueStep {
    let said = RecapAnswer.read(line, afterDenial: state.fold.recapDenied)
    if said == .other { return answer(line, to: number, answeringRecap: true) }
    var step = DialogueStep()
    let read = state.fold.reading(of: line)
    record(
      .answer(.init(question: number, text: line, moves: read.moves.map(\.rawValue), recap: true)),
      read: read, into: &step)
    switch said {
    case .confirms:
      say(Self.recapConfirmedNotice, into: &step)
    case .denies:
      say(CorrectionReply(meant: nil, apologising: !state.hasApologised).text, into: &step)
      return step
    case .corrects(let meant):
      // What they meant, given back once, short and turned to "you" (`RecapAnswer` reads a
      // correction that cannot be as a bare "no").
      let reply = CorrectionReply(meant: meant, apologising: !state.hasApologised)
      reflect(reply.text, depth: .simple, of: number, into: &step)
    case .other:
      break
    }
    askNextQuestion(into: &step, closingWhenNoneLeft: true)
    return step
  }

  /// Keeps what a recap waits for, and whether an apology was made, as the events say.
  mutating func applyToRecap(_ event: SessionEvent.Payload) {
    switch event {
    case .summary(let value):
      state.openRecap = value.isCheck ? value.text : nil
    case .answer(let value):
      // A bare "no" keeps the recap waiting for what they meant.
      if !(value.answersRecap && state.fold.recapDenied) { state.openRecap = nil }
    case .question, .skip, .belief, .newThread, .end:
      state.openRecap = nil
    case .reflection(let value):
      if value.text.hasPrefix(Self.apologyOpening) { state.hasApologised = true }
    case .said(let value):
      if value.text.hasPrefix(Self.apologyOpening) { state.hasApologised = true }
    default:
      break
    }
  }
}
