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
    let reply =
      LearnerApology.acceptance(saidSentences: state.saidSentences) + " "
      + LearnerApology.invitation
    return unaskedTurn(line, reply: reply, note: .notice(LearnerApology.wholeNote, tone: .success))
  }
}
