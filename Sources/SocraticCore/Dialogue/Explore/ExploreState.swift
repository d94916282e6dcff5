/// Where an explore session stands.
///
/// Everything in it except `phase` is what the session's logged events add up to: it changes only
/// in `ExploreDialogue.apply(_:reading:)`, live as each event is made and on `--resume` as the log
/// is read back, so a resumed session is in the state the live one was in. `phase` is derived from
/// the same facts (`settledPhase`), except for the short steps no event marks: confirming a belief
/// is done, and the confidence asked before a new belief or at the end.
public struct ExploreState: Sendable, Equatable {
  /// What the session waits for.
  public enum Phase: Sendable, Equatable {
    /// A topic from the menu, or a belief of the person's own.
    case choosingTopic
    /// A belief (or the number of a topic's sample belief).
    case statingBelief
    /// Whether the belief was understood as meant: yes, no, or a restatement.
    case confirmingBelief
    /// The confidence before the questions.
    case ratingConfidence
    /// The answer to this question.
    case answering(question: Int)
    /// The answer to the recap said after this question's answer ("Did I get that right?").
    case checkingRecap(after: Int)
    /// Nothing: the next question is to be chosen. Never waited in; input finds
    /// `outOfQuestions` instead.
    case awaitingQuestion
    /// No question is left about the belief: only commands (`/belief`, `/quit`) move on.
    case outOfQuestions
    /// The confidence in the belief before another is explored (`/belief`).
    case closingThread
    /// The confidence at the end, then the session ends for this reason.
    case closingSession(SessionEvent.EndReason)
    /// The session is over.
    case finished
  }

  /// What the session waits for now.
  public internal(set) var phase: Phase = .choosingTopic
  /// The topic chosen (a pack id), or nil for the person's own belief.
  public internal(set) var topic: String?
  /// Whether the topic no longer needs choosing: chosen, given with `--topic`, or skipped
  /// because a belief was given with `--belief`.
  var isTopicSettled = false
  /// The thread of questioning: 1, then 2, 3… after each `/belief`.
  public internal(set) var thread = 1
  /// The current thread's belief, as the engine read it.
  public internal(set) var belief: BeliefAnalysis?
  /// The questions about that belief.
  var plan: QuestionPlan?
  /// Whether the current thread's belief was rated before its questions.
  public internal(set) var hasConfidenceBefore = false
  /// The number of the last question asked (questions are numbered across the session).
  public internal(set) var lastQuestionNumber = 0
  /// The last question asked.
  public internal(set) var currentQuestion: SessionEvent.QuestionAsked?
  /// Whether that question still waits for an answer or a skip.
  var isCurrentQuestionOpen = false
  /// The text of every question asked in the session: none is asked twice.
  public internal(set) var askedTexts: Set<String> = []
  /// The words that carry meaning in the current belief: questions are compared without them.
  var beliefWords: Set<String> = []
  /// The words that carry meaning in each question asked in the thread, besides its belief's:
  /// none is asked again in other words.
  var askedWords: [Set<String>] = []
  /// The kind of each question asked in the thread, in order: a question of a kind asked
  /// before may feel asked again.
  var askedKinds: [QuestionKind] = []
  /// What the questions asked in the thread asked for, of the intents explore asks once
  /// (`ExploreDialogue.intentsAskedOnce`).
  var askedIntents: Set<QuestionIntent> = []
  /// The kind of the last question that was not a follow-up: the rotation goes on from it.
  var lastRotatedKind: QuestionKind?
  /// What the person said about the current thread's belief, folded from its events.
  var fold = BeliefMapFold()
  /// The map of the current thread's belief.
  public var map: BeliefMap { fold.map }
  /// The words of the last two answers about the current belief, as `QuestionWording` reads
  /// them: a pack question that shares none of them comes out of the blue.
  var recentAnswerWords: [Set<String>] = []
  /// The same, as one set.
  var recentWords: Set<String> { recentAnswerWords.reduce(into: []) { $0.formUnion($1) } }
  /// What the last answer gave, which the next question does not ask for again.
  var lastGiven = AnswerGiven()
  /// The steps of the arc asked in the current thread.
  var arcDone: Set<ExploreArcStep> = []
  /// How many pack questions the arc asked in the current thread.
  var packAsked = 0
  /// The question whose answer the last reflection gave back.
  var lastReflected: Int?
  /// The reflections the session gave, in order: none is said again, nor two in a row alike.
  var reflectionsSaid: [String] = []
  /// The recap that waits for the person to say whether it got them right, when one does.
  var openRecap: String?
  /// Whether the session has apologised for getting them wrong: once is enough, a second
  /// correction is thanked for instead.
  var hasApologised = false
  /// The lines the session said besides reflections and questions: none is said twice.
  var saidLines: Set<String> = []
  /// Whether the session gave a stock reflection (`ReflectionWriter.isStock`): one is enough.
  var hasSaidStock = false
  /// How many reflections and summaries, and questions, the session gave.
  public internal(set) var reflectionCount = 0
  public internal(set) var questionCount = 0
  /// How many events the session has: none means nothing needs logging at the end.
  public internal(set) var eventCount = 0
  /// The questions answered, counted as the end summary counts them (`AnswerTally`).
  var answers = AnswerTally()
  /// How many questions were answered, as the end summary counts them.
  public var answeredCount: Int { answers.answered.count }
  /// How many questions were skipped.
  public internal(set) var skippedCount = 0

  /// Whether any thread of the session has had a belief.
  var hasAnyBelief: Bool { belief != nil || thread > 1 }

  /// The phase the facts alone call for.
  var settledPhase: Phase {
    guard belief != nil else {
      return isTopicSettled || thread > 1 ? .statingBelief : .choosingTopic
    }
    guard hasConfidenceBefore else { return .confirmingBelief }
    if openRecap != nil, let question = currentQuestion {
      return .checkingRecap(after: question.number)
    }
    if isCurrentQuestionOpen, let question = currentQuestion {
      return .answering(question: question.number)
    }
    return .awaitingQuestion
  }

  /// Whether the questions about the current belief have started.
  var isQuestioning: Bool {
    switch phase {
    case .answering, .checkingRecap, .awaitingQuestion, .outOfQuestions: true
    default: false
    }
  }
}
