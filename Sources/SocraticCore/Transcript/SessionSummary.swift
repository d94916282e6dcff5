import Foundation

/// What a session came to, folded from its events: what list, show, export, stats and a
/// session's own closing summary report.
///
/// The session's *headline* belief is the one its front matter and list line show: in
/// explore, the belief of the last thread (where the person ended up; a restatement replaces
/// the thread's earlier wording); in partner, the first thing the other person said; in
/// drill, the persona's belief. `confidenceBefore` and `confidenceAfter` belong to that
/// belief: the thread's first `before` and last `after` rating in explore, the persona's
/// starting and last confidence in drill, none in partner.
public struct SessionSummary: Sendable, Equatable {
  /// One thread of questioning about one belief.
  public struct BeliefThread: Sendable, Equatable {
    /// 1 for the belief the session started with, then 2, 3… for each `/belief`.
    public var number: Int
    /// Every statement of the belief in this thread, in order; the last one counts.
    public var statements: [SessionEvent.Belief] = []
    /// The first confidence given before the questions.
    public var confidenceBefore: Int?
    /// The last confidence given at the end.
    public var confidenceAfter: Int?
    /// The most recent confidence of any moment.
    public var latestConfidence: Int?
    /// When the most recent confidence other than a correction was given.
    public var latestMoment: SessionEvent.ConfidenceMoment?
    /// The last confidence given with `/confidence N` (an update).
    public var lastUpdate: Int?
    /// Explore: what the person said about the belief.
    public var map = BeliefMap()

    /// The belief as last stated.
    public var belief: SessionEvent.Belief? { statements.last }

    /// The confidence the thread ended with: the rating at the end, else the last `/confidence`.
    public var confidenceAtEnd: Int? { confidenceAfter ?? lastUpdate }
  }

  /// A question the tool asked and what became of it.
  public struct QuestionRecord: Sendable, Equatable {
    public var question: SessionEvent.QuestionAsked
    /// The thread it was asked in.
    public var thread: Int
    /// The answer, exactly as typed; nil when not answered.
    public var answer: String?
    /// Whether the person skipped it.
    public var isSkipped: Bool
    /// Whether the question was answered, as `AnswerTally` counts it: an answer said something
    /// besides a goodbye.
    public internal(set) var isAnswered = false
  }

  /// A note and where in the session it was made.
  public struct NoteRecord: Sendable, Equatable {
    public var note: SessionEvent.Note
    /// The number of the last question asked before the note, if any.
    public var afterQuestion: Int?
  }

  /// A question the person asked (partner or drill), with the persona's reply in drill.
  public struct AskedRecord: Sendable, Equatable {
    public var asked: SessionEvent.Asked
    public var reply: String?
    /// What the other side said last before it (the persona's reply to the question before,
    /// their last line in partner), if anything.
    public var previous: String? = nil
    /// Drill: how far the persona's confidence moved right after it (0 when it held); nil when
    /// no rating followed its reply.
    public var confidenceChange: Int? = nil
    /// Drill: whether the persona admitted a gap in its reply; nil in logs that do not say.
    public var admitsGap: Bool? = nil
  }

  public var id: String
  public var mode: SessionMode
  /// The topic: a `topic` event's choice, else the header's.
  public var topic: String?
  public var started: Date
  /// When the session ended; nil when it has no `end` event, or was resumed after it.
  public var ended: Date?
  /// How the session ended; nil while `ended` is.
  public var endReason: SessionEvent.EndReason?
  public var threads: [BeliefThread] = []
  public var questions: [QuestionRecord] = []
  public var notes: [NoteRecord] = []
  /// Partner mode: what the other person said, in order.
  public var theySaid: [SessionEvent.TheySaid] = []
  /// Partner and drill: the questions the person asked.
  public var asked: [AskedRecord] = []
  /// Partner mode: a plan the person put to them that they took up, as typed.
  public var agreedPlan: String?
  /// Partner mode: the stages reached, in order.
  public var stages: [String] = []
  /// Drill mode: the persona.
  public var persona: SessionEvent.Persona?
  /// Drill mode: the persona's latest confidence.
  public var personaConfidence: Int?

  /// Folds a session's events.
  /// - Parameter includingMaps: whether to build the belief maps as well, which reads every
  ///   answer again (most of the fold's cost); `sessions list`, `stats` and `sessions delete`
  ///   show no map and leave it out. Without it, `map` is nil and `mapDigest` empty.
  public init(_ transcript: SessionTranscript, includingMaps: Bool = true) {
    let header = transcript.header
    hasMaps = includingMaps
    id = header.id
    mode = header.mode
    topic = header.topic
    started = header.started
    var questionIndex: [Int: Int] = [:]
    var askedIndex: [Int: Int] = [:]
    var fold = BeliefMapFold()
    var otherSideSaid: String?
    var proposed: String?
    var tally = AnswerTally()
    for event in transcript.events {
      tally.apply(event.payload)
      if includingMaps {
        if case .newThread = event.payload, !threads.isEmpty {
          threads[threads.count - 1].map = fold.map
        }
        fold.apply(event.payload)
      }
      switch event.payload {
      case .topic(let value):
        topic = value.topic
      case .belief(let value):
        if threads.isEmpty { threads.append(BeliefThread(number: 1)) }
        threads[threads.count - 1].statements.append(value)
      case .newThread(let value):
        threads.append(BeliefThread(number: max(value.number, (threads.last?.number ?? 0) + 1)))
      case .confidence(let value):
        if threads.isEmpty { threads.append(BeliefThread(number: 1)) }
        var thread = threads[threads.count - 1]
        // "i said 95 not 100": a rating set right replaces the one given last, where it was.
        let moment = value.moment == .correction ? thread.latestMoment : value.moment
        if moment == .before, thread.confidenceBefore == nil || value.moment == .correction {
          thread.confidenceBefore = value.value
        }
        if moment == .after { thread.confidenceAfter = value.value }
        if moment == .update { thread.lastUpdate = value.value }
        if value.moment != .correction { thread.latestMoment = value.moment }
        thread.latestConfidence = value.value
        threads[threads.count - 1] = thread
      case .question(let value):
        questionIndex[value.number] = questions.count
        questions.append(
          QuestionRecord(
            question: value, thread: threads.last?.number ?? 1, answer: nil, isSkipped: false))
      case .answer(let value):
        // An answer to a recap is no answer to the question before it.
        if !value.answersRecap, let index = questionIndex[value.question] {
          questions[index].answer = value.text
          questions[index].isSkipped = false
        }
      case .skip(let value):
        if let index = questionIndex[value.question], questions[index].answer == nil {
          questions[index].isSkipped = true
        }
      case .reflection, .summary, .said:
        break
      case .note(let value) where [.hint, .aside].contains(value.category):
        break
      case .note(let value):
        notes.append(NoteRecord(note: value, afterQuestion: questions.last?.question.number))
      case .theySaid(let value):
        theySaid.append(value)
        otherSideSaid = value.text
        if let plan = proposed, Self.takesUp(value.text) { agreedPlan = plan }
        proposed = nil
      case .suggestions:
        break
      case .asked(let value):
        if mode == .partner, ListenerCourtesy.kind(of: value.text) == .proposal {
          proposed = value.text
        }
        askedIndex[value.number] = asked.count
        asked.append(AskedRecord(asked: value, reply: nil, previous: otherSideSaid))
      case .stage(let value):
        stages.append(value.stage)
      case .persona(let value):
        persona = value
        personaConfidence = value.confidence
      case .personaReply(let value):
        // A reply to an aside answers no question, and is not what the next line follows.
        guard let question = value.question else { break }
        if let index = askedIndex[question] {
          asked[index].reply = value.text
          asked[index].admitsGap = value.admitsGap
        }
        otherSideSaid = value.text
      case .personaConfidence(let value):
        if let last = asked.indices.last, asked[last].reply != nil, let before = personaConfidence {
          asked[last].confidenceChange = value.value - before
        }
        personaConfidence = value.value
      case .resumed:
        ended = nil
        endReason = nil
      case .end(let value):
        ended = event.at
        endReason = value.reason
      }
    }
    for index in questions.indices {
      questions[index].isAnswered = tally.answered.contains(questions[index].question.number)
    }
    guard includingMaps else { return }
    if !threads.isEmpty { threads[threads.count - 1].map = fold.map }
    if mode == .partner { partnerMap = PartnerMapFold.map(of: transcript.events) }
  }

  /// Whether the maps were folded (`init(_:includingMaps:)`).
  private let hasMaps: Bool

  /// Partner mode: what the other person said, as a belief map.
  private var partnerMap: BeliefMap?

  /// Explore: what the person said about the headline belief; partner: what the other person
  /// said; nil in drill, and when the maps were left out.
  public var map: BeliefMap? {
    guard hasMaps else { return nil }
    return switch mode {
    case .explore: headlineThread?.map
    case .partner: partnerMap
    case .drill: nil
    }
  }

  /// The heading the map is shown under: "What you said" (explore) or "What they said"
  /// (partner).
  public var mapHeading: String { mode == .partner ? "What they said" : "What you said" }

  /// The map as the end of a session shows it, without the notes the summary lists already:
  /// in the person's second person in explore, in the other person's words in partner.
  public var mapDigest: [BeliefMap.DigestSection] {
    let shown = Set(notes.map(\.note.text))
    switch mode {
    case .explore:
      return withFeelingsInTheirWords(
        map?.digest(excludingNotes: shown) ?? [], feelings: map?.namedFeelings ?? [])
    case .partner:
      return withFeelingsInTheirWords(partnerDigest, feelings: map?.namedFeelings ?? [])
    case .drill: return []
    }
  }
}
