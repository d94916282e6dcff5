/// What a line is about: the lemmas of its content words. "How has Sweden's tax worked out?"
/// is about "sweden", "tax" and "work"; "Sweden cut its taxes" shares two of them.
///
/// A lemma is a plural's singular ("taxes" → "tax") or a verb form's base ("worked" →
/// "work"). Function words, and the words any question is made of ("think", "mean", "really"),
/// say nothing of what a line is about and are left out.
struct TopicWords: Sendable, Equatable {
  /// The lemmas, in lowercase.
  let lemmas: Set<String>

  /// - Parameters:
  ///   - ignoring: lemmas to leave out, such as a belief's own: every line about a belief
  ///     shares them.
  ///   - isQuestion: whether to leave out the words questions are made of too
  ///     (`QuestionFrameWords`).
  init(_ text: String, ignoring: Set<String> = [], isQuestion: Bool = false) {
    self.init(Tokenizer.tokenize(text), ignoring: ignoring, isQuestion: isQuestion)
  }

  init(_ tokens: [Token], ignoring: Set<String> = [], isQuestion: Bool = false) {
    var lemmas: Set<String> = []
    for token in tokens where token.isWord {
      let word = token.lowercased
      // Two letters are a word of their own only as an acronym ("EU", "UN").
      guard word.count > 2 || token.hasFixedCase, word.first?.isLetter == true,
        !FunctionWords.isFunctionWord(word),
        !Self.emptyWords.contains(word), !Self.isNumberWord(word)
      else { continue }
      let lemma = Self.lemma(of: word)
      if !Self.emptyWords.contains(lemma) { lemmas.insert(lemma) }
    }
    // Filtered rather than subtracted from a union: no set of every frame word is made anew.
    self.lemmas = lemmas.filter {
      !ignoring.contains($0) && !(isQuestion && QuestionFrameWords.lemmas.contains($0))
    }
  }

  /// The lemmas both lines have.
  func shared(with other: TopicWords) -> Set<String> {
    lemmas.intersection(other.lemmas)
  }

  /// A word's lemma: a plural's singular, a verb form's base, else the word.
  static func lemma(of word: String) -> String {
    if let full = shortForms[word] { return full }
    if let singular = Lexicon.singular(of: word) { return singular }
    if let base = Lexicon.verbReadings(of: word).first?.base, base != word { return base }
    return word
  }

  /// Whether a word is a number spelt out ("five", "forty"): no more what a line is about than
  /// the digits ("5"), which are no words; "five years" and "5 yrs" are both about a year.
  private static func isNumberWord(_ word: String) -> Bool {
    ConfidenceRating.units[word] != nil || ConfidenceRating.tens[word] != nil
  }

  /// Units as they are typed short, by the lemma they stand for: "5 yrs" is "five years".
  private static let shortForms: [String: String] = [
    "yrs": "year", "yr": "year", "hrs": "hour", "mins": "minute", "wks": "week",
    "mths": "month", "secs": "second",
  ]

  /// Words that frame what is said rather than say what it is about.
  private static let emptyWords: Set<String> = [
    "think", "say", "said", "mean", "make", "really", "just", "exactly", "actually", "thing",
    "way", "lot", "kind", "sort", "like", "also", "even", "still", "ever", "much", "many",
    "very", "yes", "yeah", "okay", "well", "sure", "get", "got", "let", "tell", "told", "put",
    "you're", "you've", "it's", "that's", "i'm", "i've", "don't", "doesn't", "didn't", "can't",
    "here", "there", "now", "then", "today", "yourself", "everyone", "everybody", "anyone",
    "themselves", "itself", "himself", "herself", "ourselves", "yourselves", "myself",
  ]
}
