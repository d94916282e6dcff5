/// Words that grade how much or how far something is meant: "too high", "kind of late",
/// "stopped completely", "works like clockwork". Each set is one way of grading; code that
/// skips or weighs a grade reads the set that names its place.
enum DegreeWords {
  /// Words that grade the adjective straight after them: "too high", "so wrong", "not fair".
  static let beforeAdjective: Set<String> = [
    "too", "so", "very", "really", "pretty", "way", "not", "just",
  ]

  /// Words that may stand between a verb ("be", "got") and the adjective it takes, grading it
  /// or hedging it, alone or as a phrase: "it's kind of unfair", "it got a lot better", "that's
  /// probably too much".
  static let inVerbGroup: Set<String> = beforeAdjective.union([
    "n't", "kind", "kinda", "sort", "sorta", "of", "quite", "a", "bit", "little", "lot", "much",
    "far", "more", "less", "still", "even", "totally", "completely", "actually", "also",
    "probably", "maybe", "definitely",
  ])

  /// Adverbs that grade a quality by how much, before an adjective or a comparison: "fairly
  /// cheap", "increasingly hard", "more".
  static let intensifiers: Set<String> = beforeAdjective.subtracting(["way", "not", "just"])
    .union([
      "more", "less", "most", "least", "quite", "rather", "fairly", "extremely", "incredibly",
      "somewhat", "overly", "increasingly",
    ])

  /// Words that may stand between a linking verb and the feeling it names: "still too", "a
  /// bit", "dead", "proper", "getting".
  static let beforeFeeling: Set<String> = beforeAdjective.subtracting(["way", "not"]).union([
    "still", "quite", "dead", "all", "a", "bit", "little", "that", "bloody", "proper", "rather",
    "getting", "more", "even",
  ])

  /// Words that say how far a change went: "stopped completely", "partly rebuilt".
  static let extent: Set<String> = [
    "completely", "totally", "entirely", "fully", "altogether", "wholly", "partly",
    "partially", "slightly", "somewhat", "mostly", "halfway",
  ]

  /// Phrases that soften a feeling named after them, which would otherwise read as the opening
  /// of something else ("a bit taken for granted", "kind of let down"), longest first.
  static let softeningPhrases: [[String]] = [
    ["a", "little", "bit"], ["a", "bit"], ["a", "little"], ["a", "tad"], ["kind", "of"],
    ["sort", "of"],
  ]

  /// Words that make "like" before them grade, not liken: "like hell", "like crazy".
  static let afterLike: Set<String> = [
    "hell", "crazy", "mad", "mental", "anything", "forever", "clockwork", "shit", "crap",
  ]
}
