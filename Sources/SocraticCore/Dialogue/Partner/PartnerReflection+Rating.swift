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
    let granted = grantedPoint(in: rest, by: [.concedingToTheListener, .granting])
    let parts = [drop, granted.map { "and you'd grant \($0)" }]
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
}
