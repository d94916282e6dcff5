/// A step put to the person inside a leading question ("you know you can just cancel it,
/// right?", "shouldn't you just ring them?"), asked as a question that puts a fix is: what they
/// have thought of themselves. "How would you feel about cancelling it?" would still put the
/// asker's fix to them, and "What makes you think you can cancel it?" have them back it.
enum StepRewrites {
  /// What they have thought of trying, or nil when the statement puts no step to them.
  static func asked(_ statement: [Token]) -> [Token]? {
    guard ListenerSteer.putsStep(statement.map(\.lowercased)) else { return nil }
    return QuestionRewriter.phrase(String(AdviceQuestionRules.suggestion.dropLast()))
  }
}
