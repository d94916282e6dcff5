/// A clause that sets someone else against the person spoken to: "Tom is older than you",
/// "she's as tall as you". It tells them a fact about themselves by way of another; it gives
/// back nothing they said, and passes no verdict on a kind of person. Their own words turned
/// back ("your sister is older than you" after "my sister is older than me") are read as theirs
/// before this rule is tried.
enum ListenerComparison {
  /// Whether a clause about someone else, with "be", compares them with the listener.
  /// - Parameter predicate: the clause's words from its verb on, in lowercase.
  static func compares(_ clause: Clause, role: SubjectRole, predicate: [String]) -> Bool {
    guard role == .other, case .be = clause.verb else { return false }
    let rest = predicate.dropFirst()
    if let than = rest.firstIndex(of: "than") {
      return isListener(at: than + 1, in: predicate)
        && rest[..<than].contains(where: Comparatives.isComparative)
    }
    guard let first = rest.firstIndex(of: "as"),
      let second = rest[(first + 1)...].dropFirst().firstIndex(of: "as")
    else { return false }
    return isListener(at: second + 1, in: predicate)
  }

  /// Telling a fact outweighs the "you" it is told about.
  static let signal = UtteranceSignal.states(.information, 3)

  private static func isListener(at index: Int, in words: [String]) -> Bool {
    index < words.count && listener.contains(words[index])
  }

  /// The person spoken to, as the standard of a comparison: "than you", "as you".
  private static let listener: Set<String> = ["you", "u", "yourself"]
}
