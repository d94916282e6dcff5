/// Rewrites of a jab about who is to do a task at home, or whose fault something is, asked as
/// how to handle it together, keeping the task and leaving out whom the asker points at:
/// - "Who's going to clean the gutters, you?", "Who'll mind the baby, me again?": "How do you
///   think we should handle cleaning the gutters?";
/// - "How is it my job to sort the recycling?": the same, for a task the asker disowns;
/// - "How is it my fault the car broke down?": "What do you think led to the car breaking
///   down?".
/// Nil for any other question, and for a choice between people ("…, you or me?"), which the
/// either-or rules ask about.
enum SharedTaskRewrites {
  /// The rewrite's words without "?", or nil when the question is none of these shapes.
  static func body(for reading: QuestionReading) -> [Token]? {
    let tokens = Array(reading.tokens[reading.core])
    let words = tokens.map(\.lowercased)
    guard !words.contains("or") else { return nil }
    // "Who's going to pick Sam up?" alone asks a fact; the answer offered after it makes it a
    // jab.
    let offersAnswer = offeredAnswer(tokens)
    if let act = (offersAnswer ? futureTask(words) : nil) ?? disownedTask(words) {
      return task(tokens[act...]).map { QuestionRewriter.phrase(handlingFrame) + $0 }
    }
    if let clause = disownedBlame(words) {
      let statement = Array(tokens[clause...].prefix { $0.isWord })
      return ClauseParser.parse(Clause.respaced(statement))
        .flatMap(QuestionRewriter.gerundPhrase)
        .map { QuestionRewriter.phrase(causeFrame) + $0 }
    }
    return nil
  }

  /// Where the act starts in "who's going to V …", "who will V …", "who is gonna V …".
  private static func futureTask(_ words: [String]) -> Int? {
    guard words.first == "who", words.count > 3 else { return nil }
    return futures.lazy.compactMap { future in
      words[1...].starts(with: future) ? 1 + future.count : nil
    }.first
  }

  /// Whether a short answer with no verb follows the last comma: "…, you?", "…, me again?",
  /// "…, the neighbours?".
  private static func offeredAnswer(_ tokens: [Token]) -> Bool {
    guard let comma = tokens.lastIndex(where: { $0.text == "," }) else { return false }
    let answer = Array(tokens[(comma + 1)...].filter(\.isWord))
    return (1...4).contains(answer.count) && ClauseParser.finiteVerbIndex(in: answer) == nil
  }

  /// Where the act starts in "how is it my job to V …".
  private static func disownedTask(_ words: [String]) -> Int? {
    guard let noun = disowningNoun(words), noun + 2 < words.count, words[noun + 1] == "to"
    else { return nil }
    return noun + 2
  }

  /// Where the clause starts in "how is it my fault (that) …".
  private static func disownedBlame(_ words: [String]) -> Int? {
    guard let noun = disowningNoun(words), blameNouns.contains(words[noun]),
      noun + 2 < words.count
    else { return nil }
    return words[noun + 1] == "that" ? noun + 2 : noun + 1
  }

  /// Where the noun stands in "how is it my job" or "how's that my problem".
  private static func disowningNoun(_ words: [String]) -> Int? {
    guard words.count > 4, words[0] == "how", ["is", "'s"].contains(words[1]),
      ["it", "that", "this"].contains(words[2]), ["my", "our"].contains(words[3]),
      taskNouns.contains(words[4]) || blameNouns.contains(words[4])
    else { return nil }
    return 4
  }

  /// The act as a gerund phrase, up to a comma ("…, me again") and without the words of a
  /// complaint: "drive Gran to the station again" → "driving Gran to the station".
  private static func task(_ act: ArraySlice<Token>) -> [Token]? {
    let kept = act.prefix { $0.isWord }.filter { !complaintWords.contains($0.lowercased) }
    guard kept.count > 1 else { return nil }
    return QuestionRewriter.gerundAct(kept[...])
  }

  private static let handlingFrame = "How do you think we should handle"
  private static let causeFrame = "What do you think led to"

  /// What stands between "who" and the act of a task still to be done.
  private static let futures: [[String]] = [
    ["'s", "going", "to"], ["is", "going", "to"], ["'s", "gonna"], ["is", "gonna"], ["will"],
    ["'ll"], ["'s", "got", "to"], ["has", "to"], ["'s", "supposed", "to"],
    ["is", "supposed", "to"],
  ]

  /// Nouns by which the asker disowns a task: "my job", "my responsibility".
  private static let taskNouns: Set<String> = [
    "job", "responsibility", "duty", "place", "problem", "task", "business",
  ]

  /// Nouns by which the asker disowns blame: "my fault".
  private static let blameNouns: Set<String> = ["fault", "blame"]

  /// Words that make a task a complaint: "again", "always".
  private static let complaintWords: Set<String> = ["again", "always", "ever", "once"]
}
