/// How long or how often an act is said to go on, when the saying is a complaint: "all
/// night", "through the whole meal", "every single day". A rewrite asks about the act and
/// leaves the complaint out: "You're not going to game all night again?" → "What do you like
/// about gaming?".
enum TimeExtent {
  /// The words without an extent of time: an optional preposition, a word that stretches
  /// ("all", "the whole", "every"), and the stretch of time it names.
  static func removing(from tokens: [Token]) -> [Token] {
    let words = tokens.map(\.lowercased)
    var result: [Token] = []
    var index = 0
    while index < tokens.count {
      var start = index
      if ["through", "during", "for", "throughout"].contains(words[index]) { start += 1 }
      if let stretch = stretchers.first(where: { words[start...].starts(with: $0) }) {
        var end = start + stretch.count
        if end < words.count, words[end] == "single" { end += 1 }
        if end < words.count, isStretchOfTime(words[end]) {
          index = end + 1
          continue
        }
      }
      result.append(tokens[index])
      index += 1
    }
    return result.count == tokens.count ? tokens : Clause.respaced(result)
  }

  /// Whether a noun names a stretch of time or an occasion: "night", "weekend", "meal".
  private static func isStretchOfTime(_ word: String) -> Bool {
    timeNouns.contains(Lexicon.singular(of: word) ?? word)
  }

  /// Words that stretch an act over a time: "all night", "the whole meal", "every day".
  private static let stretchers: [[String]] = [["all"], ["the", "whole"], ["every"]]

  /// Stretches of time and occasions an act is complained to fill.
  private static let timeNouns: Set<String> = TimeWords.units.union(TimeWords.partsOfDay).union([
    "meal", "dinner", "lunch", "breakfast", "holiday", "trip", "summer", "film", "match", "game",
    "party", "journey", "drive",
  ])
}
