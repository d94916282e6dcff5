/// A guess at how their lot feels, said to them: "the flat must feel dead quiet without her",
/// "you must be shattered", "i bet the evenings feel weird now", "that can't have been easy".
/// It names the feeling their story carries without their words or a "you", which is what a
/// complex reflection does; it argues nothing of the speaker's own. "It'll feel strange at
/// first" foretells, and is no guess at how it feels now.
///
/// The shape is a modal of inference ("must", "bet") before a verb of being or feeling,
/// and a word for a feeling or for how a hard time feels ("lonely", "empty", "strange"), or a
/// hard time denied its ease ("can't be easy"), or a hurt it must have done ("must have hurt"),
/// or "sounds" before such a word ("sounds grim"), or such a word said of a time they live
/// through, at the start of the line ("it's a bit lonely walking in on your own").
enum EmpathicGuess {
  /// Whether a line that asks nothing guesses at how something feels to the listener.
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  static func guesses(_ words: [String]) -> Bool {
    let input = TokenPatternWords(words)
    return patterns.contains { $0.occurs(in: input) } || guessesTimeFelt(words, input: input)
  }

  /// How much a guess counts for giving back: as much as a frame such as "that sounds".
  static let weight = 4

  /// Words for how a time, a place or a loss feels, beside the person's own feelings
  /// (`AnswerCues.feelingWords`): "empty", "strange", "hard".
  static let feltWords: Set<String> = [
    "empty", "quiet", "strange", "weird", "odd", "different", "hard", "tough", "awful",
    "horrible", "rough", "difficult", "scary", "frightening", "heartbreaking", "exhausting",
    "brutal", "grim", "bleak", "unreal", "surreal", "lonely", "shattered", "gutted", "knackered",
    "painful", "raw", "horrid", "terrible", "dreadful", "sore", "crushing", "draining",
  ]

  /// Words that only press or soften the feeling: "awful empty", "dead quiet", "a bit odd".
  private static let degrees =
    "(so|really|awful|awfully|pretty|a bit|a little|dead|very|proper|terribly|that|quite|"
    + "kind of|kinda|sort of|such|too|well|bloody|super|horribly|absolutely|completely|"
    + "totally|utterly)*"

  /// Verbs of a hurt felt, which a guess puts in the past: "that must have hurt", "bet that
  /// stung".
  private static let hurtVerbs = "(hurt|stung|smarted|rankled|ached)"

  /// Words of feeling that, after "must be", judge someone rather than guess how they feel:
  /// "you must be mad to vote for them".
  private static let judgingWords: Set<String> = ["mad", "sick", "fed"]

  private static let felt =
    "("
    + feltWords.union(AnswerCues.feelingWords).subtracting(judgingWords).sorted()
    .joined(separator: "|") + ")"

  /// The shapes of a guess: "must (be|feel) …", "bet it feels …", "can't be easy".
  private static let patterns = [
    "(must|gotta) (be|feel|seem|look|have been|'ve been|have felt|'ve felt|be feeling) "
      + degrees + " " + felt,
    "bet (it|that|the|you) _{0,3} (feels|felt|looks|is|was|'s|'re|are|were|feel|be) " + degrees
      + " "
      + felt,
    "(can't|cannot|couldn't) (be|have been|'ve been) (very|that|so|too)? (easy|fun|nice)",
    "(must|gotta) (have|'ve) " + degrees + " " + hurtVerbs,
    "bet (it|that) " + degrees + " " + hurtVerbs,
    // "sounds grim", "you sound absolutely shattered": how it sounds to the listener.
    "(sounds|sound|sounded) " + degrees + " " + felt,
  ].map(TokenPattern.init)

  /// How a time they live through feels, put to them as the line opens: "it's a bit lonely
  /// walking into a room of strangers", "that's hard when you're the only one".
  private static let timeFelt = TokenPattern(
    "(it|that) ('s|is|can be|gets) " + degrees + " " + felt)

  /// Whether a line opens on how a time they live through feels, offered as a guess: softened
  /// ("it's a bit lonely walking in") or said of them ("it's hard when you're the only one");
  /// "it's sad seeing people fall for scams" is the speaker's own view.
  private static func guessesTimeFelt(_ words: [String], input: TokenPatternWords) -> Bool {
    let isOffered =
      words.contains(where: FunctionWords.secondPersonWords.contains)
      || DegreeWords.softeningPhrases.contains { phrase in
        words.indices.contains { words[$0...].starts(with: phrase) }
      }
    return isOffered
      && timeFelt.matchEnds(in: input, from: 0).contains { opensTime(words, at: $0) }
  }

  /// Whether the words from an index go on to the time that feels so: "when …", or an -ing
  /// form ("walking in", "being the only one").
  private static func opensTime(_ words: [String], at index: Int) -> Bool {
    guard index < words.count else { return false }
    return words[index] == "when"
      || Lexicon.verbReadings(of: words[index]).contains { $0.form == .presentParticiple }
  }
}
