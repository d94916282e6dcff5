/// A brief answer that names something, taken as the answer it is.
extension ExploreDialogue {
  /// Gives back what a brief answer named and asks about it (`BriefAnswer`), or asks on when
  /// it only places the answer on a scale ("medium"); false, with
  /// nothing said, when the line is no such answer.
  mutating func takeUpBriefAnswer(
    _ line: String, of number: Int, into step: inout DialogueStep
  ) -> Bool {
    // "hm thats interesting", "you asked that": a word on the talk, never a name.
    guard TurnRequest.read(line) == nil, !TurnRequest.isInsight(line),
      let brief = BriefAnswer.read(line)
    else { return false }
    reflect(brief.reflection, depth: .simple, of: number, into: &step)
    if let question = brief.question, !isAsked(question) {
      ask(
        PlannedQuestion(Question(kind: .clarification, text: question), source: .followUp),
        follows: number, arc: .moment, into: &step)
    } else {
      askNextQuestion(into: &step, closingWhenNoneLeft: true)
    }
    return true
  }
}
