/// Words that tell of something losing ground, by lemma: "left behind", "dying out", "losing
/// customers". A line with one says of a thing what a denial of its strength says ("the corner
/// shop can't compete"), in words of its own.
enum DeclineWords {
  /// Whether a word, in any form, tells of losing ground: "left", "dying", "behind".
  static func contains(_ word: String) -> Bool {
    lemmas.contains(TopicWords.lemma(of: word))
  }

  private static let lemmas: Set<String> = [
    "behind", "leave", "lose", "die", "struggle", "fail", "fade", "decline", "shrink", "vanish",
    "disappear", "dwindle", "sink", "overtake", "outgrow", "outpace",
  ]
}
