/// What outranks the point of a turn in partner's suggested reflection, as in explore's: a loss
/// told in passing, and a point about a word; and words said to the listener, which are never
/// framed as a view of theirs.
extension PartnerReflection {
  /// The line that outranks whatever else a turn states, grants or wavers on: a loss told in
  /// passing, owned ("the shifts are fine. after we lost my uncle i sat in the car for an
  /// hour"), or a point about a word ("'never' is maybe a bit much"); nil when neither is said.
  static func outranking(_ words: TheirWords) -> String? {
    // A death owned by whom it is of outranks the sympathy that names no one, though the turn
    // opens up: "after my friend jo died …" → "I'm so sorry about your friend jo."
    if let loss = words.answer.impliedFeeling, loss.isLoss,
      outranked.contains(words.moment) || tellsADeath(words) && loss.whom != nil
    {
      return loss.reflection
    }
    guard !keptAside.contains(words.moment) else { return nil }
    return ReflectionWriter.wordingPoint(in: words.typed.joinedText)
  }

  /// Whether the disclosure is a death.
  private static func tellsADeath(_ words: TheirWords) -> Bool {
    guard case .loss? = words.disclosure else { return false }
    return true
  }

  /// The moments a loss told in passing outranks: what they state, grant or waver on.
  private static let outranked: Set<PartnerMoment> = [.ordinary, .wavering, .conceded]

  /// The moments whose own line outranks a point about a word: a goodbye, a charge at the
  /// listener, a request, a joke, noise.
  private static let keptAside: Set<PartnerMoment> = [
    .leaving, .hostile, .request, .joke, .noise, .aside,
  ]

  /// Whether words are said to the listener rather than as a view: an apology for the talk, a
  /// tease by a mock title, or an exclamation opening them ("wow …").
  static func isSaidToTheListener(_ tokens: [Token]) -> Bool {
    ReflectionCheck.apologises(tokens) || ReflectionCheck.teasesWithTitle(tokens)
      || ReflectionCheck.opensOnExclamation(tokens)
  }
}
