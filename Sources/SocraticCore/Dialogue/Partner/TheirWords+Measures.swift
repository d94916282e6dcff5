/// Numbers that measure something in what they tell ("inflation was 7 percent", "6 percent
/// inflation", "every 4 years", "it rose by 9 percent"): a fact of the matter, never how sure
/// they are.
extension TheirWords {
  /// Words before a number (past any `approximations`) that make it a measure of what they
  /// tell: "was 7 percent", "every 4 years", "went up 9%".
  static let measureLeads: Set<String> = [
    "was", "were", "rose", "fell", "grew", "dropped", "jumped", "climbed", "shrank", "up",
    "down", "by", "every", "cost", "costs", "paid", "pay", "earn", "earns", "charge", "charges",
    "of", "than",
  ]

  /// Words that soften a number without changing what it measures: "was about 7 percent".
  static let approximations: Set<String> = [
    "about", "around", "roughly", "like", "maybe", "only", "just",
  ]

  /// Words after a percentage that keep it a rating: "80 percent sure", "90% certain".
  static let ratingWordsAfterAPercentage: Set<String> = [
    "sure", "certain", "confident", "convinced", "positive", "chance", "likely", "maybe",
    "probably", "tops", "max", "ish", "honestly", "tbh", "really",
  ]

  /// Whether the number at an index of their spoken tokens (words and numbers) measures
  /// something they tell rather than rates how sure they are: it counts things ("4 years"),
  /// follows a word that measures ("was 7 percent"), or is a percentage of a thing named after
  /// it ("6 percent inflation").
  static func measuresSomething(at index: Int, in spoken: [Token]) -> Bool {
    if ConfidenceRating.countsThings(after: index, in: spoken) { return true }
    if saysHowSure(after: index, in: spoken) { return false }
    let before = spoken[..<index].reversed().drop { approximations.contains($0.lowercased) }
    if let lead = before.first?.lowercased, measureLeads.contains(lead) { return true }
    var next = index + 1
    if !spoken[index].text.hasSuffix("%") {
      guard next < spoken.count, spoken[next].lowercased == "percent" else { return false }
      next += 1
    }
    guard next < spoken.count else { return false }
    let word = spoken[next].lowercased
    return !ratingWordsAfterAPercentage.contains(word) && !FunctionWords.isFunctionWord(word)
      && Lexicon.classes(of: word).contains(.noun)
  }

  /// Whether a word of certainty follows the number, or its "percent": "80 percent sure".
  private static func saysHowSure(after index: Int, in spoken: [Token]) -> Bool {
    spoken[(index + 1)...].prefix(2).contains {
      ratingWordsAfterAPercentage.contains($0.lowercased)
    }
  }

  /// Whether a turn holds a number that may rate how sure they are: one that measures nothing
  /// (`measuresSomething(at:in:)`).
  static func hasARatingNumber(_ tokens: [Token]) -> Bool {
    let spoken = tokens.filter { $0.isWord || $0.kind == .number }
    return spoken.indices.contains {
      spoken[$0].kind == .number && !measuresSomething(at: $0, in: spoken)
    }
  }
}
