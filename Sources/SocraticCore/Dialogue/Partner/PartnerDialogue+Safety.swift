/// A danger to life the other person tells (`SafetyConcern`) comes before any suggestion: the
/// listener is told, once a session, to say it plainly and where help is.
extension PartnerDialogue {
  /// Tells the listener of a danger to life in what they said, if it was not told already.
  mutating func tellOfDanger(in text: String, into step: inout DialogueStep) {
    let context = ([state.claim?.belief ?? ""] + state.theirWords).joined(separator: " ")
    guard let concern = SafetyConcern.find(in: text, context: context),
      !state.safetyConcernsShown.contains(concern)
    else { return }
    state.safetyConcernsShown.insert(concern)
    step.outputs.append(.notice(concern.partnerLine, tone: .request))
  }
}
