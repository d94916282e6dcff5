/// Cues of warmth that leave a door open to the speaker, read with the rest of `StatementCues`.
extension StatementCues {
  /// The door left open to come back to the speaker: "you can always ring me", "you can always
  /// change your mind". "You can always have it taken out" argues for a plan; it opens no door,
  /// nor does "you can always tell when …", which tells the speaker nothing.
  static let doorsLeftOpen: [UtteranceCue] = [
    "tell me", "talk", "come", "ring", "call", "phone", "text", "message", "ask",
    "change your mind", "say no", "pop round", "stay",
  ].map { UtteranceCue("you can always \($0)", 5) }

  /// The speaker backing off from a point ("ok, I'll drop it"): "drop it" said to them ("you
  /// can always drop it later") is advice, not warmth.
  static let backingOff: [UtteranceCue] = [
    "i 'll drop it", "i will drop it", "dropping it", "let 's drop it", "i 'll leave it",
  ].map { UtteranceCue($0, 5) }
}
