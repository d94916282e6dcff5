/// A line that gives the persona back a feeling of its own ("you sound worn out", "sounds like
/// you're fed up with it"): an empathic reflection, met with how it feels, never argued with
/// as a view pushed at it.
extension PersonaQuestion {
  /// Whether words name a feeling (`AnswerCues.feelingWords`) of the one they speak to: said
  /// of "you" ("you sound", "you're", "you must be") or of how things sound to the speaker
  /// ("sounds like", "must be"), and asking no question of their own.
  static func givesBackFeeling(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard let first = words.first, !FunctionWords.questionWords.contains(first),
      FunctionWords.auxiliary(first) == nil || first == "must"
    else { return false }
    let saysOfListener = feelingOpeners.contains { $0.occurs(in: TokenPatternWords(words)) }
    return saysOfListener && words.contains { AnswerCues.feelingWords.contains($0) }
  }

  /// How a line says a feeling is the listener's: "you sound", "you seem", "you're", "sounds
  /// like", "must be".
  private static let feelingOpeners: [PhrasePattern] = [
    "(you|u|ya) (sound|seem|look|are|'re|re|must|feel|get)", "(youre|ur)",
    "(sounds|seems|must be|must have been)",
  ].map(PhrasePattern.init)
}

extension PersonaVoice {
  /// What it says to a feeling of its own given back: it owns the feeling, then says what lies
  /// under it, a line of its own not said yet.
  func feelingOwned(said: Set<String>) -> Reply {
    let under = firstUnsaid([.reply, .reason], said: said).map { " " + $0.text } ?? ""
    return Reply(text: Self.feelingOwning + under)
  }

  /// How it owns a feeling given back.
  static let feelingOwning = "It's been a lot, honestly."
}
