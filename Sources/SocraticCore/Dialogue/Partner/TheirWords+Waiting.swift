/// A line that only asks the listener to wait: "give me a sec", "hang on", "one sec the door".
extension TheirWords {
  /// Whether the whole line asks the listener to wait: a pause as explore reads one
  /// (`TurnCues.isPause(_:)`), or a bare hold ("hang on", "wait", "hold up") with nothing
  /// after it, and no leave taken with it (`LeaveTakingCues`). Nothing is asked: the listener
  /// waits, with a short line or none.
  static func asksToWait(_ text: String) -> Bool {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(String(text.prefix(200))))
    // "hang on, gotta go, the kettle's boiling": a hold said with a goodbye is a goodbye.
    if ExploreDialogue.leaveCues.matches(tokens.filter(\.isWord)) { return false }
    if TurnCues.isPause(text) { return true }
    guard !tokens.contains(where: \.hasQuestionMark) else { return false }
    let words = Array(
      tokens.filter(\.isWord).drop { TurnCues.pauseFillers.contains($0.lowercased) })
    return !words.isEmpty
      && TurnCues.PauseMatchers.calledAway.matchEnd(atStartOf: words) == words.count
  }
}
