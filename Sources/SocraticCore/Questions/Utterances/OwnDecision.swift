/// A decision the other person has stated about their own life: "I'm still not getting another
/// dog", "I'll ring them monday", "I've decided to stay", "not yet anyway". Agreeing with it
/// ("fair enough, no rush") backs their choice, an affirmation; it is not telling them a view
/// of theirs is right, and asking what brought them to it, or what they would like to do,
/// would reopen what they have settled.
enum OwnDecision {
  /// Whether their words state what they will or won't do, or put a choice off.
  /// - Parameter words: what they said, in lowercase, as the tokenizer splits it.
  static func isStated(in words: [String]) -> Bool {
    let input = TokenPatternWords(words)
    if deferrals.contains(where: { $0.occurs(in: input) }) { return true }
    return words.indices.contains { index in
      selves.contains(words[index]) && statesIntent(words[(index + 1)...])
    }
  }

  /// Whether the words after "I" say what the speaker will do: "'ll", "won't", "'ve decided",
  /// "'m (not) going to", "'m (still) not getting".
  private static func statesIntent(_ rest: ArraySlice<String>) -> Bool {
    let words = rest.drop(while: adverbs.contains)
    guard let verb = words.first else { return false }
    if intents.contains(verb) { return true }
    guard beings.contains(verb) else { return false }
    let doing = words.dropFirst().drop { adverbs.contains($0) || $0 == "not" }
    guard let act = doing.first, !states.contains(act) else { return false }
    return act == "going" || act == "gonna"
      || Lexicon.verbReadings(of: act).contains { $0.form == .presentParticiple }
  }

  /// Words for the speaker.
  private static let selves: Set<String> = ["i", "we"]

  /// Words after "I" that state an intent or a decision by themselves: "I'll", "I won't".
  private static let intents: Set<String> = [
    "'ll", "will", "won't", "wont", "shall", "decided", "refuse", "plan", "intend",
  ]

  /// Forms of "be" before a plan: "I'm getting", "I am not going to".
  private static let beings: Set<String> = ["'m", "am", "are", "'re"]

  /// Adverbs and helpers between "I" and the plan: "I'm still not", "I've already decided".
  private static let adverbs: Set<String> = [
    "still", "just", "definitely", "really", "def", "honestly", "never", "probably", "so",
    "already", "actually", "'ve", "have",
  ]

  /// -ing forms that say how the speaker is, not what they will do: "I'm feeling", "I'm being".
  private static let states: Set<String> = [
    "feeling", "being", "thinking", "wondering", "trying", "struggling", "saying", "worrying",
  ]

  /// A choice put off, which is a choice too: "not yet", "not for now", "not right now".
  private static let deferrals = [
    "not (yet|for now|right now|just now|at the moment) !_",
    "not (yet|for now|right now|just now|at the moment) (,|.|!|anyway|anyways)",
  ].map(TokenPattern.init)
}
