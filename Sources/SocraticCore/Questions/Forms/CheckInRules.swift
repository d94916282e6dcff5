/// A check on how the person is ("You alright?", "Are you okay?", "Everything good?"): closed,
/// and fine as it is. It asks after them, not about a view, and they can answer it as they
/// like.
enum CheckInRules {
  /// Whether the question proper is a check-in and nothing more.
  static func isCheckIn(_ reading: QuestionReading) -> Bool {
    let core = reading.core
    guard !core.isEmpty, core.count <= longest else { return false }
    let words = TokenPatternWords(reading.words, end: core.upperBound)
    return checkIns.contains {
      $0.matchEnds(in: words, from: core.lowerBound).max() == core.upperBound
    }
  }

  /// The most words a check-in has: "are you doing all right now".
  private static let longest = 6

  /// How one is: the states a check-in asks after.
  private static let states = "(alright|all right|ok|okay|good|fine|well|better|right)"

  private static let checkIns = [
    "(are|you|are you) (you)? (doing|feeling)? \(states) (now|there|mate|love)?",
    "(everything|all|things|everyone|everybody) \(states) (now|there)?",
  ].map(TokenPattern.init)
}
