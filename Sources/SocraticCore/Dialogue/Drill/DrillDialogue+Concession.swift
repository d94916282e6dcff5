/// A point granted to the persona and nothing else ("ok i'll give you that", "fair enough,
/// that's true"): the learner owns that the persona has a point. The persona takes it in
/// character, its confidence unmoved, and waits for the next question; the coach says it is
/// fair to say and counts it as neither a question nor a reflection, never as an opinion
/// pushed at it.
extension DrillDialogue {
  /// The step for a line that only grants a point; nil for any other line, or before the
  /// persona has said anything to grant.
  mutating func answerConcession(_ line: String) -> DialogueStep? {
    guard state.persona != nil, state.lastReply != nil, Self.onlyGrants(line) else { return nil }
    let reply =
      (Self.grantTaken.first { !state.saidSentences.contains(PersonaVoice.key(of: $0)) }
        ?? Self.grantTaken[0]) + " " + LearnerApology.invitation
    return unaskedTurn(line, reply: reply, note: .notice(Self.grantNote, tone: .success))
  }

  /// Whether a line grants a point and does nothing else: the answer reader finds a
  /// concession and no other move in it, no view or doubt of its own, and it asks nothing. An
  /// encourager ("ok fair enough" in a run of nudges) invites it to go on instead.
  static func onlyGrants(_ line: String) -> Bool {
    guard !line.contains("?"), !PersonaVoice.isEncourager(key: key(of: line)) else {
      return false
    }
    // "fair enough, that makes sense": grants one after another, however the reader parts them.
    let words = Tokenizer.tokenize(line).filter(\.isWord).map(\.lowercased)
    if PersonaQuestion.grantsOnly(words) { return true }
    let read = AnswerMoveReader.read(line)
    return read.moves == [.concession] && read.stand == nil && read.doubts.isEmpty
      && read.views.isEmpty && read.examples.isEmpty
  }

  /// How the persona takes a point granted, in turn: it thanks them, and stays itself.
  static let grantTaken = [
    "Thanks, that's fair of you.",
    "I appreciate that.",
    "Fair of you to say so.",
  ]

  /// What the coach says of a point granted.
  static let grantNote =
    "A point granted: fair to say, and the persona hears it without digging in. It uses up this "
    + "turn and counts as neither a question nor a reflection; ask next what you want to know."
}
