/// The cues by which a question asks for one kind of answer, whatever its shape.
extension PersonaQuestion {
  /// What a question says that asks for one kind of answer whatever its shape, and that kind.
  static let kindCues: [(cue: PhrasePattern, kind: QuestionKind)] = [
    // "What's behind your view that …?" asks for reasons, though it names a view.
    (PhrasePattern("what ('s|is) behind (your|this|that|it)"), .evidence),
    (PhrasePattern("change your (mind|view|opinion|position|thinking)"), .inversion),
    // "Would that change owt for you?" asks whether a case would move it, not where it leads.
    (
      PhrasePattern(
        "(would|will|could|might|does|did) (that|this|it) change (anything|owt|much|something|things) for (you|u)"
      ), .inversion
    ),
    (PhrasePattern("make you (doubt|reconsider|rethink|drop|abandon|question)"), .inversion),
    (PhrasePattern("(you|us) (think|look) again"), .inversion),
    (PhrasePattern("(would|could|will) it take"), .inversion),
    (PhrasePattern("(would|will) (need|have) to (happen|be true|change|come out)"), .inversion),
    // "What would a company have to do for you to trust them?" asks what would win it over.
    (
      PhrasePattern("for (you|u) to (think|believe|accept|feel|say|admit|decide|trust)"),
      .inversion
    ),
    (PhrasePattern("what (would|could|might) make you"), .inversion),
    (PhrasePattern("(would|will|do) you (need|have) to (see|hear|know|find|learn)"), .inversion),
    // Said of the persona only: "who would see it differently?" asks for other views.
    (
      PhrasePattern("(you|u|to) (ever)? (think|see it|believe) (otherwise|differently)"), .inversion
    ),
    (PhrasePattern("(would|could|might|will) (convince|persuade) you"), .inversion),
    (PhrasePattern("(an|one|some) (example|instance)"), .evidence),
    (PhrasePattern("for (example|instance)"), .evidence),
    (PhrasePattern("(what|which|any|some) (examples|instances)"), .evidence),
    (PhrasePattern("what (follows|would follow)"), .implications),
    (PhrasePattern("the (upshot|knock-on|knock-on effect|knock on effect)"), .implications),
    (PhrasePattern("who (gains|benefits|loses|wins|pays)"), .implications),
    (
      PhrasePattern("where (does|would|will) (it|that|this) (belief|view|idea)? lead"),
      .implications
    ),
    (PhrasePattern("(taking|take|took|taken) for granted"), .assumptions),
    (
      PhrasePattern("(what|are|were) (are|do|did)? you (assuming|assume|presuming|presume)"),
      .assumptions
    ),
    (
      PhrasePattern("what (happens|would happen|will happen|happened) (if|when|once)"),
      .implications
    ),
    (
      PhrasePattern("(what|how) (would|will|could) (that|it|this)? change (for|if|when)"),
      .implications
    ),
    (
      PhrasePattern("what (does|would|will|could) (it|that|this) (mean for|lead to|do to)"),
      .implications
    ),
    (
      PhrasePattern("what (are|would be|will be) the (consequences|implications|effects)"),
      .implications
    ),
    (
      PhrasePattern(
        "how (might|would|could|will|do|does) (someone|somebody|people|others|they|critics|opponents|a critic|an opponent|the other side)"
      ), .viewpoints
    ),
    (
      PhrasePattern(
        "(someone|somebody|people|those|anyone|others) who (disagree|disagrees|oppose|opposes|sees it differently|see it differently)"
      ), .viewpoints
    ),
    (
      PhrasePattern(
        "(point of view|perspective|in their shoes|through the eyes of|the other side)"),
      .viewpoints
    ),
    // "Why do you see it that way?" asks for reasons, before how it sees it is read.
    (PhrasePattern("why (do|did|would) you (think|believe|say|feel|see|view)"), .evidence),
    // "How do you see it?" asks for its own view; "How would a shop owner see this?" for another's.
    (PhrasePattern("(do|did|would|could|will) you (see|view)"), .clarification),
    (
      PhrasePattern(
        "(see|view|look at|feel about|react to|think of|say about) (it|this|that|your view|your claim|your belief|the idea|the ban)"
      ), .viewpoints
    ),
    (PhrasePattern("how (do|can|could) you (know|tell|be sure)"), .evidence),
    (PhrasePattern("what (else)? makes you (think|say|believe|so sure)"), .evidence),
  ]

  /// A yes or no that asks whether anything could move it ("Would anything change it for
  /// you?", "could something shift your view"): an invitation to say what would.
  static let anythingWouldChange = PhrasePattern(
    "(would|could|will|might|can|does) (anything|something|owt|aught) (ever)? (change|shift|shake|move|alter|sway)"
  )

  /// Whether a yes or no asks whether anything could change its mind.
  var asksWhetherAnythingWouldChange: Bool {
    form == .closed && Self.says(Self.anythingWouldChange, in: tokens)
  }
}
