/// Verbs a yes/no question about the person turns on, by the open question that asks the same
/// without presuming the answer: liking something ("Do you like the council?" → "How do you
/// feel about the council?") or what they know of it ("Do you remember the
/// flood?" → "What do you remember about the flood?"). Any other verb is asked about as
/// something they may have lived through: "Did you vote for her?" → "What can you tell me
/// about voting for her?". Read by `QuestionRewriter.aboutThePerson`; a new verb is one entry.
enum PersonVerbShapes {
  /// The open question a verb's yes/no question becomes.
  enum Shape: Sendable {
    /// "How do you feel about …?"
    case feeling
    /// "What do you <verb> about …?"
    case knowing
  }

  /// Each verb's shape, by its base form.
  static let shapes: [String: Shape] =
    Dictionary(uniqueKeysWithValues: feelings.map { ($0, .feeling) })
    .merging(knowing.map { ($0, .knowing) }) { first, _ in first }

  /// Verbs of liking or disliking, which "How do you feel about" says whole. A verb that says
  /// more ("trust", "miss") is a topic word the rewrite keeps.
  private static let feelings = ["like", "love", "hate", "enjoy", "mind", "prefer", "dislike"]

  /// Verbs of knowing.
  private static let knowing = ["know", "remember", "understand", "recall"]
}
