// Set phrases before the question proper that ask nothing, whatever words they have.
extension QuestionReading {
  /// The index after an aside at `start` and the comma after it ("For what it's worth, you're
  /// not a drifter"), or `start` when there is none or nothing follows it: an aside with a
  /// question word in it asks nothing, and neither does what it leads into unless that asks
  /// itself.
  static func skippingAside(_ words: [String], from start: Int, end: Int) -> Int {
    guard start < end, asideOpeners.contains(words[start]),
      let aside = asides.first(where: { words[start..<end].starts(with: $0) }),
      start + aside.count < end
    else { return start }
    let index = start + aside.count
    return index + 1 < end && words[index] == "," ? index + 1 : index
  }

  /// Set phrases with a question word in them that ask nothing: "for what it's worth".
  private static let asides: [[String]] = [
    ["for", "what", "it", "'s", "worth"], ["for", "what", "its", "worth"],
    ["for", "what", "it", "is", "worth"],
  ]

  /// The first words of `asides`, so that most sentences are passed at one look.
  private static let asideOpeners = Set(asides.compactMap(\.first))
}
