/// A question asked again because the persona did not answer it ("that's not what I asked"):
/// the persona answers the question before, this time, and owns that it missed it.
extension DrillDialogue {
  /// The question a line presses again, as the persona reads it: the last question asked, with
  /// the form and kind the critic gives it; nil when the line says no question went unanswered,
  /// or none was asked before.
  func pressedQuestion(_ line: String) -> (text: String, critique: QuestionCritique)? {
    let tokens = Tokenizer.tokenize(line)
    guard let earlier = state.lastAsked, Self.saysUnanswered(tokens),
      let critique = try? setting.critic.critique(earlier, after: nil),
      [.open, .closed].contains(critique.form)
    else { return nil }
    return (earlier, critique)
  }

  /// The question asked after a story told of someone close, as the persona reads it, with
  /// the form and kind the critic gives it; nil when none follows the story.
  func questionAfter(_ story: ToldStory) -> (text: String, critique: QuestionCritique)? {
    guard let text = story.question, let critique = try? setting.critic.critique(text, after: nil)
    else { return nil }
    return (text, critique)
  }

  /// Whether a line says the persona's last reply did not answer what was asked.
  static func saysUnanswered(_ tokens: [Token]) -> Bool {
    unansweredCues.contains { PersonaQuestion.says($0, in: tokens) }
  }

  /// How the persona owns that it missed the question, before it answers it.
  static let missedOpening = "Fair point, I didn't answer that. "

  /// How a line says its question went unanswered.
  private static let unansweredCues = [
    PhrasePattern("(thats|that 's|that is|that was|that's) not what i (asked|meant|said)"),
    PhrasePattern("(thats|that 's|that is|that was|that's) not (my|the) question"),
    PhrasePattern("you (didnt|didn't|did n't|did not|havent|haven't|have n't|have not) answer"),
    PhrasePattern("(answer|read) the question"),
  ]
}
