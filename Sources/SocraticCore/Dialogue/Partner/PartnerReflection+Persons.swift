/// Whether a line gives back their words with the persons turned cleanly.
extension PartnerReflection {
  /// Whether a line is free of two people as "you": no chat spelling of the listener left in
  /// it ("So the blue mug is urs."), and none of the clauses it gives back names both the
  /// speaker and the listener ("ull be slower than me" → "you'll be slower than you") or
  /// what is the listener's ("it's urs"). A line of none of their clauses, a stock line, is
  /// clean.
  static func turnsPersonsCleanly(_ line: String, of words: TheirWords) -> Bool {
    let lineWords = Tokenizer.tokenize(line).filter(\.isWord).map(\.lowercased)
    guard !lineWords.contains(where: FirstPersonReflector.chatListenerWords.contains) else {
      return false
    }
    let content = Set(
      lineWords.dropFirst().filter {
        !FunctionWords.isFunctionWord($0) && !FirstPersonReflector.namesAPerson($0)
          && !$0.hasPrefix("'")
      })
    guard !content.isEmpty else { return true }
    return PartnerClauses.of(words).allSatisfy { clause in
      !content.isSubset(of: clause.filter(\.isWord).map(\.lowercased))
        || FirstPersonReflector.shiftsCleanly(clause)
    }
  }
}
