// Words a question quotes rather than uses, which are never faulted.
extension QuestionFormRules {
  /// The indices of the words the question quotes rather than uses: those in quotation marks
  /// ("What do you mean by \"stupid\"?") and those after a verb of saying whose subject is the
  /// person or someone they speak of ("What do you mean when you say they are idiots?", "…
  /// when he says you never help?", "… when your dad said …"). They are someone's words, not
  /// the asker's, and asking about them is good practice.
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
    if let saying = reportedSaying(in: words) {
      quoted.formUnion((saying + 1)..<words.count)
    }
    return quoted
  }

  /// Whether a sentence reports what someone else said ("you called it 'ridiculous'"), so
  /// that its quoted words are theirs, not the asker's own scare quotes.
  static func reportsSaying(_ reading: QuestionReading) -> Bool {
    reportedSaying(in: reading.words) != nil
  }

  /// The index of a verb of saying with someone else for subject ("you said", "when he
  /// says"), or nil.
  private static func reportedSaying(in words: [String]) -> Int? {
    words.indices.first { index in
      sayingVerbs.contains(words[index])
        && words[max(0, index - 3)..<index].contains(where: reporters.contains)
    }
  }

  /// The marks that open or close a quotation, straight or curly, double or single.
  static let quotationMarks: Set<String> = [
    "\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}",
  ]

  private static let sayingVerbs: Set<String> = [
    "say", "said", "says", "call", "called", "mean", "meant", "describe", "described", "label",
    "labelled", "labeled", "tell", "told", "tells",
  ]

  /// Words before a verb of saying that make the words after it someone else's: its subject
  /// ("you", "he", "she", "they"), or the "when" or "if" of a clause that reports them ("when
  /// your mum says …"). Never "I" or "we": the asker's own words are theirs to answer for.
  private static let reporters: Set<String> = ["you", "he", "she", "they", "when", "if"]
}
