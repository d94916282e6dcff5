/// A question about what the persona itself does or would do ("would you help run it?", "how
/// do you fit it round your job?"), not about what it thinks: it is asked about its life, so
/// the things it names ("your hand" in "put your hand up") are no topic it could know little
/// of, and having no ready answer leaves its belief where it was.
extension PersonaQuestion {
  /// Whether it asks what the persona does or would do: "you" after an auxiliary ("would
  /// you", "do you", "how do you"), then a verb of doing, not of thinking or saying ("would
  /// you say", "do you think" ask its view).
  /// A yes or no about its life (`ownAnswer`), and a question whose aim or kind has an answer
  /// of its own (where it heard something, what it assumes, what would change its mind), is
  /// answered so.
  var asksWhatItDoes: Bool {
    guard [.open, .closed].contains(form), termAsked == nil, ownAnswer == nil,
      [nil, .detail].contains(aim), [nil, .clarification, .implications].contains(kind)
    else { return false }
    let words = self.words.filter(\.isWord).map(\.lowercased)
    return words.indices.dropFirst().contains { at in
      guard ["you", "u"].contains(words[at]), FunctionWords.auxiliary(words[at - 1]) != nil,
        let verb = words[(at + 1)...].first(where: { !Self.doingAdverbs.contains($0) })
      else { return false }
      let readings = Lexicon.verbReadings(of: verb)
      return !readings.isEmpty && !Self.thinkingVerbs.contains(verb)
        && !readings.contains { Self.thinkingVerbs.contains($0.base) }
    }
  }

  /// Verbs by which "would you …" asks a view, a knowledge or a wish of its, never a deed: the
  /// verbs of a view (`viewVerbs`), and those that ask how it weighs or puts its belief.
  static let thinkingVerbs: Set<String> = viewVerbs.union([
    "guess", "make", "call", "define", "disagree", "mind", "hope", "fear", "wish", "prefer",
    "support", "oppose", "back", "defend", "argue", "explain", "describe", "measure", "judge",
    "rate", "picture", "square", "reconcile", "respond", "answer", "change", "still", "be",
    "have", "get", "assume", "need", "hear", "learn", "notice", "read", "come", "mean",
  ])

  /// Adverbs between "you" and its verb: "would you actually help", "do you still go".
  private static let doingAdverbs: Set<String> = [
    "actually", "really", "personally", "yourself", "ever", "usually", "normally", "even",
    "honestly", "now", "then", "also", "too", "currently", "happily",
  ]
}
