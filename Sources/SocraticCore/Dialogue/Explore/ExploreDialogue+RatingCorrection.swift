/// A rating set right along the way ("i said 95 not 100"): the miss is owned, the right number
/// replaces the one held, and the question they were asked is put again.
extension ExploreDialogue {
  /// The rating an answer sets right, if it sets the held one right.
  func ratingCorrection(in line: String) -> Int? {
    RatingCorrection.rating(
      in: line, replacing: state.map.confidence, besides: state.belief?.belief ?? "")
  }

  /// Logs the answer and the corrected rating, owns the number given back wrong, and asks the
  /// open question again.
  mutating func setRatingRight(
    _ line: String, to value: Int, answering number: Int, into step: inout DialogueStep
  ) {
    owningRating(line, setRightTo: value, answering: number, into: &step)
    guard let question = state.currentQuestion else {
      askNextQuestion(into: &step, closingWhenNoneLeft: true)
      return
    }
    ask(
      PlannedQuestion(Question(kind: question.kind, text: question.text), source: question.source),
      follows: question.follows, arc: question.arc.flatMap(ExploreArcStep.init(rawValue:)),
      into: &step)
  }

  /// Logs the answer and the corrected rating, which replaces the one held wherever it was
  /// given (the closing rating too), and owns the number given back wrong.
  mutating func owningRating(
    _ line: String, setRightTo value: Int, answering number: Int, into step: inout DialogueStep
  ) {
    let held = state.map.confidence ?? value
    // Said of the rating, not to the question: it is not counted as an answer, and none of
    // their words on the map is rewritten by it.
    let moves = [AnswerMove.noContent.rawValue]
    record(.answer(.init(question: number, text: line, moves: moves)), into: &step)
    record(.confidence(.init(value: value, moment: .correction, said: line)), into: &step)
    reflect(RatingCorrection.reply(value, replacing: held), depth: .simple, of: number, into: &step)
  }
}
