/// A new rating said in passing, in an answer to another question ("… so more like 65 now if
/// im honest", "… id say 45 now"): a clause of its own that holds a number that may be a
/// rating (`ConfidenceRating.ratingNumbers`), "now", and nothing else but hedges. "the queue is
/// 40 now" or "the rent went up to £40 now" says how much of something there is, not how sure
/// they are.
enum VolunteeredRating {
  /// The rating an answer gives in passing, the last one said; nil when it gives none.
  /// Once they have rated the belief, a clause that owns its number ("maybe 70 if im honest")
  /// or puts it roughly ("70ish") is a new rating too (`revisingWords`).
  static func read(_ line: String, besides belief: String, hasRated: Bool = false) -> Int? {
    let text = ConfidenceRating.spokenAsDigits(
      TypedTextLimit.prefix(of: line, characters: readLimit))
    let ratings = Set(ConfidenceRating.ratingNumbers(in: text, besides: belief))
    guard !ratings.isEmpty else { return nil }
    let clauses = Tokenizer.tokenize(text).split { $0.kind == .punctuation }
    return clauses.compactMap { clause -> Int? in
      let words = clause.map(\.lowercased)
      // "maybe 70 now not 90": a number after "not", "from" or "was" is where they were.
      let numbers = clause.indices.filter { clause[$0].kind == .number }.filter {
        $0 == clause.startIndex
          || !RatingWavering.earlierWords.contains(clause[$0 - 1].lowercased)
      }.compactMap { Int(clause[$0].text) }
      guard numbers.count == 1, let value = numbers.first, ratings.contains(value),
        value >= smallest, words.contains(where: (hasRated ? revisingWords : nowWords).contains),
        clause.allSatisfy({ $0.kind == .number || allowed.contains($0.lowercased) })
      else { return nil }
      return value
    }.last
  }

  /// The words that make a clause's number their rating now, said at any time.
  /// "id say 40 at this point", "more like 35 these days": "now" said in other words.
  static let nowWords: Set<String> = ["now", "nowadays", "point", "days", "moment"]

  /// The words that make a clause's number their rating now once they have rated the belief:
  /// "now", owning it ("if im honest", "tbh") or putting it roughly ("70ish").
  static let revisingWords = nowWords.union(["honest", "honestly", "tbh", "ish"])

  /// How many characters of an answer are read for it.
  static let readLimit = 1_000

  /// The smallest number taken as a rating said in passing: below it, "about 4 now" is more
  /// likely a count than a rating out of 100.
  static let smallest = 10

  /// The words a clause that gives a rating in passing may hold besides its number: the hedges
  /// a rating is said with, how they own it ("if im honest", "fair enough") and where they
  /// were before ("not 90", "down from 85").
  static let allowed = ConfidenceRating.hedges.union(RatingWavering.earlierWords).union([
    "if", "honest", "to", "be", "fair", "enough", "put", "it", "down", "up", "gone", "at",
    "this", "these", "the",
  ]).union(nowWords)
}
