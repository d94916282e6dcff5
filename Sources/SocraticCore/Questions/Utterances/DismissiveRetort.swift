/// A line that is nothing but a retort waving away what the other person said ("Whatever.",
/// "Fine, whatever.", "K."): it gives nothing of theirs back, however short it is, and a short
/// line that tells nothing new is otherwise read as a reflection.
enum DismissiveRetort {
  /// Whether the line's words, punctuation aside, are one of `retorts`.
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  static func isRetort(_ words: [String]) -> Bool {
    let said = words.filter { $0.first?.isLetter == true }
    return retorts.contains(said)
  }

  /// Whole lines that wave away what was said.
  private static let retorts: Set<[String]> = [
    ["whatever"], ["fine", "whatever"], ["ok", "whatever"], ["okay", "whatever"],
    ["yeah", "whatever"], ["k"], ["so", "what"], ["meh"], ["if", "you", "say", "so"],
    ["suit", "yourself"], ["get", "over", "it"], ["big", "deal"],
  ]
}
