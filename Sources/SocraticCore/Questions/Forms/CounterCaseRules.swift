/// A case set against the person's view and put to them as a question that ends on "then":
/// "why didn't the sugar tax cut obesity then?", "how come the trains aren't better now, then?",
/// "what about Denmark then?" (never "what about you then?" or "what about saturday then?",
/// which ask after someone or a time). The "then" says the case answers their view; the question asks
/// them to explain it away, not how they see it: a point made, not a question.
///
/// A reason asked for what did not happen ("why didn't", "how come … isn't"), or a case named
/// after "what about", with "then" as its last word. "Why did you move then?" asks about a
/// choice of theirs and is left alone.
enum CounterCaseRules {
  /// Whether a question-word question sets a case against their view.
  static func setsCaseAgainst(_ reading: QuestionReading) -> Bool {
    guard case .questionWord(let index) = reading.opener else { return false }
    let end = reading.core.upperBound
    let words = reading.words[index..<end].filter { $0 != "," }
    guard words.last == "then", words.count > minimumWords else { return false }
    if words.starts(with: ["what", "about"]) {
      // A case is a thing named ("Denmark", "the sugar tax"), not someone or a time.
      let named = words[words.startIndex + 2]
      return !askedAfter.contains(named)
        && (!FunctionWords.isFunctionWord(named) || FunctionWords.determiners.contains(named))
    }
    guard let start = WhyChallengeRules.reasonAsked(reading.words, questionWordAt: index, end: end)
    else { return false }
    return reading.words[start..<min(start + negationReach, end)].contains { word in
      word == "not" || FunctionWords.auxiliary(word)?.isNegated == true
    }
  }

  /// What "what about" asks after rather than sets against their view: a person or a time.
  private static let askedAfter: Set<String> = TimeWords.weekdays.union([
    "you", "u", "him", "her", "them", "us", "me", "tonight", "tomorrow", "today", "later",
    "lunch", "dinner", "tea", "breakfast",
  ])

  /// The fewest words with "then": "what about then?" names no case.
  private static let minimumWords = 3

  /// How far after "why" the negation of what did not happen stands: "why didn't", "how come
  /// prices aren't".
  private static let negationReach = 3
}
