/// The last resort for a closed or leading question no rule could rewrite: how the person
/// sees what it is about, named by its first name or noun phrase ("So you'd never touch
/// Ethereum again, huh?" → "How do you see Ethereum?"), or what they make of it when it names
/// nothing. A leading or closed question always gets one open suggestion.
enum TopicFallback {
  /// The rewrite's words without "?".
  static func body(for reading: QuestionReading) -> [Token] {
    let tokens = reading.tokens
    let start = reading.lead.isEmpty ? reading.core.lowerBound : reading.lead.lowerBound
    let span = start..<reading.core.upperBound
    if let name = span.dropFirst().first(where: { isName(tokens[$0]) }) {
      let end = tokens[name...].prefix(while: isName).count + name
      return seeing + tokens[name..<end]
    }
    for index in span where starters.contains(reading.words[index]) {
      var end = index + 1
      while end < span.upperBound, isNounPhraseWord(reading.words[end]) { end += 1 }
      if end > index + 1, isNoun(reading.words[end - 1]) {
        return seeing + tokens[index..<end]
      }
    }
    return QuestionRewriter.phrase("What do you make of") + [Token("it")]
  }

  /// Whether a word names something: capitalised inside the sentence, and not "I".
  private static func isName(_ token: Token) -> Bool {
    token.isWord && token.text != "I" && token.text.first?.isUppercase == true
  }

  /// Whether a word can stand in a noun phrase after its determiner: a noun or an adjective.
  private static func isNounPhraseWord(_ word: String) -> Bool {
    guard !FunctionWords.isFunctionWord(word) else { return false }
    return isNoun(word) || Lexicon.classes(of: word).contains(.adjective)
  }

  private static func isNoun(_ word: String) -> Bool {
    !FunctionWords.isFunctionWord(word)
      && (Lexicon.classes(of: word).contains(.noun) || Lexicon.singular(of: word) != nil)
  }

  /// Determiners that open a noun phrase worth naming.
  private static let starters: Set<String> = [
    "the", "a", "an", "your", "my", "our", "their", "his", "her", "this", "these", "those",
  ]

  private static let seeing = QuestionRewriter.phrase("How do you see")
}
