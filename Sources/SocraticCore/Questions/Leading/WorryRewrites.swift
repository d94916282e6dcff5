/// Rewrites a question that puts a worry to the person ("Aren't you scared the dog will bolt?",
/// "Aren't you worried you're going to lose it all?") as one about how they weigh the risk it
/// names: "How do you weigh the risk that the dog will bolt?". It keeps what the risk is and
/// leaves out the fear the asker supposes.
enum WorryRewrites {
  /// The rewrite's words without "?", or nil when no worry word is followed by a clause.
  static func body(for reading: QuestionReading) -> [Token]? {
    let tokens = Array(reading.tokens[reading.core])
    let words = tokens.map(\.lowercased)
    guard let worry = words.firstIndex(where: worryWords.contains),
      words[..<worry].contains("you")
    else { return nil }
    var start = worry + 1
    if start < words.count, words[start] == "that" { start += 1 }
    // "again" and "just" are the asker's; a risk is weighed without them.
    let clause = tokens[start...].prefix { $0.isWord }.filter {
      !["again", "just", "even"].contains($0.lowercased)
    }
    // "worried about the rent" names a thing, which other rules ask about.
    // A risk is what may come: "will", "might", "going to"; "nervous that the exam is next
    // week" is a feeling about a fact, which other rules ask about.
    guard clause.count > 1, let parsed = ClauseParser.parse(clause), !parsed.subject.isEmpty
    else { return nil }
    let isToCome: Bool
    if case .modal = parsed.verb {
      isToCome = true
    } else {
      isToCome = clause.contains { $0.lowercased == "going" }
    }
    guard isToCome else { return nil }
    return QuestionRewriter.phrase("How do you weigh the risk that") + clause
  }

  /// Words that say the person fears what follows.
  static let worryWords: Set<String> = [
    "worried", "afraid", "scared", "frightened", "concerned", "nervous", "anxious", "terrified",
  ]
}
