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

  /// What a plain request ("Can you slow down?", "Could we leave at six?") needs: none of the
  /// rewrites, since it asks for an act and not for an answer, or, when it has a dig in it
  /// ("Can we please not talk politics, for once?"), to be asked without the dig: "Can we
  /// please not talk politics?". Nil when the question is no plain request.
  static func plainRequest(_ reading: QuestionReading) -> [Token]?? {
    let words = reading.words
    let start = reading.core.lowerBound
    let end = reading.core.upperBound
    guard end - start > 2, ["can", "could"].contains(words[start]),
      ["you", "we"].contains(words[start + 1])
    else { return nil }
    var verb = start + 2
    while verb < end,
      ["please", "not", "maybe"].contains(words[verb]) || digWords.contains(words[verb])
    {
      verb += 1
    }
    // "Can you admit that …?" asks for a view, not an act.
    guard verb < end, let base = QuestionRewriter.baseForm(words[verb]), base == words[verb],
      !CritiqueWordClasses.of(base).contains(.opinionVerb), !notActs.contains(base),
      verb + 1 >= end || words[verb + 1] != "that"
    else { return nil }
    let act = Array(reading.tokens[start..<end])
    var kept = withoutComplaint(act, words: digWords)
    while let last = kept.last, last.text == "," { kept.removeLast() }
    guard kept.count < act.count else { return .some(nil) }
    return .some(kept)
  }

  /// Verbs after "can you" that ask what the person thinks or is able to know, not for an act.
  private static let notActs: Set<String> = [
    "say", "see", "imagine", "believe", "think", "tell", "prove", "name", "admit", "accept",
  ]

  /// The act without the words that make it a complaint: "once", "for once", "again", "ever".
  private static func withoutComplaint(_ act: [Token], words: Set<String> = complaintWords)
    -> [Token]
  {
    var kept: [Token] = []
    var index = 0
    while index < act.count {
      let word = act[index].lowercased
      let next = act.dropFirst(index + 1).prefix(2).map(\.lowercased)
      if word == "for", next.first == "once" || next == ["a", "change"] {
        // "for once", "for a change" ("for a walk" is no complaint).
        index += next.first == "once" ? 2 : 3
        continue
      }
      // "once in a while" is how often, not a complaint.
      let isPhrase = word == "once" && index + 1 < act.count && act[index + 1].lowercased == "in"
      if isPhrase || !words.contains(word) { kept.append(act[index]) }
      index += 1
    }
    return kept
  }

  /// Words that make a plain request a dig ("Could you actually listen?"); "again" is not
  /// one there ("Can you play it again?").
  private static let digWords: Set<String> = [
    "ever", "just", "even", "actually", "literally", "really",
  ]

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
