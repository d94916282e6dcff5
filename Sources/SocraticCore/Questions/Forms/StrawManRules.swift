/// A summary of the person's view that stretches it to score a point: "So you think everyone
/// who disagrees is just a fool then". It is framed as a reflection ("you think", "you're
/// saying") but puts an extreme view in their mouth, by at least two signs: a quantifier that
/// allows no exception ("everyone", "nobody", "always"), a word that makes it small ("just",
/// "simply"), and a closing "then" that draws the conclusion for them. One sign alone is how
/// people talk ("So you feel nobody listens" gives back a feeling).
enum StrawManRules {
  /// The signs of a straw man in a summary of the person's view, as written ("everyone … just
  /// … then"), or nil when it is not one.
  static func signs(in reading: QuestionReading) -> String? {
    guard case .statement(let index, _) = reading.opener,
      PresumptionRules.saysWhatTheyThink(reading, at: index) || saysTheirPlan(reading, at: index)
    else { return nil }
    let said = Array(reading.words[(index + 2)..<reading.core.upperBound])
    // The signs in the order said: "just … the whole … then".
    var found: [(at: Int, word: String)] = []
    if let sweeping = said.firstIndex(where: sweepingQuantifiers.contains) {
      found.append((sweeping, said[sweeping]))
    }
    if let small = said.firstIndex(where: belittling.contains) {
      found.append((small, said[small]))
    }
    if said.last == "then" { found.append((said.count - 1, "then")) }
    guard found.count >= signsNeeded else { return nil }
    return found.sorted { $0.at < $1.at }.map(\.word).joined(separator: " … ")
  }

  /// Whether a summary says what the listener will do: "so you're going to …", "you'll …".
  /// "So you're just going to sell the whole lot then" stretches a plan as the same signs
  /// stretch a view.
  private static func saysTheirPlan(_ reading: QuestionReading, at index: Int) -> Bool {
    let words = reading.words[index..<reading.core.upperBound]
    return words.starts(with: ["you", "'ll"]) || words.starts(with: ["you", "will"])
      || (words.dropFirst().first.map { ["'re", "are"].contains($0) } == true
        && words.dropFirst(2).prefix(2).contains { ["going", "gonna"].contains($0) })
  }

  /// How many signs make a straw man.
  private static let signsNeeded = 2

  /// Quantifiers and adverbs that allow no exception.
  /// The word by which a reading offered for them to confirm ("so all landlords are crooks, is that what
  /// you're saying?") sweeps wider or calls names where they did not: a caricature to knock
  /// down, not what they said. Without their words, any sweep or insult is the speaker's.
  /// - Parameters:
  ///   - words: the reading, in lowercase words, without its check.
  ///   - heard: what they said, in lowercase words; nil when unknown.
  /// - Returns: the first word that does, or nil.
  static func caricature(_ words: [String], heard: [String]?) -> String? {
    let heard = Set(heard ?? [])
    return words.first {
      (sweepingQuantifiers.contains($0) || CritiqueVocabulary.insultingWords.contains($0)
        || CritiqueVocabulary.loadedWords.contains($0)) && !heard.contains($0)
    }
  }

  private static let sweepingQuantifiers: Set<String> = [
    "everyone", "everybody", "everything", "nobody", "nothing", "all", "every", "anyone",
    "anybody", "always", "never", "none", "whole",
  ]

  /// Words that make what they modify small.
  private static let belittling: Set<String> = ["just", "simply", "merely", "only"]
}
