/// A check on how the person is ("You alright?", "Are you okay?", "Everything good?") or a guess
/// at what they feel ("Is it the rent that's worrying you?"): closed, and fine as it is. It asks after them, not about a view, and they can answer it as they
/// like.
enum CheckInRules {
  /// Whether the question proper is a check-in and nothing more.
  static func isCheckIn(_ reading: QuestionReading) -> Bool {
    let core = reading.core
    if asksNews(Array(reading.words[core])) { return true }
    guard !core.isEmpty, core.count <= longest else { return false }
    let words = TokenPatternWords(reading.words, end: core.upperBound)
    return checkIns.contains {
      $0.matchEnds(in: words, from: core.lowerBound).max() == core.upperBound
    }
  }

  /// Whether a yes/no question guesses at what the person feels: "Is it more the rent that's
  /// worrying you?", "Are you feeling nervous about Monday?". The feeling is theirs to confirm
  /// or correct, which is how a good listener checks it. Read after the leading faults, so
  /// "Don't you feel ashamed?" keeps its own.
  static func guessesFeeling(_ reading: QuestionReading) -> Bool {
    guard case .auxiliary(let index) = reading.opener else { return false }
    let words = reading.words[index..<reading.core.upperBound]
    // "Are you just scared …?", "Are you hopeful or worried?": made light of, or a choice.
    guard words.contains("you"), !words.contains(where: slighting.contains) else { return false }
    return words.contains(where: feelings.contains)
  }

  /// Words that make light of a feeling or offer another: no guess, a charge or a choice.
  private static let slighting: Set<String> = [
    "just", "simply", "merely", "only", "so", "too", "or", "even", "still", "really",
  ]

  /// Words of feeling a guess names, of the person: "worried", "worrying", "getting to".
  private static let feelings: Set<String> = [
    "worried", "worrying", "bothering", "bothered", "upsetting", "upset", "stressing",
    "stressed", "scaring", "scared", "frightening", "frightened", "anxious", "nervous",
    "hurting", "hurt", "sad", "lonely", "overwhelmed", "frustrated", "frustrating", "angry",
    "afraid", "ashamed", "guilty", "embarrassed", "disappointed", "relieved", "annoyed",
    "annoying", "exhausted", "tired", "fed", "gutted", "troubling", "troubled", "feeling",
  ]

  /// Whether the question asks for their news and nothing more, "is there" left out: "any
  /// news on your mum and the care home?", "any luck with the flat?". They tell as much as they
  /// like; what follows the news word is its topic, never a clause to rewrite.
  private static func asksNews(_ words: [String]) -> Bool {
    guard words.count >= 2, words[0] == "any", newsWords.contains(words[1]) else { return false }
    return words.count == 2 || newsLinks.contains(words[2])
  }

  /// What asking for news asks after: "any news", "any luck", "any joy".
  private static let newsWords: Set<String> = [
    "news", "luck", "joy", "word", "update", "updates", "progress",
  ]

  /// Words that lead from the news word to its topic: "on", "with", "from".
  private static let newsLinks: Set<String> = ["on", "with", "from", "about", "of", "yet", "re"]

  /// The most words a check-in has: "are you doing all right now".
  private static let longest = 6

  /// How someone is getting on, as a yes/no check asks it: "alright", "ok", "all right".
  static let wellbeing: [[String]] = [
    ["alright"], ["all", "right"], ["ok"], ["okay"], ["fine"], ["well"],
  ]

  /// How one is: the states a check-in asks after, with those that would compare or judge a
  /// thing ("better", "good") if asked of anything but the person.
  private static let states =
    "("
    + (wellbeing.map { $0.joined(separator: " ") } + ["good", "better", "right"])
    .joined(separator: "|") + ")"

  private static let checkIns = [
    "(are|you|are you) (you)? (doing|feeling)? \(states) (now|there|mate|love)?",
    "(everything|all|things|everyone|everybody) \(states) (now|there)?",
  ].map(TokenPattern.init)
}
