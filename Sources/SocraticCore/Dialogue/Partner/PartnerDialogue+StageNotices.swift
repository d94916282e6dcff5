/// What partner says when the conversation moves to another stage.
extension PartnerDialogue {
  /// The notice of a move to a stage: why, where, and what to aim for. A talk of their own
  /// life never went along the stages of a belief, so no stage is counted in it: its goodbye
  /// thanks them, and after it, what they still tell is stayed with.
  static func stageNotice(cause: String, stage: ConversationStage, isPersonalTalk: Bool) -> String {
    guard isPersonalTalk else {
      return "\(cause) Stage \(stage.number) of 5: \(stage.title). \(stage.aim)"
    }
    return "\(cause) " + (stage == .close ? leavingTheirNews : stayingWithTheirNews)
  }

  /// What to aim for as a talk of their own life winds up.
  static let leavingTheirNews =
    "Thank them for telling you, and leave the door open for another time."

  /// What to aim for when a talk of their own life goes on after a goodbye.
  static let stayingWithTheirNews = "Stay with what they are telling you."

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
