/// An either-or whose second option mocks the person ("Do you want a fair deal, or do you just
/// want to win?", "…, or are you too proud to ask?", "Is it reform, or just another power
/// grab?"): only the first option is offered as a real answer, so the question leads.
enum MockingAlternativeRules {
  /// The words after "or" that mock ("do you just", "are you too", "just another"), or nil.
  static func mockingWords(in reading: QuestionReading) -> String? {
    guard let or = alternative(in: reading) else { return nil }
    let words = TokenPatternWords(reading.words, end: reading.core.upperBound)
    guard !narrowedCount.matches(words, at: or + 1),
      let end = mockingOpeners.lazy.compactMap({ $0.matchEnds(in: words, from: or + 1).max() })
        .first
    else { return nil }
    return reading.tokens[(or + 1)..<end].joinedText
  }

  /// The words after "or" that put the burden on the asker ("or do I have to do it again",
  /// "or will I need to"): the second option is the asker left doing it, so the question
  /// complains rather than asks; nil otherwise. An offer ("or shall I?", "Do you want to talk
  /// now or do I need to come back?") puts no burden.
  static func askerBurden(in reading: QuestionReading) -> String? {
    guard let or = alternative(in: reading),
      !reading.words[reading.core.lowerBound..<or].contains(where: preferences.contains)
    else { return nil }
    let words = TokenPatternWords(reading.words, end: reading.core.upperBound)
    guard let end = askerBurdens.matchEnds(in: words, from: or + 1).max() else { return nil }
    return reading.tokens[or..<end].joinedText
  }

  /// Verbs of what the person would like: a first option that asks what they want offers the
  /// second ("Do you want to talk now or do I need to come back later?").
  private static let preferences: Set<String> = [
    "want", "wanna", "like", "prefer", "rather", "fancy", "mind",
  ]
  /// A second option in which the asker must do it: "do I have to", "will I need to".
  private static let askerBurdens = TokenPattern("@aux? (i|we) _{0,3} (have|need|got) to")

  /// The question asked of its first option alone: "Do you want a fair deal, or do you just
  /// want to win?" → "Do you want a fair deal?"; nil without an "or".
  static func firstOption(of reading: QuestionReading) -> QuestionReading? {
    guard let or = alternative(in: reading) else { return nil }
    var end = or
    while end > reading.core.lowerBound, reading.tokens[end - 1].kind != .word { end -= 1 }
    guard end > reading.core.lowerBound else { return nil }
    let mark = Token("?", kind: .punctuation, hasSpaceBefore: false)
    return QuestionReading(Array(reading.tokens[reading.core.lowerBound..<end]) + [mark])
  }

  private static func alternative(in reading: QuestionReading) -> Int? {
    reading.core.first { reading.words[$0] == "or" }.flatMap {
      $0 + 1 < reading.core.upperBound ? $0 : nil
    }
  }

  /// How a mocking second option opens: a belittling "just" after its subject or as the
  /// option's first word, or "too" after the person ("too busy", "too scared"); a put-down of
  /// what the person would be doing ("… or keep sulking?", "… or carry on moaning?"); a belittling
  /// "just" before an act that stands in for doing it ("… or just talk about it?"); or an
  /// option that is only a repeat ("… or just sit there again?").
  private static let mockingOpeners = [
    "@aux (you|we|they|i|he|she|it) (just|simply|merely|only)",
    // "too" mocks a person ("are you too proud"), not a time ("is it too early to say").
    "@aux (you|we|they|i|he|she) too",
    "(just|merely|simply) (another|a|an|some)",
    "(just|merely|simply|only) (keep)? " + oneOf(idleActs),
    "(just|merely|simply|only) _{1,6} (again|as usual|like always|like last time)",
    "_{0,4} (sulk|sulking|mope|moping|pout|pouting|whine|whining|whinge|whingeing|whinging|moan"
      + "|moaning|nag|nagging|strop|stropping|tantrum|tantrums|(feel|feeling) sorry for)",
  ].map(TokenPattern.init)

  /// A second option that only narrows a count ("…, or just a few?", "… or is it only some of
  /// them?"): it probes how far a sweeping word goes, and mocks nothing.
  private static let narrowedCount = TokenPattern(
    "(@aux _)? (just|only|merely|simply) (a few|a couple|a handful|a minority|a fraction|some"
      + "|one|two|three|half|part|one or two) (of|!_)")

  /// Acts that stand in for doing something: talking, wishing and waiting about it.
  private static let idleActs: Set<String> = [
    "talk", "talking", "complain", "complaining", "moan", "moaning", "whine", "whining",
    "whinge", "whingeing", "sit", "sitting", "dream", "dreaming", "wish", "wishing", "sulk",
    "sulking", "pretend", "pretending", "watch", "watching", "wait", "waiting", "hope", "hoping",
    "procrastinate", "scroll", "scrolling",
  ]

  /// The words of a set as a pattern's group of alternatives: "(a|b|c)".
  private static func oneOf(_ words: Set<String>) -> String {
    "(" + words.sorted().joined(separator: "|") + ")"
  }
}
