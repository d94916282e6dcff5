/// A rating said with a wavering between two numbers ("like 80? maybe 85 idk", "still about
/// 70. maybe 65") or with how it has moved ("60 now, not 75", "75. was higher once"): given
/// back as the range or the change, and the number they came to last is theirs, said as the
/// one noted.
struct RatingWavering: Equatable {
  /// The rating they came to: the last one said, or the one said as now.
  var value: Int
  /// How it is given back: "Somewhere round 80 to 85".
  var said: String
  /// For a range, which number of it is kept, said after it: the log holds one number.
  var kept: String?

  /// The wavering or the change a line tells with its rating; nil for one number said plainly.
  static func read(_ line: String, besides belief: String) -> RatingWavering? {
    let text = TypedTextLimit.prefix(of: line, characters: readLimit)
    // A long line with two numbers may rate two things: only a short one wavers.
    guard Tokenizer.tokenize(text).filter(\.isWord).count <= wordLimit else { return nil }
    let numbers = ConfidenceRating.ratingNumbers(in: text, besides: belief)
    let words = Tokenizer.tokenize(text).map(\.lowercased)
    // "90. maybe 100 when the bus is late", "60, my brother would say 20": a number said of
    // a part or of someone else is no wavering; only hedges may come with the second.
    let first = words.firstIndex(of: String(numbers.first ?? -1)) ?? words.count
    let rest = words[min(first + 1, words.count)...].filter { word in
      word.first?.isLetter == true && !hedges.contains(word)
        && !ConfidenceRating.hedges.contains(word)
    }
    if numbers.count == 2, numbers[0] != numbers[1], rest.isEmpty {
      // "65 now, not 80", "70, was 85 before": the number denied or past is where they were.
      let second = words.lastIndex(of: String(numbers[1]))
      let isEarlier =
        second.map { index in
          words[..<index].suffix(2).contains(where: earlierWords.contains)
        } == true
      if isEarlier {
        let now = numbers[0]
        let way = now < numbers[1] ? "down" : "up"
        return RatingWavering(value: now, said: "So \(now) now, \(way) from \(numbers[1])")
      }
      // "85. well 80", "90, no, 85": the first taken back, the second is their rating, said
      // plainly; no range they did not give.
      let after = min(first + 1, words.count)
      let between = words[after..<max(after, second ?? words.count)]
      if between.contains(where: settlingWords.contains) { return nil }
      let (low, high) = (min(numbers[0], numbers[1]), max(numbers[0], numbers[1]))
      return RatingWavering(
        value: numbers[1], said: "Somewhere round \(low) to \(high)",
        kept: "I'll note \(numbers[1]), the last number you said.")
    }
    // "75. was higher once": one number, and where it used to be.
    if numbers.count == 1,
      let turn = words.firstIndex(where: earlierWords.contains),
      let moved = words[turn...].prefix(4).first(where: movedWords.keys.contains),
      let way = movedWords[moved]
    {
      return RatingWavering(
        value: numbers[0], said: "So \(numbers[0]) now \u{2014} and it used to be \(way)")
    }
    return nil
  }

  /// How many characters of a line are read for it.
  static let readLimit = 300
  /// The most words a line that wavers between ratings has.
  static let wordLimit = 12

  /// Words said with a second rating besides `ConfidenceRating.hedges`: "or", "not 80", "was
  /// higher once".
  static let hedges: Set<String> = earlierWords.union([
    "or", "to", "then", "before", "earlier", "idk", "dunno", "higher", "lower", "down", "up",
  ])

  /// Words between two ratings that take the first back: the second is where they settled.
  static let settlingWords: Set<String> = ["well", "actually", "no", "nah", "wait", "sorry"]

  /// Words before a number that make it where they were: "not 80", "was 85", "from 90".
  static let earlierWords: Set<String> = ["not", "was", "from", "used", "were", "once"]

  /// Words that say which way it moved, as said back.
  static let movedWords: [String: String] = [
    "higher": "higher", "more": "higher", "lower": "lower", "less": "lower",
  ]
}

extension ExploreDialogue {
  /// The rating a line gives: the last of two it wavers between, the one it says is now, or
  /// the one it holds.
  func ratingSaid(in line: String) -> Int? {
    RatingWavering.read(line, besides: state.belief?.belief ?? "")?.value ?? rating(in: line)
  }

  /// A new rating an answer gives in passing (`VolunteeredRating`), when it differs from the
  /// one they hold; read before it is recorded.
  func volunteeredRating(in line: String) -> VolunteeredRating.Reading? {
    VolunteeredRating.reading(
      line, besides: state.belief?.belief ?? "", hasRated: state.map.confidence != nil,
      held: state.map.confidence,
      closingNumberCounts: Self.asksForAmount(state.currentQuestion?.text)
    ).flatMap {
      $0.value == state.map.confidence ? nil : $0
    }
  }
}
