/// A new rating said in passing, in an answer to another question ("so more like 65 now if im
/// honest", "id put it at 40 now tbh"): a number that may be a rating
/// (`ConfidenceRating.ratingNumbers`), said as where they are now — "now" right after it, or
/// a lead-in before it that puts a rating ("more like", "down to", "id say"). It is their
/// confidence now, as if they had been asked.
enum VolunteeredRating {
  /// The rating an answer gives in passing, the last one said; nil when it gives none, or only
  /// numbers that count, date or price something.
  static func read(_ line: String, besides belief: String) -> Int? {
    let text = ConfidenceRating.spokenAsDigits(
      TypedTextLimit.prefix(of: line, characters: readLimit))
    let ratings = Set(ConfidenceRating.ratingNumbers(in: text, besides: belief))
    guard !ratings.isEmpty else { return nil }
    let tokens = Tokenizer.tokenize(text)
    // A price's sign ("£65") is a token of its own, before its number.
    let priced = Set(
      tokens.indices.dropFirst().filter { currencySigns.contains(tokens[$0 - 1].text) })
    let words = tokens.indices.filter { tokens[$0].kind != .punctuation }
    let said = words.indices.filter { place in
      let token = tokens[words[place]]
      guard token.kind == .number, let value = Int(token.text), ratings.contains(value),
        value >= smallest, !priced.contains(words[place])
      else { return false }
      let isNow = place + 1 < words.count && tokens[words[place + 1]].lowercased == "now"
      let isPut = leadIns.contains { lead in
        place >= lead.count
          && words[(place - lead.count)..<place].map { tokens[$0].lowercased } == lead
      }
      return isNow || isPut
    }
    return said.last.flatMap { Int(tokens[words[$0]].text) }
  }

  /// How many characters of an answer are read for it.
  static let readLimit = 1_000

  /// The smallest number taken as a rating said in passing: below it, "more like 4 now" is more
  /// likely a price or a count than a rating out of 100.
  static let smallest = 10

  /// Signs a price is written with, before its number.
  static let currencySigns: Set<String> = ["£", "$", "€"]

  /// Words that put a rating right before its number.
  static let leadIns: [[String]] = [
    ["more", "like"], ["down", "to"], ["up", "to"], ["id", "say"], ["i'd", "say"],
    ["put", "it", "at"], ["im", "at"], ["i'm", "at"], ["dropped", "to"], ["gone", "to"],
  ]
}
