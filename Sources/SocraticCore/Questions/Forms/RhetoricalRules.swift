// Rhetorical questions: "How can anyone …", "Who in their right mind …", "So what?".
extension QuestionFormRules {
  static func isRhetorical(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    if hasRightMind(reading) { return true }
    let core = TokenPatternWords(reading.words, end: reading.core.upperBound)
    if rhetoricalPatterns.contains(where: { $0.matches(core, at: index) }) { return true }
    if isRebuke(reading, questionWordAt: index) { return true }
    if doubtsSense(reading, questionWordAt: index) { return true }
    if challengesGrounds(reading, questionWordAt: index) { return true }
    // "What kind of people are you thinking of?" asks what they have in mind; "What kind of
    // person would do that?" says nobody decent would.
    if scornedKind.matches(core, at: index),
      !(index..<core.count).contains(where: { askingWhatIsMeant.matches(core, at: $0) })
    {
      return true
    }
    return asksAboutAnyThing(reading, questionWordAt: index)
  }

  /// Whether a question is a rebuke: "What were you thinking?", "What's wrong with you?", when
  /// nothing follows it ("What were you thinking of doing?" asks). No rewrite of its words
  /// asks anything: the coach shows the problem alone.
  static func isRebuke(_ reading: QuestionReading) -> Bool {
    guard case .questionWord(let index) = reading.opener else { return false }
    return isRebuke(reading, questionWordAt: index)
  }

  private static func isRebuke(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    let core = TokenPatternWords(reading.words, end: reading.core.upperBound)
    return rebukes.contains { $0.matchEnds(in: core, from: index).contains(core.count) }
  }

  /// Rebukes put as questions, each read at the question word to the end of the question.
  private static let rebukes = [
    "what \(exasperation) (were|was) (you|u|he|she|they|we) (even)? thinking",
    "what \(exasperation) (is|'s) (wrong|the matter) with (you|u|him|her|them)",
    "what \(exasperation) (is|'s) (your|his|her|their) (problem|deal)",
    "who \(exasperation) (do|does) (you|u|he|she|they) think (you|he|she|they) (are|is|'re)",
  ].map(TokenPattern.init)

  /// "What kind of person would …", "What sort of idiot …".
  private static let scornedKind = TokenPattern(
    "what \(exasperation) (kind|sort|type) of "
      + oneOf(CritiqueVocabulary.personNouns.union(CritiqueVocabulary.insultingNouns.keys)))

  /// Asking which ones the listener has in mind: "… are you thinking of", "… do you mean".
  private static let askingWhatIsMeant = TokenPattern(
    "(are|were|do|did) you (thinking|picturing|imagining|mean|meaning|talking|have in mind)")

  /// "Why on earth would anyone …": an exasperation after the question word does not change the
  /// question's shape.
  private static let exasperation =
    "(" + CritiqueVocabulary.exasperations.map { $0.joined(separator: " ") }.joined(separator: "|")
    + ")?"

  /// Rhetorical questions by their shape, each read at the question word.
  private static let rhetoricalPatterns = rhetoricalShapes.map(TokenPattern.init)

  /// Whether a question doubts that what they said hangs together: "How does that make
  /// sense?", "How does that add up?", when nothing follows ("How does that make sense to
  /// you?" asks).
  static func doubtsSense(_ reading: QuestionReading) -> Bool {
    guard case .questionWord(let index) = reading.opener else { return false }
    return doubtsSense(reading, questionWordAt: index)
  }

  private static func doubtsSense(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    let core = TokenPatternWords(reading.words, end: reading.core.upperBound)
    return doubtedSense.contains { $0.matchEnds(in: core, from: index).contains(core.count) }
  }

  /// Disbelief that something hangs together, read from the question word to the end.
  private static let doubtedSense = [
    "how \(exasperation) (does|did|do) (that|this|it) (even)? (make sense|add up)"
  ].map(TokenPattern.init)

  private static let rhetoricalShapes: [String] = [
    howItIsJust,
    // "How is that fair?", "How's this ok?": the asker's verdict that it is not.
    "how \(exasperation) (is|was|'s) (that|this) (even)? ("
      + CritiqueVocabulary.justnessWords.sorted().joined(separator: "|") + ")",
    "who \(exasperation) cares",
    "who \(exasperation) @modal (ever|possibly|seriously|honestly|really|even)",
    "how \(exasperation) dare",
    // "How can anyone …", "Why would any sane person …", "Why would a smart person buy that?":
    // only a fool would, it says. "How did everyone take it?" asks what happened: a past
    // auxiliary tells of people's response, no verdict on anyone who could.
    "(how|why|what|who) \(exasperation) @modal " + oneOf(CritiqueVocabulary.universalSubjects),
    "(how|why|what|who) \(exasperation) \(oneOf(presentAuxiliaries)) "
      + oneOf(CritiqueVocabulary.universalSubjects),
    "(how|why|what|who) \(exasperation) @aux any " + oneOf(CritiqueVocabulary.personNouns),
    // "What would a normal week look like?" names a thing, not a person: it asks.
    "(how|why|what|who) \(exasperation) @aux (a|an) "
      + oneOf(CritiqueVocabulary.soundMindAdjectives) + " "
      + oneOf(CritiqueVocabulary.personNouns),
    // "How can you believe that?", "How could you be so …?"
    "how \(exasperation) (can|could) you (" + oneOf(CritiqueVocabulary.disbeliefVerbs)
      + "|be so)",
    // "How can you listen to that and call it music?", "How could you watch that and not
    // cry?": a second act joined to the first says what nobody could do after it.
    "how \(exasperation) (can|could) you _{1,8} and (then|still)? " + oneOf(verdictActs),
    // "Why do you need an SUV to drive to work?", "Why does anyone need a gun to hunt?":
    // asking why one needs a thing for a purpose says they do not.
    "why \(exasperation) (do|does|would) _ (even|really|actually)? (need|needs) "
      + "(a|an|so many|so much|that many|that much|all those|all that) _ _? _? to _",
  ]

  /// The present of "do" and "be", which with a modal doubt that anyone does: "Why does
  /// anyone …", "How is anybody …".
  private static let presentAuxiliaries: Set<String> = [
    "do", "does", "is", "are", "'s", "don't", "doesn't", "isn't", "aren't",
  ]

  /// What a joined act says after "How can you … and": a verdict on the first act, or that it
  /// leaves the person unmoved.
  private static let verdictActs: Set<String> = [
    "call", "say", "claim", "pretend", "expect", "think", "tell", "not", "never",
  ]

  /// The words of a set as a pattern's group of alternatives: "(a|b|c)".
  private static func oneOf<Words: Sequence<String>>(_ words: Words) -> String {
    "(" + words.sorted().joined(separator: "|") + ")"
  }

  /// "How could any teacher allow phones?", "Why would any government do that?": whoever it
  /// is, none could, it says. ("How would any company handle it?" can ask.) Code, not a
  /// pattern: whether the word after "any" can be a noun is the lexicon's to say.
  private static func asksAboutAnyThing(_ reading: QuestionReading, questionWordAt index: Int)
    -> Bool
  {
    let words = reading.words
    let end = reading.core.upperBound
    let skipped =
      CritiqueVocabulary.exasperations.first { words[(index + 1)...].starts(with: $0) }?.count ?? 0
    let auxiliary = index + skipped + 1
    guard ["how", "why"].contains(words[index]), auxiliary + 2 < end,
      words[auxiliary + 1] == "any"
    else { return false }
    let isDoubtingModal =
      ["can", "could"].contains(words[auxiliary])
      || (words[index] == "why" && words[auxiliary] == "would")
    let noun = words[auxiliary + 2]
    return isDoubtingModal && !FunctionWords.isFunctionWord(noun)
      && Lexicon.classes(of: noun).contains(.noun)
  }

  /// "How is it fair that nurses earn less than footballers?", "How is it right to …?": asking
  /// how something can be just takes for granted that it is not.
  static func asksHowItIsJust(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    howItIsJustPattern.matches(
      TokenPatternWords(reading.words, end: reading.core.upperBound), at: index)
  }

  /// The pattern of `asksHowItIsJust`, which the kind rules also read (as assumptions).
  static let howItIsJust =
    "how (is|was|'s) it ("
    + CritiqueVocabulary.justnessWords.union(lawfulnessWords).sorted().joined(separator: "|")
    + ") (that|to|for) _"

  /// Words that, after "How is it", ask how something can be allowed: "How is it legal for a
  /// bank to …?" takes for granted that it should not be.
  private static let lawfulnessWords: Set<String> = ["legal", "lawful", "allowed", "permitted"]

  private static let howItIsJustPattern = TokenPattern(howItIsJust)

  /// "in their right mind", anywhere.
  static func hasRightMind(_ reading: QuestionReading) -> Bool {
    rightMind.occurs(in: TokenPatternWords(reading.words))
  }

  private static let rightMind = TokenPattern("right mind")

  /// "So what?" alone.
  static func isDismissal(_ reading: QuestionReading) -> Bool {
    dismissal.matchEnds(
      in: TokenPatternWords(reading.words, end: reading.core.upperBound),
      from: reading.core.lowerBound
    )
    .first == reading.core.upperBound
  }

  private static let dismissal = TokenPattern("so what")
}
