/// Reflections that do not sound the same twice: a reflection opening as the last one did is
/// given another opening, and one said before word for word is not said again.
extension ReflectionWriter {
  /// The openings a reflection may begin with, each taking the same clause after it, and the
  /// one said instead when the last reflection began the same way.
  static let openingSwaps: [(opening: String, instead: String)] = [
    ("It sounds like ", "So "),
    // "So it was your brother": a fact of theirs is never made a guess at what they feel.
    ("So ", "You're saying "),
    ("You're saying ", "So "),
  ]

  /// The reflection as said after the ones given before it, the last one last: nil when it
  /// was said before word for word; with another opening when the last one opened the same
  /// way ("It sounds like …" twice in a row reads as a formula).
  public static func varied(_ reflection: Reflection, after said: [String]) -> Reflection? {
    let text = reflection.text.lowercased()
    guard !said.contains(where: { $0.lowercased() == text }) else { return nil }
    guard let last = said.last, !isStock(reflection.text),
      let swap = openingSwaps.first(where: { reflection.text.hasPrefix($0.opening) }),
      last.hasPrefix(swap.opening)
    else { return reflection }
    let rest = reflection.text.dropFirst(swap.opening.count)
    return Reflection(text: swap.instead + rest, depth: reflection.depth)
  }
}
