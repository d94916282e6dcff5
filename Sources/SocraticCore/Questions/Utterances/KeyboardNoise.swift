/// A line of keys struck at random ("asdf", "qwerty zxcv", "jjjj"): no word of it is one the
/// lexicon knows, a function word, a filler, a laugh or a chat word. It neither asks nor gives
/// back, however short it is; a one-word reflection ("darts") names something.
enum KeyboardNoise {
  /// Whether every word of a line is unknown.
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  static func isNoise(_ words: [String]) -> Bool {
    let said = words.filter { $0.first?.isLetter == true }
    return !said.isEmpty && said.allSatisfy(isUnknown)
  }

  /// Whether a word is none that the critic or the lexicon knows.
  private static func isUnknown(_ word: String) -> Bool {
    !Lexicon.isKnown(word) && !FunctionWords.isFunctionWord(word)
      && !CritiqueVocabulary.turnOpeners.contains(word)
  }
}
