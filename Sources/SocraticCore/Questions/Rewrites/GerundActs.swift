// An act named by an infinitive, asked about as a gerund once what was said of it is left out.
extension QuestionRewriter {
  /// The act after "to" as a gerund phrase: "buy another car" → "buying another car", "be
  /// dating him" → "dating him", "be seen with her" → "being seen with her"; nil when the first
  /// word is no verb.
  static func gerundAct(_ act: ArraySlice<Token>) -> [Token]? {
    guard let first = act.first, let base = baseForm(first.lowercased) else { return nil }
    let rest = act.dropFirst().prefix { $0.kind == .word || $0.text == "'s" }
    // "to be dating him": the progressive's own -ing form is the act.
    if base == "be", let next = rest.first, next.lowercased.hasSuffix("ing"),
      Lexicon.verbReadings(of: next.lowercased).contains(where: { $0.form == .presentParticiple })
    {
      return Array(rest)
    }
    guard let gerund = gerund(of: base) else { return nil }
    return [Token(gerund)] + rest
  }

  /// Whether a word after "are you" says what the asker thinks of the person or how the asker
  /// guesses they feel, before the act it is about ("too lazy to", "ashamed to", "scared to"):
  /// a charge, an adjective or a participle.
  static func isChargeOrState(_ word: String) -> Bool {
    chargeWords.contains(word) || Lexicon.classes(of: word).contains(.adjective)
      || Lexicon.verbReadings(of: word).contains(where: { $0.form == .pastParticiple })
  }
}
