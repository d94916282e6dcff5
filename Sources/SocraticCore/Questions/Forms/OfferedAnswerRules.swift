/// A question-word question that answers itself: a short noun phrase after its last comma
/// guesses the thing the question word asks for ("Who do you think cleans this bathroom, the
/// fairies?", "What's eating you, the job?"). The person is handed one answer to accept or
/// refuse, which is a yes/no question put as an open one, and often a jab.
///
/// Read by structure, not by the words guessed: the question before the comma has a verb of
/// its own; the guess opens with a determiner that points at a thing ("the", "a", "some",
/// "your", "that"; not "my", which opens a name the person is called by: "…, my friend?"),
/// or, for a when-question, a time ("…, next month?", "…, never?"),
/// holds no verb and no "or" (a choice: "…, the red or the blue?"), and is a few words long.
enum OfferedAnswerRules {
  /// Where the guessed answer stands, after the comma; nil when the question offers none.
  static func offeredAnswer(in reading: QuestionReading) -> Range<Int>? {
    guard case .questionWord(let index) = reading.opener,
      askingWords.contains(reading.words[index]),
      let comma = reading.core.last(where: { reading.tokens[$0].text == "," }),
      comma > index + 1
    else { return nil }
    let guess = (comma + 1)..<reading.core.upperBound
    let words = reading.words[guess]
    // "When were you planning to do it, next month?": a time guessed for a when-question.
    let asksWhen = reading.words[index] == "when"
    guard let first = words.first,
      asksWhen
        ? (timeGuesses.contains(first) && (0...maximumLength).contains(words.count - 1))
        : (pointingDeterminers.contains(first) && (1...maximumLength).contains(words.count - 1)),
      !words.contains(where: { $0 == "or" || isVerb($0) }), !asksTheirView(words),
      reading.words[(index + 1)..<comma].contains(where: isVerb)
    else { return nil }
    return guess
  }

  /// The question without its guessed answer ("Who do you think cleans this bathroom"), or nil
  /// when it offers none.
  static func withoutOfferedAnswer(_ reading: QuestionReading) -> [Token]? {
    guard let guess = offeredAnswer(in: reading) else { return nil }
    return Array(reading.tokens[reading.core.lowerBound..<(guess.lowerBound - 1)])
  }

  /// Whether words after the comma ask for the person's view ("the way you see it", "as you
  /// see it"): they hand the question to them, guessing no answer.
  private static func asksTheirView(_ words: ArraySlice<String>) -> Bool {
    zip(words, words.dropFirst()).contains { first, second in
      first == "you"
        && (viewVerbs.contains(second) || CritiqueVocabulary.opinionVerbs[second] != nil)
    }
  }

  /// Verbs of seeing a matter one's own way: "see", "look at", "read".
  private static let viewVerbs: Set<String> = ["see", "look", "read", "view", "understand"]

  /// Whether a word is an auxiliary or a verb form other than a bare noun.
  private static func isVerb(_ word: String) -> Bool {
    FunctionWords.auxiliary(word) != nil || QuestionFormRules.isVerbForm(word)
  }

  /// Question words whose answer a noun phrase can be.
  private static let askingWords: Set<String> = [
    "who", "what", "which", "where", "whom", "when",
  ]

  /// Words that open a time guessed for a when-question: "next month", "in a year", "never".
  private static let timeGuesses: Set<String> = [
    "next", "in", "by", "sometime", "some", "tomorrow", "never", "someday", "eventually", "this",
    "after", "before",
  ]

  /// Determiners that open a guessed thing, not a name for the person addressed.
  private static let pointingDeterminers: Set<String> = [
    "the", "a", "an", "some", "your", "that", "this", "those", "these", "his", "her", "their",
  ]

  /// The most words a guess has after its determiner: "the tooth fairy down the road".
  private static let maximumLength = 5
}
