/// A question word typed with a slip at the start of a sentence ("waht do you think", "hiw
/// did it go"), read as the question word it is one slip from: a word the lexicon does not
/// know, one letter added, dropped, changed or two swapped, before a helper verb. What the
/// person typed is kept; only the reading changes.
enum MisspeltQuestionWord {
  /// The sentence with a misspelt question word at its start read as the word it stands for.
  static func spelled(_ sentence: [Token]) -> [Token] {
    guard let first = sentence.firstIndex(where: \.isWord), first + 1 < sentence.count,
      FunctionWords.auxiliary(sentence[first + 1].lowercased) != nil
    else { return sentence }
    let word = sentence[first].lowercased
    guard word.count >= shortest,
      let meant = questionWords.first(where: { FrameRemover.isOneSlipAway(word, $0) }),
      !Lexicon.isKnown(word), !FunctionWords.isFunctionWord(word)
    else { return sentence }
    var spelled = sentence
    spelled[first] = sentence[first].replacingText(with: meant)
    return spelled
  }

  /// The question words a slip is read as, the likeliest first where one slip reaches two.
  private static let questionWords = ["what", "how", "why", "when", "where", "which", "who"]

  /// The fewest letters a misspelt question word has.
  private static let shortest = 3
}
