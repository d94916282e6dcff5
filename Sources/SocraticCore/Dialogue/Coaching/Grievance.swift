/// A line that finds fault with the talk rather than taking up what was said: "this is
/// boring", "you're not answering", "you keep dodging it", "answer the question", or a word
/// about the last answer (`ReplyComplaint`). Said right after the other side spoke, it is a line
/// said after them that builds on nothing they said: the scorecards count it so.
enum Grievance {
  /// Whether a line finds fault with the talk or with the last thing said.
  /// - Parameter previous: what the other side said last.
  static func findsFault(_ text: String, previous: String) -> Bool {
    if ReplyComplaint(text, heard: previous) != nil { return true }
    let tokens = Shorthand.expanded(Tokenizer.tokenize(String(text.prefix(readLimit))))
    return cues.contains { PersonaQuestion.says($0, in: tokens) }
  }

  /// The most characters of a line read for a grievance.
  private static let readLimit = 300

  /// How a line finds fault with the talk, in lowercase words.
  private static let cues = [
    "(this|it|that|thats|that 's|these questions) (is|'s|was|are|feels|seems|getting)? (so|really|very|a bit|getting|well|dead)? (boring|pointless|useless|dull|tedious|annoying|rubbish|stupid|frustrating|going nowhere)",
    "(you|u|ur|youre) (are|'re|r|re)? (still|just)? (not|never) (answering|listening|making sense|getting it)",
    "(you|u) (just|still)? (keep|kept) (dodging|avoiding|repeating|saying the same|ignoring)",
    "(you|u) (are|'re|r)? (dodging|avoiding|ignoring) (it|this|that|the question|my question|me)",
    "(just)? answer the (question|bloody question)", "waste of (time|my time)",
    "(you|u) (did not|didnt|didn't|haven't|havent|have not) (answer|answered) (it|that|me|my question|the question)",
  ].map(PhrasePattern.init)
}
