/// A step put to the person inside a leading question ("you know you can just cancel it,
/// right?"), asked as advice is: how they would feel about taking it. "What makes you think you
/// can cancel it?" would have them back the asker's claim.
enum StepRewrites {
  /// "How would you feel about" and the step, or nil when the statement puts no step to them.
  static func asked(_ statement: [Token]) -> [Token]? {
    guard ListenerSteer.putsStep(statement.map(\.lowercased)) else { return nil }
    return StatementRewrites.advisedAct(in: statement).map {
      QuestionRewriter.phrase("How would you feel about") + $0
    }
  }
}
