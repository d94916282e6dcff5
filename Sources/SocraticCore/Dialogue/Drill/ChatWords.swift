/// Words that say nothing of their own around what a learner's line does: chat, laughs and
/// fillers (`PersonaQuestion.slangWords`) and the connectives a sentence may open with ("so",
/// "but", "well"). One table for every drill reader that looks past them to what the line
/// does; a reader adds only the words its own concern passes over ("fair enough" before an
/// apology, "cos" before a story).
enum ChatWords {
  /// Connectives that open a sentence before what it says: "so", "but", "well", "then".
  static let connectives: Set<String> = [
    "so", "but", "and", "though", "then", "well", "wait", "right", "honestly",
  ]

  /// Exclamations, as their words in lowercase: a reaction to what was said, never a thing a
  /// line names ("oh god the fete" speaks of the fete, not of God), nor a complaint that the
  /// persona missed the question ("huh"). `LearnerReaction` reads a line by them.
  static let exclamations: Set<String> = [
    "wow", "whoa", "woah", "gosh", "golly", "blimey", "crikey", "jeez", "geez", "yikes", "huh",
    "eh", "ooh", "oof", "aha", "omg", "goodness", "heavens", "oh", "ah", "oh god", "oh my god",
    "my god", "oh my", "oh my gosh", "my gosh", "good god", "dear god", "oh lord", "good lord",
    "lord", "oh dear", "dear me", "oh no", "good grief", "my goodness", "oh boy", "oh man",
    "no way", "damn", "dang", "christ", "bloody hell", "wow ok", "oh wow", "ha", "hah",
  ]

  /// Chat and the connectives together: what any reader looks past.
  static let lead: Set<String> = PersonaQuestion.slangWords.union(connectives)

  /// How a line asks the persona to stop a moment before what it says: "hang on, you said …",
  /// "hold on", "wait a sec". An opener, never a thing the line names.
  static let holds: [TokenPattern] = [
    "(hang|hold) (on|up|about) (a)? (sec|second|minute|min|mo)?",
    "wait (a)? (sec|second|minute|min|mo)?",
  ].map(TokenPattern.init)

  /// How many of some words in lowercase a hold (`holds`) opens them with, chat before it
  /// passed over; 0 when none does.
  static func holdLength(of words: [String]) -> Int {
    // "wait" is chat as well: the hold may start at any word of the chat before it.
    let chat = words.prefix { lead.contains($0) }.count
    let input = TokenPatternWords(words)
    return (0...chat).flatMap { start in holds.flatMap { $0.matchEnds(in: input, from: start) } }
      .max() ?? 0
  }
}
