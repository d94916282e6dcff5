/// A new rating said in passing, in an answer to another question ("… so more like 65 now if
/// im honest", "… id say 45 now"): a clause of its own that holds a number that may be a
/// rating (`ConfidenceRating.ratingNumbers`), "now", and nothing else but hedges. "the queue is
/// 40 now" or "the rent went up to £40 now" says how much of something there is, not how sure
/// they are.
enum VolunteeredRating {
  /// A rating an answer gives in passing: the last one said, and whether the answer is nothing
  /// but ratings ("my number now is 75"), so that it is given back as the rating and not again
  /// as their words; and the rating they name as the one they moved from ("down from 85 to
  /// 55 now"), which outweighs the one on record.
  struct Reading: Equatable {
    var value: Int
    var isAlone: Bool
    var earlier: Int?
  }

  /// The rating an answer gives in passing, read once; nil when it gives none.
  /// Once they have rated the belief, a clause that owns its number ("maybe 70 if im honest"),
  /// puts it roughly ("70ish") or moves it ("i'd drop it to 50") is a new rating too
  /// (`revisingPhrases`); a clause that only recalls the rating held ("i said 70 at the
  /// start") tells where they were and leaves the answer a rating alone.
  /// - Parameter closingNumberCounts: whether a number alone at the end counts something the
  ///   question asked for ("how many hours …? it varies. 40"), and so is no rating.
  static func reading(
    _ line: String, besides belief: String, hasRated: Bool = false, held: Int? = nil,
    closingNumberCounts: Bool = false
  ) -> Reading? {
    guard
      let ratings = clauseRatings(
        line, besides: belief, hasRated: hasRated, takesClosingNumber: !closingNumberCounts),
      let value = ratings.compactMap({ $0 }).last
    else { return nil }
    let clauses = clauses(of: line)
    let isAlone = zip(ratings, clauses).allSatisfy { rating, clause in
      rating != nil || held.map { recalls($0, in: clause) } == true || asksToChange(clause)
    }
    let earlier = ratings.lastIndex { $0 != nil }.flatMap { earlierRating(in: clauses[$0]) }
    return Reading(value: value, isAlone: isAlone, earlier: earlier)
  }

  /// The number a clause names as the one they moved from: "down from 85 to 55 now", "was
  /// 80, 60 now".
  private static func earlierRating(in clause: ArraySlice<Token>) -> Int? {
    clause.indices.first { index in
      clause[index].kind == .number && index > clause.startIndex
        && startingPointWords.contains(clause[index - 1].lowercased)
    }.flatMap { Int(clause[$0].text) }
  }

  /// Words before a number that name it as where they started; "not 80" only sets a number
  /// aside, and names no rating they held.
  private static let startingPointWords: Set<String> = ["from", "was", "were"]

  /// The rating an answer gives in passing, the last one said; nil when it gives none.
  static func read(_ line: String, besides belief: String, hasRated: Bool = false) -> Int? {
    reading(line, besides: belief, hasRated: hasRated)?.value
  }

  /// The clauses of an answer as read for a rating, split at its marks.
  private static func clauses(of line: String) -> [ArraySlice<Token>] {
    let text = ConfidenceRating.spokenAsDigits(
      TypedTextLimit.prefix(of: line, characters: readLimit))
    return Tokenizer.tokenize(text).split { $0.kind == .punctuation }
  }

  /// Whether a clause only recalls the rating held: its one number, with words of `allowed`
  /// and `recallWords` alone ("actually i said 70 at the start").
  private static func recalls(_ held: Int, in clause: ArraySlice<Token>) -> Bool {
    let numbers = clause.filter { $0.kind == .number }
    return numbers.count == 1 && Int(numbers[0].text) == held
      && clause.allSatisfy {
        $0.kind == .number || allowed.contains($0.lowercased) || recallWords.contains($0.lowercased)
      }
  }

  /// Whether a clause only asks to change the rating, naming it: "can i change my number",
  /// "let me update my rating".
  private static func asksToChange(_ clause: ArraySlice<Token>) -> Bool {
    let words = clause.map(\.lowercased)
    return !Set(words).isDisjoint(with: ratingNames)
      && words.allSatisfy { allowed.contains($0) || changeRequestWords.contains($0) }
  }

  /// Words that ask to change a rating: "can i change my number", "let me update it".
  static let changeRequestWords: Set<String> = [
    "can", "could", "let", "change", "update", "redo", "want", "wanna", "need",
  ]

  /// Words that tell a rating given before: "i said 70 at the start", "gave it 80 first".
  static let recallWords: Set<String> = [
    "said", "gave", "was", "start", "beginning", "first", "earlier", "before", "originally",
  ]

  /// The rating each clause of the answer gives (nil for a clause that gives none), or nil
  /// when no number in it may be a rating.
  private static func clauseRatings(
    _ line: String, besides belief: String, hasRated: Bool, takesClosingNumber: Bool = false
  ) -> [Int?]? {
    let text = ConfidenceRating.spokenAsDigits(
      TypedTextLimit.prefix(of: line, characters: readLimit))
    let ratings = Set(ConfidenceRating.ratingNumbers(in: text, besides: belief))
    guard !ratings.isEmpty else { return nil }
    let tokens = Tokenizer.tokenize(text)
    guard !countsThings(tokens, ratings: ratings) else { return nil }
    let clauses = tokens.split { $0.kind == .punctuation }
    return clauses.indices.map { index -> Int? in
      let clause = clauses[index]
      let words = clause.map(\.lowercased)
      // "not pointless then. just badly organised. 65": once rated, a number that ends the
      // answer on its own says where they are now, as "now" would.
      let isClosingNumber =
        hasRated && takesClosingNumber && index == clauses.count - 1 && index > 0
        && clause.allSatisfy({ $0.kind == .number || bareNumberWords.contains($0.lowercased) })
      // "maybe 70 now not 90": a number after "not", "from" or "was" is where they were.
      let numbers = clause.indices.filter { clause[$0].kind == .number }.filter {
        $0 == clause.startIndex
          || !RatingWavering.earlierWords.contains(clause[$0 - 1].lowercased)
      }.compactMap { Int(clause[$0].text) }
      guard numbers.count == 1, let value = numbers.first, ratings.contains(value),
        value >= smallest,
        isClosingNumber
          || (hasRated ? revisingPhrases : nowPhrases).contains(where: {
            BeliefMap.has($0, in: words)
          }),
        clause.allSatisfy({ $0.kind == .number || allowed.contains($0.lowercased) })
      else { return nil }
      return value
    }
  }

  /// Whether the line counts things with a number that might be a rating: one said after a
  /// word no rating follows ("we used to get 60 at quiz night"), so that a bare number beside
  /// it ("about 20 these days") carries on the count.
  static func countsThings(_ tokens: [Token], ratings: Set<Int>) -> Bool {
    tokens.indices.contains { index in
      guard tokens[index].kind == .number, let value = Int(tokens[index].text),
        ratings.contains(value),
        let before = tokens[..<index].last(where: { !approximators.contains($0.lowercased) })
      else { return false }
      return before.kind == .word && !allowed.contains(before.lowercased)
    }
  }

  /// Words that put a number roughly, read past to the word before it: "get like 60".
  static let approximators: Set<String> = ["like", "about", "around", "roughly", "maybe"]

  /// The words a number that closes an answer may be said with and still be a rating alone:
  /// "… 65", "… maybe 65", "… 65ish".
  static let bareNumberWords: Set<String> = ["maybe", "prob", "probably", "like", "about", "ish"]

  /// The words that make a clause's number their rating now, said at any time.
  /// "id say 40 at this point", "more like 35 these days": "now" said in other words.
  static let nowPhrases: [[String]] = [
    "now", "nowadays", "at this point", "these days", "at the moment", "at this stage",
  ].map { $0.split(separator: " ").map(String.init) }

  /// The words that make a clause's number their rating now once they have rated the belief:
  /// "now", owning it ("if im honest", "tbh"), putting it roughly ("70ish") or in place of the
  /// one held ("more like 60").
  /// "put me at like 80", "my number is 75": words that name the number as their rating.
  static let revisingPhrases =
    nowPhrases + [["honest"], ["honestly"], ["tbh"], ["ish"], ["more", "like"]]
    + ratingNames.map { [$0] }
    + movingVerbs.map { [$0] }

  /// Verbs that move the rating they hold to the number after them: "i'd drop it to about 50",
  /// "bring it down to 40", "bump it up to 80".
  static let movingVerbs: Set<String> = [
    "drop", "lower", "bring", "knock", "nudge", "move", "take", "raise", "bump",
  ]

  /// The words by which a clause names its number as their rating ("put me at like 80", "my
  /// number is 75", "my rating's 60"); without them, "my son is 17" states something. Never
  /// "score": "my score's 85" is as likely a credit score or a test mark as their rating.
  static let ratingNames = ["me", "number", "rating"]

  /// How many characters of an answer are read for it.
  static let readLimit = 1_000

  /// The smallest number taken as a rating said in passing: below it, "about 4 now" is more
  /// likely a count than a rating out of 100.
  static let smallest = 10

  /// The words a clause that gives a rating in passing may hold besides its number: the hedges
  /// a rating is said with ("prob a 60 now"), how they own it ("if im honest", "fair enough")
  /// and where they were before ("not 90", "down from 85"), or how they have it put ("put me down
  /// for 60").
  static let allowed = ConfidenceRating.hedges.union(RatingWavering.earlierWords).union([
    "a", "if", "honest", "to", "be", "fair", "enough", "put", "it", "down", "up", "gone", "at",
    "this", "these", "the", "my", "is", "'s", "'d", "for",
  ]).union(nowPhrases.joined()).union(ratingNames).union(movingVerbs).union(pointingWords)

  /// Words that point the listener at a rating they gave and was walked past: "did you notice
  /// i said 75 now?", "did you see that i said 60 now".
  static let pointingWords: Set<String> = [
    "did", "notice", "noticed", "see", "catch", "hear", "spot", "that",
  ]
}
