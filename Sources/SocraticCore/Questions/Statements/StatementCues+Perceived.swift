// What anyone can perceive or rely on, said with "you can always" or "you could just": no step
// put to them.
extension StatementCues {
  /// "you can always tell when …", "you could always see the sea from there", "you can always
  /// count on her", "you could just tell she was tired": a verb of perceiving or relying after
  /// the softened-step cue says what the person knows or knew, not what to do, so the cue's
  /// advice weight (and that of "you could") is taken back. "you can always ask the council
  /// again" keeps it: asking is a step.
  static let perceivedNotAdvised: [UtteranceCue] = softenedSteps.flatMap { step in
    perceivingVerbs.map { verb in UtteranceCue("\(step.phrase) \(verb)", -step.weight) }
  }

  /// The softened-step cues of `advice`, with the advice weight each phrase carries in all.
  private static let softenedSteps: [(phrase: String, weight: Int)] = [
    ("you can always", 4), ("you could always", 5),
    ("you can just", 4), ("you could just", 5),
  ]

  /// Verbs of perceiving, knowing or relying: what follows them is how things are.
  private static let perceivingVerbs = [
    "tell", "see", "hear", "feel", "smell", "sense", "spot", "notice", "count on", "rely on",
    "expect", "recognise", "recognize",
  ]
}
