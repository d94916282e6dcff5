/// A danger to life the other person tells (`SafetyConcern`) comes before any suggestion: the
/// listener is told, once a session, to say it plainly and where help is.
extension PartnerDialogue {
  /// Tells the listener of a danger to life in what they said, if it was not told already;
  /// whether it did.
  mutating func tellOfDanger(in text: String, into step: inout DialogueStep) -> Bool {
    let context = ([state.claim?.belief ?? ""] + state.theirWords.suffix(Self.safetyContextLines))
      .joined(separator: " ")
    guard let concern = SafetyConcern.find(in: text, context: context),
      !state.safetyConcernsShown.contains(concern)
    else { return false }
    state.safetyConcernsShown.insert(concern)
    step.outputs.append(.notice(concern.partnerLine, tone: .request))
    return true
  }

  /// How many of their lines before this one are read for the chest named before a pain that
  /// spreads.
  static let safetyContextLines = 3
}
