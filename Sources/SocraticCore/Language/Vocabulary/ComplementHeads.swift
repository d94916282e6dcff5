/// Words after which a clause may follow with no "that": "scared you'll start a course",
/// "sure it will", "I think we should". After any other word a pronoun and an auxiliary go on
/// the clause they stand in ("more than you would think").
enum ComplementHeads {
  /// Feelings and states of mind that take a clause: "scared", "sure", "glad".
  static let adjectives: Set<String> = [
    "scared", "afraid", "frightened", "terrified", "worried", "nervous", "anxious", "sure",
    "certain", "convinced", "confident", "positive", "aware", "glad", "sorry", "happy", "sad",
    "surprised", "shocked", "proud", "relieved", "upset", "disappointed", "ashamed",
  ]

  /// Verbs of thinking, knowing and saying that take a clause, by their base: "think", "hope".
  static let verbs: Set<String> = [
    "think", "believe", "reckon", "suppose", "suspect", "guess", "imagine", "assume", "expect",
    "hope", "know", "fear", "worry", "bet", "say", "feel", "wish", "doubt", "realise",
    "realize", "figure", "swear", "promise", "admit", "mean",
  ]

  /// Whether a word may take a clause with no "that" after it.
  static func contains(_ word: String) -> Bool {
    adjectives.contains(word) || Lexicon.verbReadings(of: word).contains { verbs.contains($0.base) }
  }
}
