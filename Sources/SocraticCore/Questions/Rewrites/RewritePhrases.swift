// The rewrites' own words as tokens, and a body finished as a question.
extension QuestionRewriter {
  /// The yes/no question with its auxiliary positive and "not" after the subject gone:
  /// "Doesn't social media harm teens" → "Does social media harm teens".
  static func positiveQuestion(_ core: [Token]) -> [Token] {
    guard let first = core.first, let auxiliary = FunctionWords.auxiliary(first.lowercased)
    else { return core }
    var tokens = core
    if auxiliary.isNegated {
      tokens[0] = first.replacingText(with: CaseStyle.matching(first, auxiliary.positive))
    } else if let not = tokens.prefix(5).firstIndex(where: { $0.lowercased == "not" }) {
      tokens.remove(at: not)
    }
    return Clause.respaced(tokens)
  }

  /// A phrase as tokens: "What makes" → ["What", "makes"]. The rewrites' own phrases are made
  /// into tokens once: making a token costs more than looking one up.
  static func phrase(_ text: String) -> [Token] {
    fixedPhrases[text] ?? tokens(text)
  }

  static func tokens(_ text: String) -> [Token] {
    text.split(separator: " ").map { Token(String($0)) }
  }

  private static let fixedPhrases: [String: [Token]] = Dictionary(
    uniqueKeysWithValues: [
      "How would you decide whether", "How would you describe", "To what extent",
      "What do you make of the fact that", "What do you think about", "What do you think",
      "What leads", "What makes you say that", "What makes you think", "What makes you",
      "What makes", "What would change if", "What would it take for",
      "Why does it matter to you", "Why does that matter to you", "Why do", "Why does",
      "How do you feel about", "How do", "How does", "What effect do you think", "do you think",
      "worth to you",
      "What can you tell me about", "What do you", "How would you feel", "How would you feel about",
      "matter to you", "to be", "to have", "to you", "yourself", "like", "look", "not", "to",
      "you", "people", "What", "other", "What happened with", "What is your experience with",
      "Where do you stand between", "How do you see",
    ].map { ($0, tokens($0)) })

  /// The body as a question: spaced, the first letter capital, a "?" at the end. The asker's
  /// own words stay theirs: "Should I quit my job?" → "What would change if I quit my job?".
  static func finished(_ body: [Token]) -> String {
    var tokens = body[...]
    while let last = tokens.last, last.kind == .punctuation { tokens.removeLast() }
    var text = ""
    for (index, token) in Clause.respaced(Array(tokens)).enumerated() {
      if token.hasSpaceBefore { text += " " }
      // "i" is a word of its own only as the pronoun: "that i pay" → "that I pay".
      let isPronounI = token.kind == .word && token.text == "i"
      // "how do u see it" is said in full: "How do you see it?".
      let word = Shorthand.writtenOut(token) ?? token.text
      text += index == 0 || isPronounI ? CaseStyle.capitalizingFirst(word) : word
    }
    return text + "?"
  }
}
