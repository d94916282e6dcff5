/// Questions anyone can answer from their own experience, asked after an answer that said
/// nothing ("asdf", a lone "yes", "I don't know"): easier, and of another kind than the one
/// that was not answered.
enum EasierQuestions {
  /// An easy question of the next kind after `kind` in `QuestionKind.allCases` order with a
  /// wording not asked yet, or nil when every one was asked.
  /// - Parameter skipping: kinds whose easy question asks for what the map holds already.
  static func question(
    after kind: QuestionKind, skipping: Set<QuestionKind> = [], isAsked: (String) -> Bool
  ) -> PlannedQuestion? {
    let kinds = QuestionKind.allCases
    let start = (kinds.firstIndex(of: kind) ?? 0) + 1
    for offset in 0..<(kinds.count - 1) {
      let other = kinds[(start + offset) % kinds.count]
      if skipping.contains(other) { continue }
      if let text = wordings[other]?.first(where: { !isAsked($0) }) {
        return PlannedQuestion(Question(kind: other, text: text), source: .followUp)
      }
    }
    return nil
  }

  /// The questions, by kind.
  static let wordings: [QuestionKind: [String]] = [
    .inversion: [
      "Where, if anywhere, have you seen it turn out the other way?",
      "If someone you respect believed the opposite, what might their reason be?",
    ],
    .clarification: [
      "What is one example that comes to mind when you think about this?",
      "How would you say what you believe in a few plain words?",
    ],
    .assumptions: [
      "What do you take for granted here without thinking about it?"
    ],
    .evidence: [
      "What is one thing you have seen or heard yourself that bears on this?",
      "Where did you first come across this idea?",
    ],
    .viewpoints: [
      "Who do you know who sees this differently, and what might they say?",
      "How might a friend who knows you well see this?",
    ],
    .implications: [
      "What would change for you, even a little, if you turned out to be wrong?",
      "What would you do differently tomorrow if this turned out to be false?",
    ],
    // Easier means concrete, asked of their own day: "Which part of this is hardest to put
    // into words?" billed as easier was the most abstract question of its session.
    .meta: [
      "When did this last come up in your own life?",
      "Who in your life does this touch most?",
    ],
  ]
}
