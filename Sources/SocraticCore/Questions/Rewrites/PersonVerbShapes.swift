/// Verbs a yes/no question about the person turns on, by the open question that asks the same
/// without presuming the answer: liking something ("Do you like the council?" → "How do you
/// feel about the council?") or what they know of it ("Do you remember the
/// flood?" → "What do you remember about the flood?"), or a view they may hold ("Do you support
/// the mayor?" → "How do you see the mayor?"). Any other verb is asked about by how the person
/// feels about the act, which does not presume they did it: "Did you vote for her?" → "How do
/// you feel about voting for her?". Read by `QuestionRewriter.aboutThePerson`; a new verb is
/// one entry.
enum PersonVerbShapes {
  /// The open question a verb's yes/no question becomes.
  enum Shape: Sendable {
    /// "How do you feel about …?"
    case feeling
    /// "What do you <verb> about …?"
    case knowing
    /// "How do you see …?" about the object: "trust the mayor" → "the mayor".
    case viewing
    /// "How do you see …?" about the subject of the clause weighed, or the object when there
    /// is no clause: "considered that your diet is the problem" → "your diet".
    case weighing
  }

  /// Each verb's shape, by its base form.
  static let shapes: [String: Shape] =
    Dictionary(uniqueKeysWithValues: feelings.map { ($0, .feeling) })
    .merging(knowing.map { ($0, .knowing) }) { first, _ in first }
    .merging(views.map { ($0, .viewing) }) { first, _ in first }
    .merging(claimVerbs.map { ($0, .weighing) }) { first, _ in first }

  /// Verbs of liking or disliking, which "How do you feel about" says whole. A verb that says
  /// more ("trust", "miss") is a topic word the rewrite keeps.
  private static let feelings = ["like", "love", "hate", "enjoy", "mind", "prefer", "dislike"]

  /// Verbs of holding a view of someone or something, whose yes/no question presumes which
  /// view the person should hold: asking how they see it presumes none.
  private static let views = ["support", "respect", "rate", "admire", "back"]

  /// Verbs of weighing a claim, which take a clause ("think the plan works").
  private static let claimVerbs = [
    "believe", "think", "consider", "doubt", "reckon", "realize", "realise", "accept",
  ]

  /// Verbs that say little beyond their object ("had your booster", "did your homework"): the
  /// object alone is asked about.
  static let lightVerbs: Set<String> = ["have", "get", "do"]

  /// Verbs of knowing.
  private static let knowing = ["know", "remember", "understand", "recall"]
}
