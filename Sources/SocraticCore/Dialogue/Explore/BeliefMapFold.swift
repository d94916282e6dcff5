/// Folds an explore thread's logged events into its belief map: the one place where the map is
/// built, live, on resuming, and for a past session's summary and export (old logs included:
/// answers are read again, so a log written before answers were read by their moves has a map
/// too).
struct BeliefMapFold: Sendable, Equatable {
  /// The map so far.
  private(set) var map = BeliefMap()
  /// The thread's answers, as typed: an answer said again is recognised.
  private(set) var answers: [String] = []
  /// The reasons on the map that were asked about, by index.
  private(set) var probedReasons: Set<Int> = []
  /// How many answers the map took in since the last summary.
  private(set) var answersSinceSummary = 0
  /// The last question asked.
  private var question: SessionEvent.QuestionAsked?

  /// Brings an event of the thread into the map. A `thread` event starts the map again.
  mutating func apply(_ event: SessionEvent.Payload) {
    switch event {
    case .belief(let value):
      self = BeliefMapFold()
      map.claim = value.claim ?? value.text
      if let reason = value.reason { map.record(AnswerMoveReader.read(reason)) }
    case .newThread:
      self = BeliefMapFold()
    case .confidence(let value):
      if value.moment == .before, map.confidenceBefore == nil { map.confidenceBefore = value.value }
      map.confidence = value.value
    case .question(let value):
      question = value
      if value.arc == ExploreArcStep.probe.rawValue,
        let index = map.reasons.indices.first(where: { !probedReasons.contains($0) })
      {
        probedReasons.insert(index)
      }
    case .answer(let value):
      let read = reading(of: value.text)
      answers.append(value.text)
      if read.isAnswer {
        answersSinceSummary += 1
        map.record(read, probedReason: probedReason)
      }
    case .summary:
      answersSinceSummary = 0
    case .note(let value):
      map.notes.append(BeliefMap.Note(text: value.text, category: value.category?.rawValue))
    default:
      break
    }
  }

  /// An answer to the last question, read with what the thread heard before.
  func reading(of answer: String) -> ReadAnswer {
    let arc = question?.arc.flatMap(ExploreArcStep.init(rawValue:))
    let expectsReason: Bool
    switch arc {
    case .reasons?, .moreReasons?, .probe?: expectsReason = true
    case nil: expectsReason = question?.kind == .evidence
    default: expectsReason = false
    }
    return AnswerMoveReader.read(answer, earlier: answers, expectsReason: expectsReason)
  }

  /// The reason the last question asked about, when it probed one.
  private var probedReason: Int? {
    guard question?.arc == ExploreArcStep.probe.rawValue else { return nil }
    return probedReasons.max()
  }
}
