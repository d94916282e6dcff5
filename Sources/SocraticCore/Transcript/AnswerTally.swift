/// Which questions a session's answers answered, by one rule for the live session (the count
/// `--resume` shows) and its summary: a question is answered when an answer to it says
/// something (`AnswerMoveReader.saysNothing`), besides a goodbye the session ended on ("right
/// that's me done, ta-ra"). An answer to a recap answers no question.
struct AnswerTally: Sendable, Equatable {
  /// The numbers of the questions answered: a goodbye that is the last word so far (the
  /// session ended on it, or waits on the closing rating it asked for) answers none.
  var answered: Set<Int> { leftOn.map { counted.subtracting([$0]) } ?? counted }
  /// The numbers of the questions an answer said something to.
  private var counted: Set<Int> = []
  /// The question whose only saying answer took leave, while nothing has come after it but
  /// the notice it is thanked with, the closing rating and the end.
  private var leftOn: Int?

  /// Counts one event of the session.
  mutating func apply(_ payload: SessionEvent.Payload) {
    switch payload {
    // "right im off" then "60": the closing rating asked after a goodbye keeps it the last word.
    case .said, .confidence, .end: break
    case .answer(let value) where !value.answersRecap:
      leftOn = nil
      guard !AnswerMoveReader.saysNothing(value.text), !counted.contains(value.question)
      else { break }
      if value.moves == [AnswerMove.offTopic.rawValue], !Self.saysMoreThanGoodbye(value.text) {
        // "ok im off now, bye": a goodbye answers nothing, whatever comes after it (the
        // closing rating, or the next question when the session is resumed).
        if Self.takesLeave(value.text) { break }
        leftOn = value.question
      }
      counted.insert(value.question)
    default: leftOn = nil
    }
  }

  /// Whether an answer read as taking leave says something besides it ("That line mostly.
  /// I'll email the council. Right, I'll leave it there."): a sentence of a few words that, read
  /// alone, neither takes leave nor says nothing. Such an answer counts as answered.
  static func saysMoreThanGoodbye(_ text: String) -> Bool {
    let sentences = SentenceSplitter.sentences(in: text)
    guard sentences.count > 1 else { return false }
    return sentences.contains { sentence in
      guard sentence.split(separator: " ").count >= minimumSaying else { return false }
      let moves = AnswerMoveReader.read(sentence).moves
      return !moves.contains(.offTopic) && !moves.contains(.noContent)
    }
  }

  /// Whether an answer takes leave, as the live session reads it: a goodbye or a stop.
  static func takesLeave(_ text: String) -> Bool {
    AnswerMoveReader.read(text).isLeaving || TurnRequest.read(text) == .stop
  }

  /// How many words a sentence needs to say something beside a goodbye: "ok thanks." does not.
  private static let minimumSaying = 3
}
