/// Which sentence of an answer matters most to give back, and the words that say the last
/// reflection missed: the reflection gives back the restated point, the confession, the view
/// tied to the claim before a side detail, a biography or a jab (`AnswerCues.salience`).
extension AnswerMoveReader {
  /// The sentence without the words that say the last reflection missed ("that's not the
  /// point, the point is …" → "the point is …"), and whether it said so.
  static func withoutMisheard(_ sentence: [Token]) -> (rest: [Token], isMisheard: Bool) {
    guard
      let match = Patterns.misheard.lazy.compactMap({
        matches(of: $0, in: sentence, from: 0).first
      }).first
    else { return (sentence, false) }
    let rest = sentence[match.upperBound...].drop { !$0.isWord }
    return (Array(rest), true)
  }

  /// The sentence as it may be given back, with how much it weighs: nil for a question, a
  /// word to the listener, sarcasm, someone else's words, or one too long to give back whole.
  static func salientPart(of sentence: [Token], isQuestion: Bool) -> (weight: Int, text: String)? {
    guard !isQuestion, !isToListener(sentence), !isSarcastic(sentence) else { return nil }
    let start = firstContentIndex(in: sentence)
    let others = othersWords(in: sentence)
    guard !others.contains(start) else { return nil }
    let clauses = clauseRanges(in: sentence)
    guard let text = gist(of: sentence, from: start, clauses: clauses) else { return nil }
    let weights = Patterns.salience.compactMap { pattern, weight in
      matches(of: pattern, in: sentence, from: 0).contains { !others.contains($0.lowerBound) }
        ? weight : nil
    }
    if let weight = weights.max() { return (weight, text) }
    let words = sentence[start...].filter(\.isWord).drop {
      AnswerCues.reasonOpeners.contains($0.lowercased)
    }
    if words.count <= AnswerCues.labelWordLimit { return (1, text) }
    // "I barely did homework": a story of their own weighs less than a view.
    let isStory =
      words.first?.lowercased == "i"
      && words.dropFirst().prefix(2).contains {
        Lexicon.verbReadings(of: $0.lowercased).contains { $0.form == .past }
      }
    let isReported = Patterns.reportedSpeech.contains {
      !matches(of: $0, in: sentence, from: 0).isEmpty
    }
    if isReported { return (1, text) }
    return (isStory ? AnswerCues.storySalience : AnswerCues.plainSalience, text)
  }

  /// The parts, most telling first; parts of equal weight in the order said.
  static func ranked(_ parts: [(weight: Int, text: String)]) -> [String] {
    parts.enumerated()
      .sorted { ($0.element.weight, -$0.offset) > ($1.element.weight, -$1.offset) }
      .map(\.element.text)
  }
}
