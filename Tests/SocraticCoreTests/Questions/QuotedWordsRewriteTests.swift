import SocraticCore
import Testing

/// A suggestion never says again what its own problem quotes: the note names the words that
/// make the question lead, and the rewrite leaves them out, with or without the adverbs the
/// rewrite drops of its own accord.
@Suite("Rewrites without the words their notes object to")
struct QuotedWordsRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "the rewrite leaves out every phrase the problems quote",
    arguments: [
      "why can't you just be straight with me about the rent?",
      "why won't you just be straight with me about the car?",
      "why won't you ever be honest about the gym fees?",
      "why do you keep pretending the bills are fine?",
      "will a new manager magically fix the rota?",
      "do you seriously still think the landlord cares lol",
    ])
  func leavesOutQuoted(question: String) throws {
    let critique = try critic.critique(question)
    let quoted = critique.problems.flatMap(Self.quotedPhrases)
    #expect(!quoted.isEmpty)
    let suggestion = try #require(critique.suggestion).lowercased()
    for phrase in quoted {
      #expect(!suggestion.contains(phrase), "\(suggestion) keeps '\(phrase)'")
    }
    #expect(critic.isOpen(suggestion))
  }

  /// The phrase a problem quotes between single quotes, lowercased, and the phrase without the
  /// adverbs a rewrite drops when two words or more are left.
  static func quotedPhrases(_ problem: String) -> [String] {
    guard let match = problem.firstMatch(of: /'(.+?)'(?=[ )])/) else { return [] }
    let phrase = match.1.lowercased()
    let core = phrase.split(separator: " ").filter { !["just", "ever", "still"].contains($0) }
    return core.count >= 2 ? [phrase, core.joined(separator: " ")] : [phrase]
  }
}
