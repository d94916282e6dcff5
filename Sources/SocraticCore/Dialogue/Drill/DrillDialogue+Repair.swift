/// An apology with no question after it ("ok fair i pushed", "i went a bit hard there"): a
/// repair. The persona takes it in good part and waits for the next question, its confidence
/// unmoved; the coach credits the repair and counts the line as neither a question nor a
/// reflection.
extension DrillDialogue {
  /// The step for a line that is only an apology for the learner's last line; nil for any
  /// other line, or before the persona has said anything to be pushed about.
  mutating func answerRepair(_ line: String) -> DialogueStep? {
    guard state.persona != nil, state.lastReply != nil, LearnerApology.isWhole(line) else {
      return nil
    }
    let number = state.lastAskedNumber + 1
    let reply =
      LearnerApology.acceptance(saidSentences: state.saidSentences) + " "
      + LearnerApology.invitation
    let critique = QuestionCritique(
      question: line, form: .statement, kind: nil, problems: [], suggestion: nil)
    let asked = SessionEvent.Asked(
      number: number, text: line, critique: SessionEvent.Critique(critique))
    var step = DialogueStep()
    record(.asked(asked), into: &step)
    record(.personaReply(.init(question: number, text: reply)), into: &step)
    step.outputs.append(
      .review(
        QuestionReview(
          number: number, limit: Self.questionLimit, critique: asked.critique, isBrief: false)))
    step.outputs.append(.notice(LearnerApology.wholeNote, tone: .success))
    step.outputs.append(
      .personaReply(
        PersonaAnswer(
          text: reply, confidenceBefore: state.confidence, confidenceAfter: state.confidence)))
    closeIfLast(number, into: &step)
    return step
  }
}
