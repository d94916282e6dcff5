// A text that asks nothing: the reflection or statement it is, and what to ask instead.
extension QuestionCritic {
  /// A text that asks nothing: a reflection, with its depth, or a statement, with what to say
  /// instead.
  static func critique(saying text: String, sentences: [[Token]], after: String?)
    -> QuestionCritique
  {
    let words = sentences.joined().map(\.lowercased)
    let heard = after.map { Tokenizer.tokenize($0).map(\.lowercased) }
    switch UtteranceReader.reading(of: words, after: heard) {
    case .reflection:
      // "I remember, you rang me from the station. That must have been awful.": the speaker's
      // own memory is theirs to tell; what gives back is judged alone. "I bet the house feels
      // empty" is no memory: its "I" only guesses at how their lot feels.
      let givingBack = sentences.filter { sentence in
        !sentence.contains { ownWords.contains($0.lowercased) }
          || EmpathicGuess.guesses(sentence.map(\.lowercased))
      }
      let judged =
        givingBack.isEmpty || givingBack.count == sentences.count
        ? words : givingBack.joined().map(\.lowercased)
      // A claim to know what they keep back goes past whatever they said, known or not.
      let overreach =
        ReflectionOverreach.mindReading(in: judged, heard: heard ?? []).map(
          ReflectionOverreach.mindReading)
        ?? heard.flatMap { ReflectionOverreach.of(judged, heard: $0) }
      return QuestionCritique(
        question: text, form: .reflection, kind: nil,
        depth: ReflectionDepthRules.depth(of: words, after: heard),
        problems: overreach.map { [$0.explanation] } ?? [],
        suggestion: overreach.flatMap(askingInstead))
    case .statement(let kind):
      return QuestionCritique(
        question: text, form: .statement, kind: nil, problems: [kind.explanation],
        suggestion: kind.suggestion
          ?? StatementRewrites.suggestion(for: kind, sentences: sentences, after: after))
    }
  }

  /// The speaker's words of themselves: a sentence with one tells of them, not of the listener.
  private static let ownWords: Set<String> = ["i", "me", "my", "i'm", "i've", "myself"]

  /// What to ask instead of a reflection that sets a condition of its own: "What would it mean
  /// for you if someone worked hard and still struggled?"; nil for another overreach, or when
  /// the question would not be open.
  static func askingInstead(_ overreach: ReflectionOverreach) -> String? {
    guard case .condition(let words) = overreach else { return nil }
    let body = Tokenizer.tokenize("What would it mean for you if " + words)
    return isOpen(body: body, lookingUpNames: false)
      ? Clause.respaced(body).joinedText + "?" : nil
  }
}
