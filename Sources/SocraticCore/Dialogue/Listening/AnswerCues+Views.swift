/// The cues for the views of others an answer tells of, and where the person stands on them.
extension AnswerCues {
  /// Speakers whose view is not given back as theirs: who they are was said before.
  static let unknownSpeakers: Set<String> = ["he", "she", "they"]

  /// Phrases with which the person, after telling someone's view, sides with it: "…, and he's
  /// not wrong", "I can't argue with that".
  static let agreeing: [String] = [
    "(he|she|they|you) ('s|is|are|'re) (not wrong|right|onto something)",
    "(i)? (can't|cannot) argue with (that|it|her|him|them)", "i (agree|think so too)",
    "(and|which) (that 's|is|it 's) (true|right|fair)",
  ]

  /// Phrases with which the person, after telling someone's view, turns against it: "but I
  /// don't buy it", "he would say that", "like that's the problem".
  static let disagreeing: [String] = [
    "(i)? (just)? (don't|do not|can't|cannot) (buy|believe|trust) (it|that|him|her|them|this)",
    "(he|she|they) would say that", "(that 's|it 's|which is) (not true|nonsense|rubbish|wrong)",
    "(he|she|they) ('s|is|are|'re) wrong", "like (that 's|that is|it 's) the (problem|issue|point)",
    "i (disagree|don't agree)",
  ]

  /// Words with which the person turns from someone's view to their own: what follows is their
  /// reply to it.
  static let replyTurns = ContrastReader.clauseOpeners
}
