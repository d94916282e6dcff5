/// The ways "because" is typed: "because", "'cause", "cuz", "bc", "coz", "cos", and "cause"
/// without its apostrophe, which is "because" only where a clause follows it ("cause she
/// left"); before anything else it is the noun ("the cause matters").
enum BecauseForms {
  /// The forms that are "because" wherever they stand.
  static let words: Set<String> = ["because", "'cause", "cuz", "bc", "coz", "cos"]

  /// The form that is "because" only before a subject: "cause".
  static let bareCause = "cause"

  /// Whether the word at an index opens a reason: one of `words`, or "cause" before a subject
  /// pronoun.
  static func opensReason(_ words: [String], at index: Int) -> Bool {
    if Self.words.contains(words[index]) { return true }
    guard words[index] == bareCause, index + 1 < words.count else { return false }
    return FunctionWords.subjectPronouns[words[index + 1]] != nil
  }

  /// The index of the first word that opens a reason, or nil.
  static func firstReason(in words: [String]) -> Int? {
    words.indices.first { opensReason(words, at: $0) }
  }
}
