/// A rating set right after it was given back wrong or said in a slip: "i said 95 not 100",
/// "95 not 100 lol", "i meant 95". The number it gives replaces the rating held, wherever that
/// was given (`SessionEvent.ConfidenceMoment.correction`).
enum RatingCorrection {
  /// The rating a short line puts in place of `held`, or nil when it sets no rating right: the
  /// held number denied beside one other ("95 not 100", "not 100, 95"), or one other number said
  /// as what they said or meant ("i said 95", "i meant 95 tbh").
  static func rating(in line: String, replacing held: Int?, besides belief: String) -> Int? {
    guard let held else { return nil }
    let text = TypedTextLimit.prefix(of: line, characters: RatingWavering.readLimit)
    let words = Tokenizer.tokenize(ConfidenceRating.spokenAsDigits(text)).filter(\.isWord)
      .map(\.lowercased)
    // "id say 50 now, not 70": a rating that moved is no slip set right.
    guard words.count <= wordLimit, !words.contains(where: changeWords.contains) else {
      return nil
    }
    let numbers = ConfidenceRating.ratingNumbers(in: text, besides: belief)
    let others = numbers.filter { $0 != held }
    guard others.count == 1, let value = others.first, numbers.count <= 2 else { return nil }
    let (heldWord, valueWord) = (String(held), String(value))
    let isHeldDenied =
      words.indices.contains { index in
        words[index] == heldWord
          && words[max(0, index - 2)..<index].contains(where: denials.contains)
      }
    if numbers.count == 2 { return isHeldDenied ? value : nil }
    // One number: said as what they said or meant ("i said 95"), never a count or a story.
    guard let at = words.firstIndex(of: valueWord) else { return nil }
    let before = words[max(0, at - 3)..<at]
    let isSaidByThem =
      before.contains(where: sayings.contains) && before.contains(where: speakers.contains)
    return isSaidByThem ? value : nil
  }

  /// The most words a line that sets a rating right has.
  static let wordLimit = 14

  /// Words that say the rating moved rather than was misheard: "id say 50 now", "put me down
  /// for 55 not 70", "make it 60 not 70".
  static let changeWords: Set<String> = [
    "now", "anymore", "nowadays", "since", "these", "down", "make", "call",
  ]

  /// Words before the held number that deny it: "not 100", "never 100", "wasn't 100".
  static let denials = FunctionWords.negators

  /// Words that say a number was the one they gave: "i said 95", "i meant 95", "i put 95".
  static let sayings: Set<String> = ["said", "meant", "typed", "put", "wrote", "gave", "mean"]

  /// Who said it: only their own rating is set right.
  static let speakers: Set<String> = ["i", "i'd", "id"]

  /// How the listener owns the number it had wrong and gives the right one back.
  static func reply(_ value: Int, replacing held: Int) -> String {
    "Sorry, I had that wrong: \(value), not \(held)."
  }
}
