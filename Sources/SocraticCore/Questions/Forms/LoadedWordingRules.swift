// Loaded words, scorned speaking up, a harm put as the alternative and exasperation: "ridiculous", "junk", "no matter what", "want her stuck", "on earth", "come on".
extension QuestionFormRules {
  /// Loaded words or phrases anywhere (not "junk food"), a verb that scorns the listener's
  /// speaking up ("you started moaning"), or exasperation after a question word ("on earth").
  static func loadedWording(in reading: QuestionReading, quoted: Set<Int>) -> String? {
    let words = reading.words
    for (index, word) in words.enumerated() where !quoted.contains(index) {
      if reading.isWord(index, .loaded),
        !(index + 1 < words.count
          && CritiqueVocabulary.neutralCompounds[word]?.contains(words[index + 1]) == true)
      {
        return reading.tokens[index].text
      }
      // "… before you started complaining about it?": the listener's speaking up, scorned.
      if CritiqueVocabulary.chargedSpeechVerbs[word] != nil,
        words[max(0, index - CritiqueVocabulary.chargedSpeechReach)..<index].contains("you")
      {
        return reading.tokens[index].text
      }
      if let phrase = CritiqueVocabulary.loadedPhrases.first(where: {
        $0[0] == word && words[index...].starts(with: $0)
      }) {
        return reading.tokens[index..<(index + phrase.count)].joinedText
      }
      // "do you want her stuck indoors?": the alternative to the asker's view, put as a harm.
      if wantingWords.contains(word), index + 2 < words.count,
        let state = words[(index + 2)..<min(words.count, index + dreadedStateReach)]
          .firstIndex(where: dreadedStates.contains)
      {
        return reading.tokens[index...state].joinedText
      }
      // "would you at least consider …": the least they could do, pressed on them.
      if word == "at", index >= 2, words[index - 1] == "you",
        FunctionWords.auxiliary(words[index - 2]) != nil,
        words[(index + 1)...].first == "least"
      {
        return reading.tokens[index...(index + 1)].joinedText
      }
      if word == "come", comeOn.matches(TokenPatternWords(words), at: index) {
        return reading.tokens[index...(index + 1)].joinedText
      }
      if index > 0, reading.isWord(index - 1, .questionWord),
        let phrase = CritiqueVocabulary.exasperations.first(where: {
          words[index...].starts(with: $0)
        })
      {
        return reading.tokens[index..<(index + phrase.count)].joinedText
      }
    }
    return nil
  }

  /// States nobody would want for someone they care for: "stuck", "cooped up", "glued to".
  private static let dreadedStates: Set<String> = [
    "stuck", "trapped", "cooped", "glued", "rotting", "stranded", "isolated", "miserable",
  ]

  /// Forms of "want" whose object may be put in a dreaded state.
  private static let wantingWords: Set<String> = ["want", "wants", "wanting"]

  /// How far after "want" a dreaded state may stand: "want the kids glued".
  private static let dreadedStateReach = 5

  /// "Come on, …", "… come on?": exasperation at the end or before a pause.
  private static let comeOn = TokenPattern("come on (,|!_)")
}
