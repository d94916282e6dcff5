/// Whether a reflection gives back what the persona said, or puts a view in its mouth that it
/// never held: "so you're saying it's only as good as the price holds up" to a persona that
/// never spoke of prices.
///
/// A reflection may add a feeling or a value to their words ("… and that worries you",
/// "fairness matters to you"): that is what makes it complex. What it may not add is a claim of
/// its own: a reflection whose words beyond feelings, values and the words every question is
/// made of share none with the belief, its reasons and what the persona has said, and name at
/// least `unsharedLimit` things of their own, adds a view it never held.
enum ReflectionFit {
  /// How many words of its own a reflection must add, sharing none with what was said, to put
  /// a view in its mouth: one or two new words are a meaning, a value or a paraphrase given
  /// back ("let down by the people in power" of politicians).
  static let unsharedLimit = 3

  /// Whether a reflection adds a view the persona never held.
  /// - Parameters:
  ///   - reflection: the line as typed.
  ///   - said: everything the persona holds and has said: its belief, its reasons, its replies.
  static func addsView(_ reflection: String, said: [String]) -> Bool {
    let tokens = Tokenizer.tokenize(reflection)
    let own = TopicWords(tokens, isQuestion: true).lemmas.filter { lemma in
      !isFeelingOrValue(lemma)
    }
    guard own.count >= unsharedLimit else { return false }
    let spoken = TopicWords(said.joined(separator: " ")).lemmas
    return own.isDisjoint(with: spoken)
  }

  /// What the coach says of such a reflection.
  static let problem =
    "adds something they didn't say: give back their own words, or ask what they mean"

  /// Whether a word names a feeling ("worried", "worry", "scared") or a value ("matter",
  /// "important"), which a complex reflection adds by design.
  private static func isFeelingOrValue(_ lemma: String) -> Bool {
    AnswerCues.feelingWords.contains(lemma) || AnswerCues.feelingVerbs.keys.contains(lemma)
      || AnswerCues.feelingVerbs.values.contains(lemma)
      || feelingBases.contains(lemma) || valueWords.contains(lemma)
  }

  /// The base forms of the feeling verbs and adjectives that a lemma is read as ("worry" of
  /// "worries"): what the feeling words' table has only in other forms.
  private static let feelingBases: Set<String> = Set(
    AnswerCues.feelingVerbs.keys.map(TopicWords.lemma(of:))
      + AnswerCues.feelingWords.map(TopicWords.lemma(of:)) + ["feel", "fear", "bit", "little"])

  /// Words that give back what matters to someone rather than what they claimed.
  private static let valueWords: Set<String> = [
    "matter", "important", "care", "value", "mean", "safe", "safety", "fair", "fairness",
    "right", "wrong", "deep", "lot", "really",
  ]
}

extension PersonaVoice {
  /// What it says to a reflection that puts a view in its mouth (`ReflectionFit`): "Not quite
  /// — I'd say …" and its first reason; nil for a question, or a reflection of what it said.
  /// - Parameter saidSentences: what it has said so far (`DrillState.saidSentences`); its
  ///   belief and its reasons, shown at the start, count as said.
  func correction(of question: PersonaQuestion, saidSentences: Set<String>) -> Reply? {
    guard question.form == .reflection, !question.givesOtherSide else { return nil }
    let reasons = lines.filter { $0.source == .reason }.map(\.text)
    guard
      ReflectionFit.addsView(
        question.key, said: [ownClaim] + reasons + Array(saidSentences))
    else { return nil }
    return Reply(
      text: "Not quite \u{2014} I'd say " + (reasons.first.map(Self.runOn) ?? ownClaim + "."))
  }
}
