// Rewrites of a yes/no question about how someone is or what they are doing, asked as the
// plain open question a friend would ask.
extension QuestionRewriter {
  /// "Is your mum still mad at me?" → "How is your mum feeling about me?": how someone feels,
  /// without the state the asker fears ("mad", "upset") or the "still" of a complaint. Nil
  /// for a subject that is the person, or a state that is no feeling.
  static func feeling(_ clause: Clause) -> [Token]? {
    guard case .be(let tense) = clause.verb, tense == .present, !clause.isNegated,
      let subject = clause.subject.first?.lowercased,
      !["you", "it", "there", "i"].contains(subject)
    else { return nil }
    let rest = clause.rest.drop { stateAdverbs.contains($0.lowercased) }
    guard let state = rest.first?.lowercased, feelingWords.contains(state) else { return nil }
    let after = rest.dropFirst()
    var about: [Token] = []
    if let preposition = after.first?.lowercased, feelingPrepositions.contains(preposition) {
      about = phrase("about") + after.dropFirst().prefix { $0.isWord }
      if about.count == 1 { return nil }
    } else if after.contains(where: \.isWord) {
      return nil  // "mad that we left early": the clause says what, which would be lost.
    }
    let verb = isPlural(clause.subject) ? "are" : "is"
    return phrase("How") + [Token(verb)] + clause.subject + phrase("feeling") + about
  }

  /// Adverbs between "be" and a feeling, left out: "still mad", "really upset".
  private static let stateAdverbs: Set<String> = [
    "still", "really", "so", "very", "too", "that", "even", "properly", "actually",
  ]

  /// Feelings a person can be in about someone or something.
  private static let feelingWords: Set<String> = [
    "mad", "angry", "upset", "annoyed", "cross", "furious", "hurt", "sad", "disappointed",
    "jealous", "offended", "pissed", "happy", "worried", "fed", "sore", "livid", "bitter",
  ]

  /// Prepositions before what a feeling is about: "mad at me", "upset with Dad".
  private static let feelingPrepositions: Set<String> = ["at", "with", "about", "over", "up"]
}
