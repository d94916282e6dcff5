// When "ill" is typed for "I'll": a concern apart from the table of spellings.
extension Shorthand {
  /// Whether "ill" stands as "I'll": it opens a clause ("friday. ill bring the drill", "ok ill
  /// ring her") and a verb that follows "I'll" comes next; "he's ill", "ill health" and "the ill
  /// effects" stay the word.
  static func isIWillBeforeItsVerb(_ tokens: [Token], at index: Int) -> Bool {
    guard index + 1 < tokens.count, tokens[index + 1].hasSpaceBefore,
      opensAClause(tokens, at: index) || index > 0 && tokens[index - 1].lowercased == "ok"
    else { return false }
    return afterIWill.contains(tokens[index + 1].lowercased)
  }

  /// Verbs and adverbs that follow "I'll" and never "ill" the word: "ill bring", "ill ring",
  /// "ill just".
  private static let afterIWill: Set<String> = [
    "be", "bring", "ring", "call", "phone", "text", "come", "pick", "drive", "do", "sort", "get",
    "take", "make", "see", "try", "help", "check", "tell", "ask", "give", "fix", "pop", "put",
    "leave", "send", "pay", "book", "collect", "meet", "wait", "stay", "have", "go", "let",
    "just", "definitely", "still", "never", "always", "probably", "talk", "look", "think",
  ]
}
