// When "ill" is typed for "I'll": a concern apart from the table of spellings.
extension Shorthand {
  /// Whether "ill" stands as "I'll": it opens a clause ("friday. ill bring the drill", "ok ill
  /// ring her") and a verb that follows "I'll" comes next; "he's ill", "ill health" and "the ill
  /// effects" stay the word. After a conjunction the word "ill" is often meant ("old and ill
  /// just makes it worse"), so there a verb must come next, or an adverb and then the verb
  /// ("and ill just ring her"); first, after a mark or "ok", an adverb alone will do ("ill
  /// still go").
  static func isIWillBeforeItsVerb(_ tokens: [Token], at index: Int) -> Bool {
    guard index + 1 < tokens.count, tokens[index + 1].hasSpaceBefore else { return false }
    let next = tokens[index + 1].lowercased
    let afterNext = index + 2 < tokens.count ? tokens[index + 2].lowercased : ""
    let verbFollows =
      verbsAfterIWill.contains(next)
      || adverbsAfterIWill.contains(next) && verbsAfterIWill.contains(afterNext)
    if index == 0 || tokens[index - 1].kind == .punctuation || tokens[index - 1].lowercased == "ok"
    {
      return verbFollows || adverbsAfterIWill.contains(next)
    }
    return opensAClause(tokens, at: index) && verbFollows
  }

  /// Verbs that follow "I'll" and never "ill" the word: "ill bring", "ill ring".
  private static let verbsAfterIWill: Set<String> = [
    "be", "bring", "ring", "call", "phone", "text", "come", "pick", "drive", "do", "sort", "get",
    "take", "make", "see", "try", "help", "check", "tell", "ask", "give", "fix", "pop", "put",
    "leave", "send", "pay", "book", "collect", "meet", "wait", "stay", "have", "go", "let",
    "talk", "look", "think",
  ]

  /// Adverbs that follow "I'll" as readily as they follow "ill" the word: "ill just", "ill
  /// still".
  private static let adverbsAfterIWill: Set<String> = [
    "just", "definitely", "still", "never", "always", "probably",
  ]
}
