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
  /// Said to a bare "no" after an apology was made already.
  static let recapMissedNotice = "What did I miss?"
  /// The first words of an apology for getting them wrong: one a session is enough.
  static let apologyOpening = "Sorry, I got that wrong"

  /// The recap due after an answer, when one is: once they said which reason weighs most, or
  /// after `recapAnswerCount` answers since the last summary; never after a moment that is
  /// answered first (a feeling, a wavering), a question put back, a repeat or noise; at most
  /// `recapsPerThread` a thread, never the same twice.
  /// An answer that tells of seeing something anew ("i get why parents panic now") is taken up
  /// first: the recap waits a turn.
  func dueRecap(after read: ReadAnswer, saying line: String, arc: String?) -> String? {
    guard state.fold.recapCount < Self.recapsPerThread, read.isAnswer, !Self.seesAnew(line),
      MomentQuestions.moments(of: read).isEmpty, !read.asksPurpose, !read.isDefensive,
      !read.has(.asksBack), !read.has(.repeat), !read.declinesFeelings
    else { return nil }
    let named =
      arc == ExploreArcStep.weight.rawValue && state.map.strongest != nil
      && state.fold.recapCount == 0
    guard named || state.fold.answersSinceSummary >= Self.recapAnswerCount,
      let recap = ReflectionWriter.recap(of: state.map), recap != state.fold.lastSummary
    else { return nil }
    return recap
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
    let apology = state.hasApologised ? nil : Self.apologyOpening
    record(
      .answer(.init(question: number, text: line, moves: read.moves.map(\.rawValue), recap: true)),
      read: read, into: &step)
    switch said {
    case .confirms:
      say(Self.recapConfirmedNotice, into: &step)
    case .denies:
      say(apology.map { $0 + ". " + Self.recapMissedNotice } ?? Self.recapMissedNotice, into: &step)
      return step
    case .corrects(let meant):
      let theirs = Self.givenBack(meant)
      let lead = apology.map { $0 + ": so " } ?? "Got it: so "
      reflect(lead + theirs + ".", depth: .simple, of: number, into: &step)
    case .other:
      break
    }
    askNextQuestion(into: &step, closingWhenNoneLeft: true)
    return step
  }

  /// What they meant, given back once in their words: "it's more that your rent keeps going
  /// up", "it's more the parking".
  private static func givenBack(_ meant: String) -> String {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(meant))
    let isClause = ClauseParser.finiteVerbIndex(in: tokens) != nil
    let theirs =
      (isClause ? ReflectionWriter.given(meant) : ReflectionWriter.secondPersonPhrase(meant))
      ?? meant
    return isClause ? "it's more that " + theirs : "it's more " + theirs
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
