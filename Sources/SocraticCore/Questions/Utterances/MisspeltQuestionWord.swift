/// A question word typed with a slip at the start of a sentence ("waht do you think", "hiw
/// did it go"), read as the question word it is one slip from: a word the lexicon does not
/// know, one letter added, dropped, changed or two swapped, before a helper verb; and a word
/// of its own typed for a helper verb before its subject ("dose that bother you"). What the
/// person typed is kept; only the reading changes.
enum MisspeltQuestionWord {
  /// The sentence with a misspelt question word at its start read as the word it stands for.
  static func spelled(_ sentence: [Token]) -> [Token] {
    guard let first = sentence.firstIndex(where: \.isWord), first + 1 < sentence.count else {
      return sentence
    }
    let word = sentence[first].lowercased
    let next = sentence[first + 1].lowercased
    guard let meant = realWordSlip(word, before: next) ?? questionWordSlip(word, before: next)
    else { return sentence }
    var spelled = sentence
    spelled[first] = sentence[first].replacingText(with: meant)
    return spelled
  }

  /// "dose that bother you": a word of its own, typed for a helper verb before its subject.
  private static func realWordSlip(_ word: String, before next: String) -> String? {
    guard FunctionWords.subjectPronouns[next] != nil || slipSubjects.contains(next) else {
      return nil
    }
    return realWordSlips[word]
  }

  /// "waht do you think": a word the lexicon lacks, one slip from a question word, before a
  /// helper verb; "hw many did you sell": "how" short of a letter, before the quantity it asks.
  private static func questionWordSlip(_ word: String, before next: String) -> String? {
    guard word.count >= shortestBeforeQuantity, !Lexicon.isKnown(word),
      !FunctionWords.isFunctionWord(word)
    else { return nil }
    if QuestionReading.quantityWords.contains(next) {
      return FrameRemover.isOneSlipAway(word, "how") ? "how" : nil
    }
    guard word.count >= shortestBeforeHelper, FunctionWords.auxiliary(next) != nil else {
      return nil
    }
    return questionWords.first { FrameRemover.isOneSlipAway(word, $0) }
  }

  /// The question words a slip is read as, the likeliest first where one slip reaches two.
  private static let questionWords = ["what", "how", "why", "when", "where", "which", "who"]

  /// Words of their own typed for a helper verb that opens a question: "dose" for "does".
  private static let realWordSlips = ["dose": "does"]

  /// Words that stand as the subject after a helper verb besides the subject pronouns.
  private static let slipSubjects: Set<String> = ["that", "this", "anyone", "anybody"]

  /// The fewest letters of a slip for "how" before a quantity: "hw many".
  private static let shortestBeforeQuantity = 2
  /// The fewest letters of a slip before a helper verb: "hwo did", not "ow did" or "wo is".
  private static let shortestBeforeHelper = 3
}
