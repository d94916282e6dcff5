/// Where a drill session stands.
///
/// Everything in it except `phase` before the persona is logged is what the session's logged events
/// add up to: it changes only in `DrillDialogue.apply(_:reading:)`, live as each event is made and
/// on `--resume` as the log is read back, so a resumed session is in the state the live one was in.
/// The persona is chosen before anything is logged and logged with the session's first event, so a
/// session left at once leaves no log.
public struct DrillState: Sendable, Equatable {
  /// What the session waits for.
  public enum Phase: Sendable, Equatable {
    /// A topic from the menu.
    case choosingTopic
    /// The person's next question.
    case asking
    /// The session is over.
    case finished
  }

  public internal(set) var phase: Phase = .choosingTopic
  /// The persona: the belief it holds, its confidence at the start and its reasons.
  public internal(set) var persona: SessionEvent.Persona?
  /// Whether the persona is in the log yet.
  var isPersonaLogged = false
  /// Whether the topic was chosen from the menu, so is not in the log's header.
  var isTopicFromMenu = false
  /// How sure the persona is now, from 0 to 100.
  public internal(set) var confidence = 0
  /// The number of the last question asked (1, 2, …).
  public internal(set) var lastAskedNumber = 0
  /// The questions asked, each as its words in lowercase: a question asked again moves nothing.
  var askedKeys: Set<String> = []
  /// The kinds of the questions asked, for `/hint`.
  public internal(set) var kindsAsked: Set<QuestionKind> = []
  /// The persona's lines said so far, by their text: none is said twice while others are left.
  var saidLines: Set<String> = []
  /// The sentences the persona has said, each as its words in lowercase: none is said twice.
  var saidSentences: Set<String> = []
  /// What the persona has said of its own life: it never says the opposite.
  var ownFacts = OwnFacts()
  /// The last question, as typed: what the reply after it answers.
  var lastAsked: String?
  /// What the persona said last: a reflection's depth is judged against it.
  var lastReply: String?
  /// Whether its last reply admitted a gap and left it less sure: a moment to take up.
  var lastReplyWavered = false
  /// How many gaps it admitted the next line left: the coach says so once a drill.
  var waversLeft = 0
  /// What each gap it admitted was about (`DrillDialogue.gapWords(of:)`), in order.
  var gapsAdmitted: [Set<String>] = []
  /// How many events the session has: none means nothing needs logging at the end.
  public internal(set) var eventCount = 0
}
