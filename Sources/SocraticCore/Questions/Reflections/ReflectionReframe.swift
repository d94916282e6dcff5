/// A reflection that weighs what someone said and says which part they lean on: "so it's less
/// the rent and more that nobody asked you", "not so much the score as the way they gave up",
/// "it's not about the mess, it's about being the only one who clears it", "so the boss isn't
/// the problem, it's that nobody backs you", "so it's more that
/// they felt ignored than that they were short", "it comes down to trust, more than money",
/// "so it's the commute more than the job", "so it's the mornings rather than the kids". It
/// gives back a reading of their words, one side set against the other, and never a view of
/// the speaker's own: a complex reflection, whatever its other words (a "thanks" they were
/// never given is not the speaker thanking).
enum ReflectionReframe {
  /// Whether a line that asks nothing sets one side of what was said against another.
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  static func reframes(_ words: [String]) -> Bool {
    let input = TokenPatternWords(words)
    return patterns.contains { $0.occurs(in: input) } || setsAside(words)
      || readBack.occurs(in: input) && words.allSatisfy { !FunctionWords.speakerWords.contains($0) }
  }

  /// Whether a reframe turns their view over rather than reading it back: the side it plays
  /// down is one they named and the side it raises is none of theirs ("so it's the government
  /// more than the banks" after "the banks caused the crash").
  /// - Parameters:
  ///   - words: the line's words in lowercase, as the tokenizer splits them.
  ///   - heard: the words of what they said, in lowercase; nil when unknown.
  static func flips(_ words: [String], heard: [String]?) -> Bool {
    guard let heard, let than = words.firstIndex(of: "than"), than > 0,
      weighingWords.contains(words[than - 1])
    else { return false }
    let theirs = Set(heard.filter(isContent).map(ReflectionOverreach.stem))
    let named = { (side: ArraySlice<String>) in
      side.contains { isContent($0) && theirs.contains(ReflectionOverreach.stem($0)) }
    }
    return named(words[(than + 1)...]) && !named(words[..<(than - 1)])
  }

  /// Whether a word says something of its own, not a word of grammar.
  private static func isContent(_ word: String) -> Bool {
    word.allSatisfy(\.isLetter) && !FunctionWords.isFunctionWord(word)
  }

  /// The words that weigh one side over the other before "than": "more than", "rather than".
  private static let weighingWords: Set<String> = ["more", "rather"]

  /// Whether a line opened with "so" reads what they meant by the side it is not: "so selling
  /// the boat isn't really about the money". It claims nothing of its own: what it sets aside is
  /// for them to confirm or correct. The reading must be the whole line: "so it isn't about
  /// the drive, you never wanted to come" goes on to a charge of its own.
  static func setsAside(_ words: [String]) -> Bool {
    guard words.first == "so",
      !words.dropLast().contains(where: clauseMarks.contains),
      let about = words.firstIndex(of: "about"), words.count - about <= setAsideLength
    else { return false }
    return deniedSide.occurs(in: TokenPatternWords(words))
  }

  /// Whether the line reads their meaning back in words of its own, led by "so": "so it's the
  /// commute more than the job".
  static func readsBack(_ words: [String]) -> Bool {
    readBack.occurs(in: TokenPatternWords(words))
  }

  /// Marks inside a line that open another clause after the reading.
  private static let clauseMarks = FunctionWords.clauseEndingMarks.union(QuestionCritic.dashes)

  /// The most words from "about" to the end of a line that sets a side aside: "about the
  /// money for her".
  private static let setAsideLength = 6

  /// The side a reading of theirs says it is not: "isn't really about", "not just about".
  private static let deniedSide = TokenPattern(
    "(isn't|isnt|aren't|arent|wasn't|wasnt|not) (really|just|all|only)? about")

  /// How much a reframe counts for giving back: as much as a frame such as "it sounds like".
  static let weight = 4

  /// The shapes of a reframe: less … more, not so much … as, not about … about, more that …
  /// than, comes down to … more than.
  private static let patterns = [
    "less (about|that|the|of)? _{1,12} (,|and|but)* more (about|that|the|of|like)?",
    "not so much _{1,12} (,|but)* (as|more|it 's)",
    "not (really|just)? about _{1,12} (,|;)* (it|that) ('s|is) (really|more)? about",
    "(isn't|isnt|aren't|arent|wasn't|wasnt|weren't|not) (really|just)? the "
      + "(problem|issue|point|thing) _{0,4} (,|;|—|–|-|.)* ((it|that) ('s|is|was)|its|thats) "
      + "(really|more|actually)? (that|about|because)",
    "(it|that) ('s|is|was) (really|maybe|probably)? more (about|that|the|of) _{1,12} than",
    "comes (down|back) to _{1,12} (,)* (more than|rather than|not)",
  ].map(TokenPattern.init)

  /// A reading back led by "so": "so it's the commute more than the job". Said without "so"
  /// ("it's the government more than the banks"), or with a word of the speaker's own ("so
  /// it's the heat more than the humidity that gets me"), the weighing is a view, not theirs.
  private static let readBack = TokenPattern(
    "so (it|that) ('s|is|was) (really|mostly|mainly)? (the|about|that) _{1,8} (,)* "
      + "(more|rather) than")
}
