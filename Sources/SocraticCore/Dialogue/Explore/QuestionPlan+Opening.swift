/// The opening inversion as it is heard: "How should the park not be sold?" fronts the
/// inverted clause after a "how" it cannot take, and reads as garbled; the best case for the
/// other side is asked plainly instead.
extension QuestionPlan {
  /// The opening question, asked plainly when it is the inverted clause put after "How" or
  /// "In what ways"; any other question as it is.
  static func plainOpening(_ question: Question, analysis: BeliefAnalysis) -> Question {
    guard let body = BeliefFacts(analysis).whyNot?.lowercased() else { return question }
    let text = question.text.lowercased()
    guard fusedLeads.contains(where: { text == "\($0) \(body)?" }) else { return question }
    let plain =
      analysis.inverted.split(separator: " ").count <= plainInvertedLimit
      ? "What's the strongest case someone could make that \(analysis.inverted)?"
      : "What's the strongest case someone could make for the other side?"
    return Question(kind: question.kind, text: plain)
  }

  /// The leads that cannot take the inverted clause as a question: "how should X not be Y".
  static let fusedLeads = ["how", "in what ways"]

  /// How many words the inverted belief may have to be named in the plain opening: as many as
  /// any question of the arc restates, or the opening is the belief pasted whole ("… that eating
  /// meat is not fine as long as you buy from local farms?").
  static let plainInvertedLimit = ExploreArc.restatedWordLimit
}
