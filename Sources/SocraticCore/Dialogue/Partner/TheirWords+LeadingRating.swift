/// A rating said first, with what they make of it after: "like 70? maybe 65. they came last
/// anyway", "dunno, 80? maybe 75. i did win once".
extension TheirWords {
  /// The opening sentences of a turn that only say how sure they are, each with a number: the
  /// last number in them is the rating they settle on, and what follows is theirs to say about
  /// it. Nil when the turn opens on anything else, or on a small number with no scale or
  /// percent ("like 3? maybe 4. that's how many times they missed the bins"): a count.
  static func leadingRatingTokens(_ tokens: [Token]) -> [Token]? {
    var kept: [Token] = []
    for sentence in SentenceSplitter.sentences(in: tokens) {
      let words = sentence.filter(\.isWord).map(\.lowercased)
      guard sentence.contains(where: { $0.kind == .number }), isRemark(words, hasNumber: true)
      else { break }
      kept += sentence
    }
    guard let last = kept.last(where: { $0.kind == .number }),
      last.text.hasSuffix("%") || Int(last.text).map({ $0 > 10 }) == true
    else { return nil }
    return kept
  }
}
