/// Verbs and adjectives after which "if" opens what is asked or known ("wonder if it's worth
/// it", "not sure if he'll come", "can't tell if she means it"), as "whether" would, rather
/// than a condition.
enum IndirectQuestionVerbs {
  /// The words, as written, in their common forms.
  static let words: Set<String> = [
    "wonder", "wonders", "wondering", "wondered", "ask", "asks", "asking", "asked", "know",
    "knows", "knowing", "knew", "sure", "unsure", "certain", "uncertain", "decide", "deciding",
    "decided", "see", "seeing", "check", "checking", "checked", "doubt", "doubting", "question",
    "questioning", "tell", "telling", "care", "figure", "figuring", "remember", "idea", "clue",
  ]
}
