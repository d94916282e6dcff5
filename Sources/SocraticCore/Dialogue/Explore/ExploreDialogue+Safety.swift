/// A danger to life told in what they type (`SafetyConcern`) comes before anything else: where
/// help is, said plainly once a session, whatever the line goes on to do (a goodbye, a belief,
/// an answer), and no question after it weighs their view.
extension ExploreDialogue {
  /// The step of a line, with where help is said first when the line tells a danger to life
  /// and it has not been said yet: shown before the rest, logged right after what they typed.
  mutating func withHelpFirst(after line: String, _ step: DialogueStep) -> DialogueStep {
    let context =
      ([state.belief?.belief ?? ""] + state.fold.answers.suffix(Self.safetyContextAnswers))
      .joined(separator: " ")
    guard let concern = SafetyConcern.find(in: line, context: context),
      !state.saidLines.contains(concern.line)
    else { return step }
    var help = DialogueStep()
    say(concern.line, into: &help)
    var step = step
    let typed = step.events.firstIndex { event in
      switch event {
      case .answer, .belief, .confidence: true
      default: false
      }
    }
    step.events.insert(contentsOf: help.events, at: typed.map { $0 + 1 } ?? 0)
    step.outputs.insert(contentsOf: help.outputs, at: 0)
    return step
  }

  /// How many answers before a line are read for the chest named before a pain that spreads.
  static let safetyContextAnswers = 2
}
