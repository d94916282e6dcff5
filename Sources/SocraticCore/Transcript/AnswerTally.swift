/// Which questions a session's answers answered, by one rule for the live session (the count
/// `--resume` shows) and its summary: a question is answered when an answer to it says
/// something (`AnswerMoveReader.saysNothing`), besides a goodbye the session ended on ("right
/// that's me done, ta-ra"). An answer to a recap answers no question.
struct AnswerTally: Sendable, Equatable {
  /// The numbers of the questions answered.
  private(set) var answered: Set<Int> = []
  /// The question whose only saying answer took leave, while nothing has come after it but
  /// the notice it is thanked with.
  private var leftOn: Int?

  /// Counts one event of the session.
  mutating func apply(_ payload: SessionEvent.Payload) {
    switch payload {
    case .said: break
    case .end:
      if let question = leftOn { answered.remove(question) }
    case .answer(let value) where !value.answersRecap:
      leftOn = nil
      guard !AnswerMoveReader.saysNothing(value.text), !answered.contains(value.question)
      else { break }
      answered.insert(value.question)
      if value.moves == [AnswerMove.offTopic.rawValue], !Self.saysMoreThanGoodbye(value.text) {
        leftOn = value.question
      }
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

  /// How many words a sentence needs to say something beside a goodbye: "ok thanks." does not.
  private static let minimumSaying = 3
}
