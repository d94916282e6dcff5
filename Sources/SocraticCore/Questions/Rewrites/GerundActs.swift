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
  /// -ing form ("… asking for trouble"). A noun before the -ing form names the act with it
  /// ("binge watching"). A closed question ("Is smoking bad?", "is working from home better
  /// for you?") loses only a plain verdict (`LoadedJudgements.plainVerdicts`) and whom it is
  /// for: a quality that says more ("hard on your knees") is what it asks. Nil when the
  /// question does not open so.
  static func judgedAct(in reading: QuestionReading, isLeading: Bool) -> [Token]? {
    let tokens = Array(reading.tokens[reading.core])
    let words = tokens.map(\.lowercased)
    var start = 1
    if words.count > 1, words[1] == "not" { start = 2 }
    guard let be = words.first.flatMap(FunctionWords.auxiliary), be.kind == .be,
      start + 1 < words.count,
      let gerund = isGerund(words[start])
        ? start
        : (start + 2 < words.count && namesAct(words, gerundAt: start + 1) ? start + 1 : nil)
    else { return nil }
    var end = gerund + 1
    while end < words.count, tokens[end].isWord, !startsVerdict(words, at: end) { end += 1 }
    // "is nan feeling | better", "is smoking getting | worse": an -ing form of a linking verb
    // right before the verdict tells how someone or something is doing, and names no act.
    guard !isLinking(words[end - 1]) else { return nil }
    // "eating late | bad": a word right before a plain verdict that is no verdict of the
    // asker's own says how the act is done, and is part of it; a viewpoint adverb ("eating
    // meat | morally | wrong") is the asker's own.
    if end + 1 < words.count, tokens[end].isWord, !verdictOpeners.contains(words[end]),
      !LoadedJudgements.plainVerdicts.contains(words[end]), !isViewpointAdverb(words[end]),
      LoadedJudgements.plainVerdicts.contains(words[end + 1])
    {
      end += 1
    }
    guard end < words.count else { return nil }
    let verdict = isViewpointAdverb(words[end]) && end + 1 < words.count ? end + 1 : end
    let isPlain =
      LoadedJudgements.plainVerdicts.contains(words[verdict])
      && isForWhom(words[(verdict + 1)...])
    guard isPlain || (isLeading && end > start + 1) else { return nil }
    return phrase("How do you see") + tokens[start..<end]
  }

  /// Whether a word is the -ing form of a linking verb (`LinkingVerbs`): "feeling", "getting".
  private static func isLinking(_ word: String) -> Bool {
    Lexicon.verbReadings(of: word).contains {
      $0.form == .presentParticiple && LinkingVerbs.bases.contains($0.base)
    }
  }

  /// Whether a word is an -ly adverb and nothing else, which says from what view a verdict is
  /// given: "morally", "legally".
  private static func isViewpointAdverb(_ word: String) -> Bool {
    word.hasSuffix("ly") && Lexicon.classes(of: word) == .adverb
  }

  /// Whether a word is an -ing form of a verb: "smoking", "watching".
  private static func isGerund(_ word: String) -> Bool {
    word.hasSuffix("ing")
      && Lexicon.verbReadings(of: word).contains(where: { $0.form == .presentParticiple })
  }

  /// Whether the word before an -ing form names the act with it ("binge watching", "online
  /// shopping"), not a subject doing it ("dad cooking", "she working").
  private static func namesAct(_ words: [String], gerundAt index: Int) -> Bool {
    let before = words[index - 1]
    return isGerund(words[index]) && !FunctionWords.isFunctionWord(before)
      && FunctionWords.subjectPronouns[before] == nil
      && !CritiqueVocabulary.personNouns.contains(before)
      && !Lexicon.classes(of: before).isDisjoint(with: [.noun, .adjective])
  }

  /// Whether what follows a verdict only says whom it is for: nothing, or "for you", "for
  /// kids", "for your health".
  private static func isForWhom(_ rest: ArraySlice<String>) -> Bool {
    let words = rest.filter { $0.first?.isLetter == true }
    return words.isEmpty || (words.first == "for" && (2...3).contains(words.count))
  }

  /// Whether the verdict on an act starts at a word of a yes/no question about it.
  private static func startsVerdict(_ words: [String], at index: Int) -> Bool {
    let word = words[index]
    if verdictOpeners.contains(word) || LoadedJudgements.plainVerdicts.contains(word)
      || isViewpointAdverb(word)
    {
      return true
    }
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
