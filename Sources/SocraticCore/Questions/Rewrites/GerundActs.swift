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

  /// "Shouldn't you have paid the gas bill by now?" → "How do you feel about paying the gas
  /// bill?": an act a duty modal says is overdue, asked about without the reproach; nil for any
  /// other clause.
  static func overdueAct(_ clause: Clause) -> [Token]? {
    guard case .modal(let modal) = clause.verb, dutyModals.contains(modal),
      clause.rest.count > 1, clause.rest[0].lowercased == "have",
      let base = Lexicon.verbReadings(of: clause.rest[1].lowercased)
        .first(where: { $0.form == .pastParticiple })?.base,
      let gerund = gerund(of: base)
    else { return nil }
    let act = clause.rest.dropFirst(2).filter {
      $0.isWord && !overdueWords.contains($0.lowercased)
    }
    return phrase("How do you feel about") + [Token(gerund)] + act
  }

  /// "So I'm selfish for wanting a lie-in?" → "How do you see me wanting a lie-in?": the asker
  /// charged for an act, in their own words, asks how the person sees the act; nil for any
  /// other clause.
  static func chargedForAct(_ clause: Clause) -> [Token]? {
    guard case .be = clause.verb, clause.subject.map(\.lowercased) == ["i"],
      let reason = clause.rest.firstIndex(where: { ["for", "because"].contains($0.lowercased) }),
      reason > 0, reason + 1 < clause.rest.count,
      clause.rest[reason + 1].lowercased.hasSuffix("ing")
    else { return nil }
    let act = clause.rest[(reason + 1)...].prefix(while: \.isWord)
    return phrase("How do you see me") + act
  }

  /// Words that say an act is late: "already", "yet", "by now" is left out before this.
  private static let overdueWords: Set<String> = ["already", "yet"]

  /// "Isn't eating out every night bad for you?" → "How do you see eating out every night?": a
  /// verdict on an act named by its -ing form after "be" is left out, and the act asked about.
  /// The act ends where the verdict starts: an adjective, an adverb of the asker's ("just",
  /// "always"), an article that follows no preposition ("… a month a bit fast"), or a second
  /// -ing form ("… asking for trouble"). Nil when the question does not open so.
  static func judgedAct(in reading: QuestionReading) -> [Token]? {
    let tokens = Array(reading.tokens[reading.core])
    let words = tokens.map(\.lowercased)
    var start = 1
    if words.count > 1, words[1] == "not" { start = 2 }
    guard let be = words.first.flatMap(FunctionWords.auxiliary), be.kind == .be,
      start + 2 < words.count, words[start].hasSuffix("ing"),
      Lexicon.verbReadings(of: words[start]).contains(where: { $0.form == .presentParticiple })
    else { return nil }
    var end = start + 1
    while end < words.count, tokens[end].isWord, !startsVerdict(words, at: end) { end += 1 }
    guard end > start + 1, end < words.count else { return nil }
    return phrase("How do you see") + tokens[start..<end]
  }

  /// Whether the verdict on an act starts at a word of a yes/no question about it.
  private static func startsVerdict(_ words: [String], at index: Int) -> Bool {
    let word = words[index]
    if verdictOpeners.contains(word) { return true }
    if ["a", "an"].contains(word) { return !FunctionWords.prepositions.contains(words[index - 1]) }
    if FunctionWords.isFunctionWord(word) { return false }
    // "texting him at night | asking for trouble": a second -ing form after a noun is the
    // predicate's.
    let previous = words[index - 1]
    if word.hasSuffix("ing"), index > 2, !FunctionWords.isFunctionWord(previous),
      Lexicon.verbReadings(of: previous).allSatisfy({ $0.form != .presentParticiple }),
      Lexicon.verbReadings(of: word).contains(where: { $0.form == .presentParticiple })
    {
      return true
    }
    let classes = Lexicon.classes(of: word)
    return classes.contains(.adjective) && !classes.contains(.noun)
      && Lexicon.verbReadings(of: word).isEmpty
  }

  /// Words by which the asker opens a verdict: "just asking for trouble", "always a mistake",
  /// "no different".
  private static let verdictOpeners: Set<String> = [
    "just", "always", "really", "simply", "basically", "obviously", "clearly", "too", "so",
    "no", "not", "never", "nothing",
  ]
}
