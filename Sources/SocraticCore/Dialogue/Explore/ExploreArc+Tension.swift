/// What may be held against their view in "You said X, yet you think Y": only a point that
/// pulls against it, never a reason they gave for it.
extension ExploreArc {
  /// Whether a point may be held against their view ("How do you hold the two together?"):
  /// a reason against the claim, never an admission or a feeling of their own ("you haven't
  /// read those ones", "you love her") nor someone agreeing ("the teachers say the same").
  static func pullsAgainst(_ point: String) -> Bool {
    let point = QuestionSlot.withoutGranting(String(point.prefix(AnswerFollowUp.readLimit)))
    let words = Shorthand.expanded(Tokenizer.tokenize(point)).filter(\.isWord).map(\.lowercased)
    // "everyone calls it the NHS": a name is an aside, held against nothing.
    guard let first = words.first, !words.contains(where: agreementWords.contains),
      !QuestionSlot.isNaming(point)
    else { return false }
    // "you haven't read those ones", "you love her": what they have not done, or feel.
    // "you could look at that report": a step they could take to check pulls on nothing.
    let isOwn = ["i", "you", "we"].contains(first)
    // "i suppose i could look": a hedge may come before the step.
    let opening = words.dropFirst().prefix(4)
    return
      !(isOwn
      && (AnswerFollowUp.deniesIt(point)
        || opening.prefix(2).contains(where: feelingVerbs.contains)
        || (opening.contains(where: stepModals.contains)
          && opening.contains(where: checkingVerbs.contains))))
  }

  /// Modals by which they say what they could or will do.
  static let stepModals: Set<String> = [
    "could", "can", "might", "will", "would", "should", "ll", "'ll", "gonna", "may",
  ]

  /// Verbs of checking for themselves: "i could look at the figures", "i'll ask my sister".
  static let checkingVerbs: Set<String> = [
    "look", "check", "read", "ask", "find", "google", "search", "research", "compare", "test",
    "try", "watch", "dig",
  ]

  /// Verbs of a feeling of their own, which pulls on nobody's reasons.
  static let feelingVerbs: Set<String> = [
    "love", "loved", "hate", "hated", "like", "miss", "missed", "want", "wanted", "wish", "feel",
    "felt", "care", "worry", "fear",
  ]

  /// Whether the map filed a point as one of their reasons: what they gave for the claim is
  /// never held against it.
  func isFiledAsReason(_ point: String) -> Bool {
    let words = QuestionWording.contentWords(of: point)
    guard !words.isEmpty else { return false }
    return map.reasons.contains { reason in
      let filed = QuestionWording.contentWords(of: reason.text)
      return Double(words.intersection(filed).count) >= 0.8 * Double(min(words.count, filed.count))
        && !filed.isEmpty
    }
  }

  /// Words by which a point agrees rather than pulls against.
  static let agreementWords: Set<String> = ["same", "agree", "agrees", "agreed", "agreeing"]
}
