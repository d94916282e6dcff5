/// Rewrites a sarcastic request ("Would it kill you to take the bins out once?", "Would it be
/// so hard to text back?") as a question about what would help the person do the act: "What
/// would make it easier for you to take the bins out?". Read literally, the request asks
/// whether the act would harm them, which no rewrite should ask.
enum RequestRewrites {
  /// The rewrite's words without "?", or nil when the question is no sarcastic request or the
  /// act after it is not a verb.
  static func body(for reading: QuestionReading) -> [Token]? {
    let words = reading.words
    let start = reading.core.lowerBound
    let end = reading.core.upperBound
    guard
      let opener = openers.first(where: { words[start..<end].starts(with: $0) }),
      start + opener.count < end
    else { return nil }
    let act = reading.tokens[(start + opener.count)..<end]
    guard let verb = act.first, verb.isWord,
      QuestionRewriter.baseForm(verb.lowercased) == verb.lowercased
    else { return nil }
    let kept = withoutComplaint(Array(act.prefix { $0.kind == .word }))
    return QuestionRewriter.phrase("What would make it easier for you to") + kept
  }

  /// The act without the words that make it a complaint: "once", "for once", "again", "ever".
  private static func withoutComplaint(_ act: [Token]) -> [Token] {
    var kept: [Token] = []
    var index = 0
    while index < act.count {
      let word = act[index].lowercased
      if word == "for", index + 1 < act.count, ["once", "a"].contains(act[index + 1].lowercased) {
        // "for once", "for a change".
        index += act[index + 1].lowercased == "a" ? 3 : 2
        continue
      }
      // "once in a while" is how often, not a complaint.
      let isPhrase = word == "once" && index + 1 < act.count && act[index + 1].lowercased == "in"
      if isPhrase || !complaintWords.contains(word) { kept.append(act[index]) }
      index += 1
    }
    return kept
  }

  /// Words that make an act a complaint, left out of the rewrite.
  private static let complaintWords: Set<String> = [
    "once", "again", "ever", "just", "even", "actually", "literally", "sometime",
  ]

  /// The words that open a sarcastic request, before the act in its base form.
  private static let openers: [[String]] = [
    ["would", "it", "kill", "you", "to"], ["would", "it", "hurt", "you", "to"],
    ["would", "it", "kill", "ya", "to"], ["will", "it", "kill", "you", "to"],
    // "so" goes with the loaded wording before the rewrite reads the question.
    ["would", "it", "be", "so", "hard", "to"], ["would", "it", "be", "hard", "to"],
    ["would", "it", "be", "so", "hard", "for", "you", "to"],
    ["would", "it", "be", "hard", "for", "you", "to"],
    ["is", "it", "so", "hard", "to"], ["is", "it", "that", "hard", "to"],
    ["how", "hard", "is", "it", "to"], ["how", "hard", "can", "it", "be", "to"],
    ["would", "it", "be", "too", "much", "trouble", "to"],
    ["is", "it", "too", "much", "trouble", "to"],
  ]
}
