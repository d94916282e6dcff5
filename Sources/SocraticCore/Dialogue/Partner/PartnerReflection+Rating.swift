/// How sure they said they are, given back with what they said along with it: the number they
/// came down (or up) from when they revised it at once ("80 sure. maybe 75"), and the point
/// they granted the listener as they did ("… cos the frame is decent i'll give you that").
extension PartnerReflection {
  /// The rating they settled on, with the one they revised it from and the point they granted:
  /// "So you'd put it at about 75 out of 100, down from 80, and you'd grant that the frame is
  /// decent."
  static func ratingGivenBack(_ rating: Int, of words: TheirWords) -> String {
    let line = PartnerLines.rating(rating)
    guard rating < 100, let (said, rest) = TheirWords.leadingRating(words.typed) else {
      return line
    }
    let first = TheirWords.rating(in: ratingSaidFirst(said), words: [])
    let drop = first.flatMap { first -> String? in
      guard first != rating, first <= 100 else { return nil }
      return first > rating ? "down from \(first)" : "up from \(first)"
    }
    let parts = [drop, grantedPoint(in: rest).map { "and you'd grant that \($0)" }]
      .compactMap(\.self)
    guard !parts.isEmpty else { return line }
    return String(line.dropLast()) + ", " + parts.joined(separator: ", ") + "."
  }

  /// The rating's tokens before the number it was revised to: "80 sure. maybe 75" → "80
  /// sure.".
  private static func ratingSaidFirst(_ said: [Token]) -> [Token] {
    guard let last = said.lastIndex(where: { $0.kind == .number }) else { return [] }
    return Array(said[..<last])
  }

  /// The point they grant the listener in what follows their rating: the clause before a
  /// trailing "i'll give you that", or the one after an opening "i admit"; turned to the
  /// second person, without the connective that gave it as a reason.
  private static func grantedPoint(in rest: [Token]) -> String? {
    let spoken = Shorthand.expanded(rest).filter(\.isWord)
    for matcher in [PartnerCueMatcher.concedingToTheListener, .granting] {
      guard let span = matcher.spans(in: spoken).first else { continue }
      let point = span.lowerBound > 0 ? spoken[..<span.lowerBound] : spoken[span.upperBound...]
      let clause = point.drop { TheirWords.causalConnectives.contains($0.lowercased) }
      guard ClauseParser.finiteVerbIndex(in: Array(clause)) != nil else { return nil }
      return PartnerClauses.secondPerson(Array(clause))
    }
    return nil
  }
}
