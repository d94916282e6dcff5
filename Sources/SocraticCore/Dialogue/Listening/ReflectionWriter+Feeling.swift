/// A feeling given back: named under a story, in the sentence that names it, or alone.
extension ReflectionWriter {
  /// A feeling given back in the sentence that names it; only the feeling when that sentence
  /// would not read, which adds to their words (complex) when they showed it without naming it.
  static func feeling(_ answer: ReadAnswer) -> Reflection {
    let feelings = listed(Array(answer.feelings.prefix(2)))
    // "i yelled at her and felt awful after", "felt like a bad person": the feeling under the
    // story or the judgement is named, not the scene given back.
    if let words = answer.feelingWords, let named = FeelingStory.underneath(words, answer.feelings)
    {
      let frame = named == .past ? "it left you feeling" : "you're feeling"
      return Reflection(text: "It sounds like \(frame) \(feelings).", depth: .complex)
    }
    if let words = answer.feelingWords, let clauses = givenClauses(words, keepingFrames: true) {
      let text = clauses.rest.map { clauses.first + ", " + $0 } ?? clauses.first
      let speaksOfThem = Tokenizer.tokenize(text).contains {
        ["you", "your", "you're"].contains($0.lowercased)
      }
      if speaksOfThem, text.split(separator: " ").count <= quoteWordLimit {
        return Reflection(text: "It sounds like \(text).", depth: .simple)
      }
    }
    return Reflection(text: "It sounds like you're feeling \(feelings).", depth: .complex)
  }
}
