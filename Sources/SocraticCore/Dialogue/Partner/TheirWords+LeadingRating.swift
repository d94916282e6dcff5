/// A rating said first, with what they make of it after: "like 70? maybe 65. they came last
/// anyway", "dunno, 80? maybe 75. i did win once".
extension TheirWords {
  /// The opening sentences of a turn that only say how sure they are, each with a number: the
  /// last number in them is the rating they settle on, and what follows is theirs to say about
  /// it. Nil when the turn opens on anything else, or on a small number with no scale or
  /// percent ("like 3? maybe 4. that's how many times they missed the bins"): a count.
  static func leadingRatingTokens(_ tokens: [Token]) -> [Token]? {
    leadingRating(tokens)?.rating
  }

  /// How sure they say they are, 0–100, when what they typed says it at all ("im 80% sure",
  /// "7 out of 10", "like 70? maybe 65"); nil for a number in a story ("cut 18 percent").
  /// A small number said with no scale, percent or word of certainty ("1. one", "2*3*4") is a
  /// count or a list, and so is one that counts the things named after it, even beside "sure"
  /// ("not sure, maybe 3 crashes").
  static func statedRating(in typed: [Token]) -> Int? {
    let words = typed.filter(\.isWord).map(\.lowercased)
    // "£14! for a programme!": the amount cried out at is no rating.
    guard !isOutcry(typed), signals(in: typed, words: words).contains(.confidence),
      let rating = ratingSaid(in: typed, words: words), (0...100).contains(rating)
    else { return nil }
    let hasAScale =
      outOf(typed) != nil || words.contains(where: certaintyWords.contains)
      || typed.contains { $0.text.hasSuffix("%") || $0.lowercased == "percent" }
    let numberIndex = typed.lastIndex { $0.kind == .number }
    if let numberIndex, ConfidenceRating.countsThings(after: numberIndex, in: typed) { return nil }
    let typedNumber = numberIndex.flatMap { Int(typed[$0].text.filter(\.isNumber)) }
    return hasAScale || (typedNumber ?? 0) >= smallestBareRating ? rating : nil
  }

  /// The smallest number typed that rates how sure they are without a scale: "60" does, "1"
  /// counts.
  private static let smallestBareRating = 10

  /// The rating in words that say how sure they are: "7 out of 10" on its scale, else the
  /// number the opening sentences settle on ("80 sure. maybe 75": 75), else the number said.
  static func ratingSaid(in tokens: [Token], words: [String]) -> Int? {
    outOf(tokens) ?? leadingRatingTokens(tokens).flatMap { rating(in: $0, words: words) }
      ?? rating(in: tokens, words: words)
  }

  /// The opening sentences that rate how sure they are (`leadingRatingTokens(_:)`), and the
  /// rest of the turn. A number put with a hedge at the start of the next sentence revises
  /// the rating ("80 sure. maybe 75 cos the frame is decent"): it is the rating they settle
  /// on, and what follows it is the rest.
  static func leadingRating(_ tokens: [Token]) -> (rating: [Token], rest: [Token])? {
    let sentences = SentenceSplitter.sentences(in: tokens)
    var kept: [Token] = []
    var rest: [Token] = []
    for (index, sentence) in sentences.enumerated() {
      let words = sentence.filter(\.isWord).map(\.lowercased)
      guard sentence.contains(where: { $0.kind == .number }), isRemark(words, hasNumber: true)
      else {
        let revision = kept.isEmpty ? 0 : revisionLength(sentence)
        kept += sentence.prefix(revision)
        rest = Array(sentence.dropFirst(revision)) + sentences[(index + 1)...].joined()
        break
      }
      kept += sentence
    }
    guard let last = kept.last(where: { $0.kind == .number }),
      last.text.hasSuffix("%") || Int(last.text).map({ $0 > 10 }) == true
    else { return nil }
    return (kept, rest)
  }

  /// How many tokens open a sentence with a hedge and a number, "maybe 75 …": none when it
  /// opens otherwise.
  private static func revisionLength(_ sentence: [Token]) -> Int {
    guard sentence.count > 2, revisingHedges.contains(sentence[0].lowercased),
      sentence[1].kind == .number
    else { return 0 }
    return 2
  }

  /// Words that put a number as a second thought on the rating just said.
  static let revisingHedges: Set<String> = [
    "maybe", "probably", "prob", "prolly", "perhaps", "actually", "nearer", "closer", "or",
  ]
}
