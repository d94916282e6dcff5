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

  /// Chat and the connectives together: what any reader looks past.
  static let lead: Set<String> = PersonaQuestion.slangWords.union(connectives)
}
