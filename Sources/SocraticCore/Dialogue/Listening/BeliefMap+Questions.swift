extension BeliefMap {
  /// Whether an item of an answer is a question the person asks, not something they hold:
  /// "like what would change my mind?", "do you think it matters?", "but who knows". A
  /// question is never filed as a reason, a doubt or a condition.
  ///
  /// An item is a question when, past its opening fillers, a question word or an auxiliary
  /// before its subject opens it, and its sentence in the answer ends with "?"; a question
  /// word with a verb and at most one word more ("who knows", "who cares") asks without one.
  static func isQuestion(_ item: String, in text: String?) -> Bool {
    let words = Array(plainWords(item).drop { questionFillers.contains($0) })
    guard let first = words.first else { return false }
    let opensQuestion: Bool
    if questionWords.contains(first) {
      if words.count <= rhetoricalWordLimit || asksOutright(words) { return true }
      opensQuestion = true
    } else {
      opensQuestion =
        auxiliaries.contains(first) && words.count > 1 && questionSubjects.contains(words[1])
    }
    guard opensQuestion, let text else { return false }
    let key = Array(plainWords(item).prefix(matchedWords))
    return sentences(of: TypedTextLimit.prefix(of: text, characters: 1_000)).contains {
      $0.hasSuffix("?") && has(key, in: plainWords($0))
    }
  }

  /// Whether words that open on a question word ask whatever they end with: "where else do
  /// people meet." and "who actually walks there now" ask, as a point; "when we moved" and
  /// "what i mean is" tell. A question word asks outright before an auxiliary, or, for one of
  /// `presentAskers`, before a verb of the present ("who goes"). "what" with a copula later
  /// names a thing ("what would change my mind is the figures"), and "which" opens a clause
  /// on what came before ("which would be fine"): both ask only with their "?".
  static func asksOutright(_ words: [String]) -> Bool {
    guard let first = words.first, first != "which" else { return false }
    let rest = words.dropFirst().drop { ReflectionWriter.questionStress.contains($0) }
    guard let next = rest.first, rest.count > 1 else { return false }
    if namingOpeners.contains(first), rest.dropFirst().contains(where: namingCopulas.contains) {
      return false
    }
    if askingAuxiliaries.contains(next) { return true }
    return presentAskers.contains(first)
      && Lexicon.verbReadings(of: next).contains { $0.form == .thirdSingular }
  }

  /// Question words that ask before a verb of the present with no auxiliary: "who goes".
  private static let presentAskers: Set<String> = ["who"]

  /// Question words that, with a copula after their clause, name a thing: "what worries me
  /// is the traffic".
  private static let namingOpeners: Set<String> = ["what", "whatever"]

  /// The copulas that tell a naming clause: "what does worry me is …".
  private static let namingCopulas: Set<String> = ["is", "was", "'s"]

  /// Auxiliaries after which a question word asks, whatever the sentence ends with: "where
  /// else do", "who would". "is" is left out: "what is clear is …" tells.
  private static let askingAuxiliaries: Set<String> = [
    "do", "does", "did", "would", "'d", "can", "could", "will", "should",
  ]

  /// The answer's items without the questions it asks (`isQuestion`).
  static func withoutQuestions(_ answer: ReadAnswer, saying text: String?) -> ReadAnswer {
    var answer = answer
    let asks = { (item: String) in isQuestion(item, in: text) }
    answer.reasons.removeAll(where: asks)
    answer.examples.removeAll(where: asks)
    answer.doubts.removeAll(where: asks)
    answer.wouldChangeMind.removeAll(where: asks)
    if let blockage = answer.blockage, asks(blockage) { answer.blockage = nil }
    if let plan = answer.plan, asks(plan) { answer.plan = nil }
    return answer
  }

  /// How many of an item's first words find its sentence.
  private static let matchedWords = 4

  /// The most words a question that asks without a "?" has: "who knows", "who cares tbh".
  private static let rhetoricalWordLimit = 3

  /// Words that open a question for what it asks.
  private static let questionWords: Set<String> = [
    "what", "why", "how", "who", "where", "when", "which", "whats", "whos", "hows",
  ]

  /// Auxiliaries that open a question before its subject: "do you …", "is it …".
  private static let auxiliaries: Set<String> = [
    "do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "should",
    "have", "has", "dont", "doesnt", "isnt", "arent", "wouldnt", "shouldnt", "cant",
  ]

  /// Subjects after an auxiliary that make it a question: "do you", "is it".
  private static let questionSubjects: Set<String> = [
    "you", "u", "i", "we", "they", "he", "she", "it", "that", "this", "there", "people",
    "anyone", "anybody", "everyone",
  ]

  /// Words that open a question before its question word: "like what …", "but who knows".
  private static let questionFillers: Set<String> = [
    "like", "so", "and", "but", "ok", "okay", "well", "i", "mean", "um", "hmm", "then",
  ]
}
