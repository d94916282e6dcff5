/// Tells a suggestion wrapped in musing ("I wonder what it'd be like if you ran the numbers
/// yourself.", "I'm wondering if you could try it for a week.") from a question: said without
/// "?", it puts an act of the speaker's choosing to the person, which is advice.
enum ProposalRules {
  /// Whether the words, in lowercase, muse about an act put to the person.
  static func proposesAct(_ words: [String]) -> Bool {
    guard musings.contains(where: { words.starts(with: $0) }),
      let you = words.indices.dropLast().first(where: {
        words[$0] == "you" && $0 > 0 && words[$0 - 1] == "if"
      })
    else { return false }
    let next = words[you + 1]
    return proposingModals.contains(next)
      || Lexicon.verbReadings(of: next).contains { $0.form == .past }
  }

  /// How a musing opens: "I wonder", "I'm wondering", "I was wondering".
  private static let musings: [[String]] = [
    ["i", "wonder"], ["i", "'m", "wondering"], ["i", "am", "wondering"],
    ["i", "was", "wondering"], ["i", "'m", "just", "wondering"], ["i", "just", "wonder"],
  ]

  /// Modals after "if you" that put an act forward: "if you could try", "if you might".
  private static let proposingModals: Set<String> = ["could", "might", "were", "'d", "would"]
}
