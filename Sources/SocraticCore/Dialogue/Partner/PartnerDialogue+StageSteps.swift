/// How far one line of theirs moves the stage, and what the notice says of why.
extension PartnerDialogue {
  /// The stage a later one their words belong to moves the talk to: the next one after the
  /// current, or that stage itself when it is the next.
  static func oneStepOn(from current: ConversationStage, toward later: ConversationStage)
    -> ConversationStage
  {
    guard let next = current.next, later.number > next.number else { return later }
    return next
  }

  /// Why the conversation moved to a stage their words belong to.
  static func cause(of stage: ConversationStage) -> String {
    switch stage {
    case .claim: "The conversation moves on."
    case .confidence: "They said how sure they are."
    case .reasons: "They gave a reason."
    case .falsifiability: "They spoke of what would change their mind."
    case .close: "They are winding up."
    }
  }
}
