/// Rewrites a choice of two put as the only ones ("So it's either we move or we sell up,
/// right?") as a question about what else there is, in the question's own words:
/// - two acts, each a verb with or without "we", "you", "I" or "they" before it: "What options
///   do you see besides moving and selling up?";
/// - otherwise a name the choice is about: "So either we tax AI or it eats every job?" → "What
///   options do you see for AI?", "… for Silicon Valley?".
enum FalseChoiceRewrites {
  /// The rewrite's words without "?", or nil when the choice cannot be read.
  static func body(for reading: QuestionReading) -> [Token]? {
    // "Either we move or we stay, which is it?": the choice is the lead, before the core.
    let start = reading.lead.isEmpty ? reading.core.lowerBound : reading.lead.lowerBound
    let tokens = Array(reading.tokens[start..<reading.core.upperBound])
    let words = tokens.map(\.lowercased)
    guard let or = words.firstIndex(of: "or") else { return nil }
    let first = words[..<or].firstIndex(of: "either").map { $0 + 1 } ?? 0
    var end = or + 1
    while end < tokens.count, tokens[end].kind == .word, words[end] != "which" { end += 1 }
    if let one = act(Array(tokens[first..<or])), let other = act(Array(tokens[(or + 1)..<end])) {
      return options + [Token("besides")] + one + [Token("and")] + other
    }
    // The first word is capitalised for the sentence, not as a name.
    let searched = tokens[max(first, 1)..<end]
    guard let name = searched.firstIndex(where: isName) else { return nil }
    return options + [Token("for")] + searched[name...].prefix(while: isName)
  }

  /// Two options put as an act: "we fight" → "fighting", "stay poor forever" → "staying poor
  /// forever"; nil when the words do not open with a verb.
  private static func act(_ words: [Token]) -> [Token]? {
    var words = words[...]
    if let first = words.first, actors.contains(first.lowercased) { words = words.dropFirst() }
    guard let verb = words.first, verb.kind == .word,
      QuestionRewriter.baseForm(verb.lowercased) == verb.lowercased,
      let gerund = QuestionRewriter.gerund(of: verb.lowercased)
    else { return nil }
    return [Token(gerund)] + words.dropFirst()
  }

  /// Whether a word names something: capitalised inside the sentence, and not "I".
  private static func isName(_ token: Token) -> Bool {
    token.kind == .word && token.text != "I" && token.text.first?.isUppercase == true
  }

  /// Who is said to act in an option, left out of the act.
  private static let actors: Set<String> = ["we", "you", "i", "they", "people"]

  private static let options = Tokenizer.tokenize("What options do you see")
}
