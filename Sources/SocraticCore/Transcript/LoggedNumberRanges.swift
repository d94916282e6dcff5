/// The ranges a session's numbers can take, checked where a log is read.
///
/// A hand-edited or damaged log can hold any integer JSON allows. One outside what a session
/// can write (a confidence of 1000, a question number near `Int.max`) would be shown as real
/// data, or trap in arithmetic over it (a shift, the next question's number), so a line
/// holding one is set aside with a warning like any other line that cannot be read.
enum LoggedNumberRanges {
  /// A confidence rating, the person's or the persona's.
  static let confidence = 0...100
  /// A counter a session writes: question, answer, thread and line numbers. A billion is far
  /// beyond any session, and far enough from `Int.max` that counting on from it cannot trap.
  static let counter = 1...1_000_000_000
  /// The answer a reflection gives back; 0 is the stated belief itself.
  static let reflected = 0...counter.upperBound

  /// The first number of an event that is out of its range, or nil when all are in range.
  static func outOfRange(in payload: SessionEvent.Payload) -> SessionLogWarning.OutOfRange? {
    let numbers: [(key: String, value: Int?, range: ClosedRange<Int>)]
    switch payload {
    case .topic, .belief, .note, .theySaid, .suggestions, .stage, .end, .summary, .said:
      numbers = []
    case .newThread(let thread):
      numbers = [("number", thread.number, counter)]
    case .confidence(let confidence):
      numbers = [("value", confidence.value, Self.confidence)]
    case .question(let question):
      numbers = [("number", question.number, counter), ("follows", question.follows, counter)]
    case .reflection(let reflection):
      numbers = [("reflects", reflection.reflects, reflected)]
    case .answer(let answer):
      numbers = [("question", answer.question, counter)]
    case .skip(let skip):
      numbers = [("question", skip.question, counter)]
    case .asked(let asked):
      numbers = [("number", asked.number, counter)]
    case .persona(let persona):
      numbers = [("confidence", persona.confidence, Self.confidence)]
    case .personaReply(let reply):
      numbers = [("question", reply.question, counter)]
    case .personaConfidence(let confidence):
      numbers = [("value", confidence.value, Self.confidence)]
    case .resumed(let resumed):
      numbers = [("torn_line", resumed.tornLine, counter)]
    }
    for number in numbers {
      guard let value = number.value, !number.range.contains(value) else { continue }
      return .init(key: number.key, value: value, range: number.range)
    }
    return nil
  }
}
