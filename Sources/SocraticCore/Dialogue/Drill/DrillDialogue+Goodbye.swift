/// A goodbye with no question in it ("ok thanks, good chat", "gotta run, cheers"): the drill
/// ends there. The persona says goodbye, never a defence of its belief, and the scorecard
/// follows; the line counts as no question. A goodbye that leads into a question or a reflection
/// ("that was really helpful, so you think it's all hype") is coached as that line.
extension DrillDialogue {
  /// The step for a line whose last sentence takes leave (`LeaveTakingCues`, read as explore
  /// reads an answer) and that neither asks nor reflects; nil for any other line, or before the
  /// persona has said anything.
  /// - Parameter said: how the line reads when it asks nothing (`saidReading(of:)`).
  mutating func answerGoodbye(_ line: String, said: UtteranceReader.Reading?) -> DialogueStep? {
    guard let persona = state.persona, state.lastReply != nil, let said, said != .reflection,
      let last = SentenceSplitter.sentences(in: line).last,
      AnswerMoveReader.read(last).isLeaving
    else { return nil }
    let farewell =
      state.confidence < persona.confidence ? Self.shakenFarewell : Self.unshakenFarewell
    var step = DialogueStep(outputs: [
      .personaReply(
        PersonaAnswer(
          text: farewell, confidenceBefore: state.confidence,
          confidenceAfter: state.confidence))
    ])
    finish(.quit, into: &step)
    return step
  }

  /// Whether a line asks anything: a question mark, or a clause that asks whatever its marks
  /// ("thanks, what would change your mind though").
  static func asks(_ line: String) -> Bool {
    line.contains("?") || askingClause(of: line) != nil || trailingAsk(in: line) != nil
  }

  /// The persona's goodbye when the questions left it less sure than it began.
  static let shakenFarewell = "Thanks for that. You've given me a few things to think about."

  /// The persona's goodbye when it is as sure as it began.
  static let unshakenFarewell = "Thanks, good talking with you. I haven't changed my mind, though."
}
