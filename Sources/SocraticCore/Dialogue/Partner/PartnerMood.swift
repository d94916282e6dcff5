/// How open the other person is to looking at the other side, read from what they did: a
/// question that sets the other side before them (an inversion, a steelman, "who gains if people
/// believe …", "what would it take for you to accept …") is offered only once they have shown
/// some openness, and never while they are on their guard.
///
/// - Openness: they granted or doubted something, asked something back, or said what would
///   change their mind.
/// - On their guard: they turned on the listener, objected to them, dug at them, or opened up
///   (a feeling, a fear, a blockage named). For that turn and the `guardedTurns` after it, the
///   talk stays with them and their experience.
///
/// Both are read from the logged text and moves alone, so a resumed session reads the same.
enum PartnerMood {
  /// How many turns after they were on their guard no question sets the other side before them.
  static let guardedTurns = 2

  /// Whether a turn shows openness: a concession or doubt, a question asked back, or what
  /// would change their mind.
  static func showsOpenness(moves: [String]) -> Bool {
    moves.contains { opennessMoves.contains($0) }
  }

  /// The moves that show openness.
  private static let opennessMoves: Set<String> = [
    AnswerMove.concession.rawValue, AnswerMove.asksBack.rawValue,
    AnswerMove.wouldChangeMind.rawValue,
  ]

  /// Whether a turn puts them on their guard: a charge at the listener ("oh here we go"), an
  /// objection to them, a dig at them, or a feeling or blockage they shared.
  /// - Parameters:
  ///   - typed: what they said, as `TheirWords.typedTokens(of:)` reads it.
  ///   - moves: the turn's logged moves.
  ///   - objects: whether they object to the listener (`TheirWords.objection(in:)`).
  ///   - jabs: whether they dig at the listener (`TheirWords.jabsAtListener(_:)`).
  static func isGuarded(
    typed: [Token], moves: [String], objects: Bool, jabs: @autoclosure () -> Bool
  ) -> Bool {
    if moves.contains(AnswerMove.feeling.rawValue) { return true }
    let words = typed.filter(\.isWord)
    // A sigh at being asked ("here we go") is irritation, whatever answer comes with it.
    return PartnerCueMatcher.hostile.matches(words) || PartnerCueMatcher.unheard.matches(words)
      || PartnerCueMatcher.exasperation.matches(words)
      || PartnerCueMatcher.correction.matches(words) || objects || jabs()
  }

  /// Whether a question sets the other side before them: an inversion, a question that puts
  /// the claim's opposite in, or one whose words ask them to argue against their view
  /// (`otherSideCues`).
  /// - Parameter inverted: the inversion of the claim being discussed, if any.
  static func setsTheOtherSide(_ question: Question, inverted: String?) -> Bool {
    if question.kind == .inversion { return true }
    if let inverted, !inverted.isEmpty, question.text.includes(inverted) { return true }
    return recentOtherSide.reading(of: question.text)
  }

  /// Whether the words of the questions weighed last ask them to take the other side: the
  /// same wordings are weighed at every step.
  private static let recentOtherSide = RecentReadings(kept: 4_096, longest: 1_000) { text in
    otherSide.matches(Tokenizer.tokenize(text).filter(\.isWord))
  }

  /// Words of a question that ask them to take the other side, suppose they are wrong, or
  /// look for whom their view serves.
  static let otherSideCues: [String] = [
    "(opposite|disagree|disagrees|disagreed|differently|steelman)",
    "(the)? other (side|way|view)",
    "(strongest|best) (argument|case|version) (against|that|for the other|of the view)",
    "who (gains|benefits|loses|profits)",
    "(accept|admit|grant) that",
    "(change|changed) your mind",
    "(you|you 're|you were|you are|i) (were|was|are|be|turned out to be|turn out to be)? wrong",
    "(less|half as) sure",
    "(someone|somebody|people|anyone|a person) who (believes|believe|thinks|think|votes|vote|sees|see)",
    // Partner's own wording of the other side: the listener is the one who sees it otherwise.
    "how do you think (i|me) see",
    "what would i need to show you",
  ]

  private static let otherSide = PartnerCueMatcher(otherSideCues)
}
