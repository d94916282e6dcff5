/// Habits and ways someone was, told in the past ("my nan used to bake every sunday", "he'd
/// always take us fishing"): a memory of a person, not something that happened. Nothing
/// happened "with" them to ask about; what they told of the person is followed instead.
extension AnswerFollowUp {
  /// Whether a sentence tells a habit or a way someone was, not one event.
  static func tellsAHabit(_ sentence: [Token]) -> Bool {
    habits.matches(sentence.filter(\.isWord))
  }

  /// Phrases that tell what used to happen again and again.
  static let habitPhrases: [String] = [
    "(used|use) to",
    "(would|'d) (always|often|usually|sometimes|never)",
    "(always|often|usually) (used|would|'d)",
    "every (single)? (day|night|morning|evening|week|weekend|month|year|summer|winter|christmas|xmas|easter|birthday|holiday|holidays|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|weds|thurs|fri|sat|sun)",
    "(on|most) (mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)",
    "(all|most) the time",
    "(was|were) always",
  ]

  /// The table, compiled once.
  private static let habits = PartnerCueMatcher(habitPhrases)
}
