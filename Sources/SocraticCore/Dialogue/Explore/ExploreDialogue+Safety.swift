/// A danger to life told in an answer (`SafetyConcern`) comes before anything else: where help
/// is, said plainly once a session, and no question after it weighs their view.
extension ExploreDialogue {
  /// Says where help is when the answer tells a danger to life and it has not been said yet.
  mutating func sayWhereHelpIs(after line: String, into step: inout DialogueStep) {
    let context = ([state.belief?.belief ?? ""] + state.fold.answers).joined(separator: " ")
    guard let concern = SafetyConcern.find(in: line, context: context),
      !state.saidLines.contains(concern.line)
    else { return }
    say(concern.line, into: &step)
  }
}
