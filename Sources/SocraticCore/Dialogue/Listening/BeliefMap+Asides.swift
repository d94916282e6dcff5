// Words said beside the belief: a jab at the question or the tool, or a frame with nothing in it.
extension BeliefMap {
  /// Whether words are a jab at the question or the tool rather than something about the
  /// belief: "lmao 'how do you know that'", "I'm not gonna explain property to a terminal".
  static func isAside(_ text: String) -> Bool {
    let words = " " + text.lowercased().map { $0.isLetter || $0 == "'" ? $0 : " " } + " "
    let spaced = words.split(separator: " ").joined(separator: " ")
    return asideCues.contains { (" " + spaced + " ").contains(" " + $0 + " ") }
  }

  /// Whether words only frame what is said ("if i'm honest", "to be fair", "tbh"): past
  /// the hedges, words of candour and words that carry no meaning, nothing is left.
  static func isFrameOnly(_ text: String) -> Bool {
    plainWords(text).allSatisfy { word in
      FunctionWords.isFunctionWord(word) || ReflectionWriter.hedges.contains(word)
        || candourWords.contains(word)
    }
  }

  /// Words that only say a line is meant candidly: "if i'm honest", "to be real".
  private static let candourWords: Set<String> = [
    "honest", "frank", "truthful", "real", "fair", "tbh", "ngl", "being", "im", "id",
  ]

  /// Words that mark a jab at the question or the tool.
  static let asideCues = [
    "lmao", "duh", "terminal", "what kind of question", "weird thing to ask",
    "did you miss", "you asked", "how do you know", "you already asked", "a bot", "the bot",
  ]
}
