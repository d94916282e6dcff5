/// A "why" asked alone ("Why?", "but why though"): open, but bare, it can sound like a demand
/// to justify oneself and put people on the defensive; "What leads you to that?" asks the same
/// thing with curiosity.
enum BareWhy {
  /// Whether a question is only "why", with words that open or soften it.
  static func isBare(_ reading: QuestionReading) -> Bool {
    let said = reading.words.filter {
      $0.first?.isLetter == true && !CritiqueVocabulary.turnOpeners.contains($0)
    }
    return said == ["why"]
  }

  /// What to ask instead: the reason asked with curiosity.
  static let suggestion = "What leads you to that?"

  /// The critique of a bare why: open, with the note and the curious wording.
  static func critique(_ reading: QuestionReading, text: String) -> QuestionCritique {
    QuestionCritique(
      question: text, form: .open, kind: QuestionKindRules.kind(of: reading, problems: []),
      problems: [QuestionProblem.bareWhy.explanation], suggestion: suggestion)
  }
}
