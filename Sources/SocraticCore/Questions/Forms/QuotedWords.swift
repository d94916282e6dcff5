// Words a question quotes rather than uses, which are never faulted.
extension QuestionFormRules {
  /// The indices of the words the question quotes rather than uses: those in quotation marks
  /// ("What do you mean by \"stupid\"?") and those after a verb of saying whose subject is the
  /// person ("What do you mean when you say they are idiots?"). They are the person's words, and
  /// asking about them is good practice.
  static func quotedWords(in reading: QuestionReading) -> Set<Int> {
    var quoted: Set<Int> = []
    var isInQuotes = false
    for (index, token) in reading.tokens.enumerated() {
      if token.kind == .punctuation, quotationMarks.contains(token.text) {
        isInQuotes.toggle()
      } else if isInQuotes {
        quoted.insert(index)
      }
    }
    let words = reading.words
    if let saying = words.indices.first(where: { index in
      sayingVerbs.contains(words[index])
        && words[max(0, index - 3)..<index].contains("you")
    }) {
      quoted.formUnion((saying + 1)..<words.count)
    }
    return quoted
  }

  /// The marks that open or close a quotation, straight or curly, double or single.
  static let quotationMarks: Set<String> = [
    "\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}",
  ]

  private static let sayingVerbs: Set<String> = [
    "say", "said", "says", "call", "called", "mean", "meant", "describe", "described", "label",
    "labelled", "labeled",
  ]
}
