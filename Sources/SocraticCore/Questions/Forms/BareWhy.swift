/// A "why" asked alone ("Why?", "but why though"): open, but bare, it can sound like a demand
/// to justify oneself and put people on the defensive; "What leads you to that?" asks the same
/// thing with curiosity.
enum BareWhy {
  /// Whether a question is only "why", with words that open or soften it; a word of timing
  /// after it asks about when ("Why now?") and is not bare.
  static func isBare(_ reading: QuestionReading) -> Bool {
    let words = reading.words
    let why = words.firstIndex(of: "why") ?? words.endIndex
    let said = words.indices.filter { index in
      let word = words[index]
      return word.first?.isLetter == true
        && (!CritiqueVocabulary.turnOpeners.contains(word)
          || (index > why && TimeWords.timings.contains(word)))
    }
    return said.map { words[$0] } == ["why"]
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
