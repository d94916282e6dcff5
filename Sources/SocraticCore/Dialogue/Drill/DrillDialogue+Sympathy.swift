/// A line of sympathy, or one that says the learner was not arguing (`LearnerSympathy`): the
/// persona takes it warmly and waits, its confidence unmoved.
extension DrillDialogue {
  /// The step for a line of sympathy alone; nil for any other line, or before the persona has
  /// said anything to feel with.
  mutating func answerSympathy(_ line: String) -> DialogueStep? {
    guard state.persona != nil, state.lastReply != nil, let sympathy = LearnerSympathy(line) else {
      return nil
    }
    let reply = sympathy.reply(saidSentences: state.saidSentences)
    return unaskedTurn(line, reply: reply, note: .notice(sympathy.note, tone: .success))
  }
}

extension DrillDialogue {
  /// The step for a line said about the learner or the session, not to the persona
  /// (`LearnerAside`); nil for any other line, or before the persona has spoken.
  mutating func answerLearnerAside(_ line: String) -> DialogueStep? {
    guard state.persona != nil, state.lastReply != nil, let aside = LearnerAside(line) else {
      return nil
    }
    let reply = aside.reply(saidSentences: state.saidSentences)
    return unaskedTurn(line, reply: reply, note: .notice(aside.note, tone: .success))
  }
}
