/// What partner mode's questions after a turn are about: the belief on the table, what they
/// just said, or the close.
///
/// A turn is read as one `TurnKind`, and a table says what each kind is answered with, so a
/// request ("pass the salt") or an aside is never probed as a belief, a story ("my boss yelled
/// at me today") is asked about as a story, and a goodbye gets only the close.
enum QuestionTarget: Sendable, Equatable {
  /// The claim being discussed, at the stage the conversation is at: their words add nothing
  /// to ask about.
  case claim
  /// What they just said: a new belief, a reason, a story, a source, someone else's view, a
  /// feeling, a question of theirs, a fragment.
  case theirWords
  /// The close: what stood out, what is left to think about; never the claim again.
  case close

  /// What the questions after a kind of turn are about.
  static let byTurn: [TurnKind: QuestionTarget] = [
    .newBelief: .theirWords, .reason: .theirWords, .story: .theirWords, .source: .theirWords,
    .reportedView: .theirWords, .question: .theirWords, .fragment: .theirWords,
    .moment: .theirWords, .other: .theirWords, .request: .claim, .aside: .claim, .repeat: .claim,
    .leaving: .close,
  ]

  /// What the questions after their words are about; the claim when there are none (`/stage`).
  static func after(_ words: TheirWords?) -> QuestionTarget {
    guard let words else { return .claim }
    return byTurn[TurnKind(words)] ?? .claim
  }
}

/// What a turn of theirs is, as far as the questions after it care.
enum TurnKind: Sendable, Equatable, Hashable, CaseIterable {
  /// A belief they state, new to the conversation.
  case newBelief
  /// A reason for the claim being discussed.
  case reason
  /// Something that happened to them or someone of theirs.
  case story
  /// A source they cite: an article, the news, a study.
  case source
  /// What someone else says or thinks.
  case reportedView
  /// A question of theirs.
  case question
  /// A few words without a verb.
  case fragment
  /// A moment taken up before anything else: a charge at the listener, a feeling, a blockage,
  /// a wavering, noise.
  case moment
  /// Something at hand asked of the listener: "pass the salt".
  case request
  /// An aside: "anyway did you see the game".
  case aside
  /// Something said again.
  case `repeat`
  /// Thanks, a goodbye, a change of subject.
  case leaving
  /// Anything else: how sure they are, what would change their mind, a remark.
  case other

  init(_ words: TheirWords) {
    switch words.moment {
    case .hostile, .unheard, .blockage, .openedUp, .heard, .conceded, .wavering, .noise:
      self = .moment
    // A joke is met lightly: the questions keep to the claim, as after an aside.
    case .aside, .joke, .warm: self = .aside
    case .request: self = .request
    case .repeated: self = .repeat
    case .leaving: self = .leaving
    case .ordinary: self = Self.ordinary(words)
    }
  }

  /// An ordinary turn, by what it states, in the order the planner takes it up.
  private static func ordinary(_ words: TheirWords) -> TurnKind {
    if words.claim != nil { return .newBelief }
    if words.isQuestion || words.asksTheListener { return .question }
    if words.citesSource { return .source }
    if words.reportsView { return .reportedView }
    if words.reportsExperience { return .story }
    if words.reason != nil { return .reason }
    if words.fragment != nil { return .fragment }
    return .other
  }
}
