/// Reassurance that opens a line: warmth the listener gives, not what the other side said
/// given back, so it is never credited or counted as a reflection.
extension ListeningScorecard {
  /// Whether a line's first sentence reassures rather than gives back: it meets what they feel,
  /// is warm, or apologises (`ListenerCourtesy`: "it's not daft at all"), or, said flat
  /// without a lead-in ("so …"), it denies a word of theirs ("you're not a burden, mum" to
  /// "i'm just a burden"), which sets the listener's say against theirs.
  /// - Parameters:
  ///   - ledIn: whether the sentence opens on a lead-in of giving back ("so", "ok").
  ///   - previous: what the other side said last, when known.
  static func isReassurance(_ sentence: [Token], ledIn: Bool, after previous: String?) -> Bool {
    if ListenerCourtesy.isEmpathy(sentence) || ListenerCourtesy.isWarm(sentence)
      || ListenerCourtesy.isApology(sentence)
    {
      return true
    }
    guard !ledIn, let previous,
      let negator = sentence.firstIndex(where: { isNegator($0.lowercased) })
    else { return false }
    let denied = AnswerMoveReader.contentWords(Array(sentence[(negator + 1)...]))
    let theirs = AnswerMoveReader.contentWords(Tokenizer.tokenize(previous))
    return !denied.isDisjoint(with: theirs)
  }

  /// Whether a word negates what follows: the language layer's negation ("not", "isnt",
  /// "don't") or a word that denies a person or thing ("nobody", "no").
  private static func isNegator(_ word: String) -> Bool {
    WordClass.negation.contains(word) || denyingWords.contains(word)
  }

  /// Words that deny who or what follows, which are no auxiliary: "nobody thinks that".
  private static let denyingWords: Set<String> = ["no", "nobody", "noone", "nothing", "aint"]
}
