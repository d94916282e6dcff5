import Testing

@testable import SocraticCore

/// The critic over word salad: lines built at random (with a fixed seed) from auxiliaries,
/// negators, pronouns and punctuation, the words its rules lean on most. None may crash it,
/// each gets a form or a clear refusal, and every suggestion is one the critic itself passes.
@Suite("Critic on word salad")
struct CriticWordSaladTests {
  private static let pieces = [
    "is", "are", "was", "do", "does", "did", "don't", "can", "could", "will", "would",
    "should", "have", "has", "isn't", "aren't", "won't", "can't", "not", "no", "never", "n't",
    "you", "it", "that", "so", "or", "either", "which", "why", "what", "right", "surely",
    "?", "?!", "!", ",", ".", "...", "-", "'", "\"",
  ]

  /// Lines of one to six pieces, the same every run.
  private static func salad(count: Int) -> [String] {
    var generator = SplitMix64(0x5A1A_D5A1_AD00_0013)
    return (0..<count).map { _ in
      let length = 1 + Int(generator.next() % 6)
      return (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
        .joined(separator: generator.next() % 4 == 0 ? "" : " ")
    }
  }

  @Test("no line of word salad crashes the critic, and every suggestion passes it")
  func wordSalad() {
    let critic = QuestionCritic()
    var failures: [String] = []
    for line in Self.salad(count: 4_000) {
      guard let critique = try? critic.critique(line) else { continue }
      if let suggestion = critique.suggestion, !critic.isOpen(suggestion) {
        failures.append("\(line) → \(suggestion)")
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(10))")
  }

  @Test(
    "lines that crashed the critic get a form and a plain suggestion",
    arguments: ["is?", "are?", "don't?", "did?!", "Is not?", "are not", "Can not"])
  func formerCrashes(line: String) throws {
    let critique = try QuestionCritic().critique(line)
    #expect(!critique.isGood)
    #expect(critique.suggestion == "What do you mean by that?")
  }
}
