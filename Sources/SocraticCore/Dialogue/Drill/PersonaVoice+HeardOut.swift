/// What the persona says to a reflection that gives back what it has already said in full: it
/// has been heard, and says so, as a person does, instead of stonewalling with "nothing to add".
extension PersonaVoice {
  /// The reply to a reflection it welcomes: when all it would say has been said (the reply is
  /// one of `nothingToAdd`), that it was heard, in words not said yet; once each of those is
  /// said, the reply as it is, since no line is said twice; any other reply as it is.
  /// - Parameter saidSentences: the sentences said so far, as `sentenceKeys(of:)` gives them.
  func heardOut(_ reply: Reply, saidSentences: Set<String>) -> Reply {
    guard Self.nothingToAdd.contains(reply.text),
      let unsaid = Self.heardOutLines.first(where: { !saidSentences.contains(Self.key(of: $0)) })
    else { return reply }
    return Reply(text: unsaid, isUnready: reply.isUnready)
  }

  /// How it owns that a reflection put its view well, in turn.
  static let heardOutLines = [
    "Yes, that's about where I am.",
    "That's a fair summary of it, yes.",
    "Right, you've put it better than I did.",
  ]
}
