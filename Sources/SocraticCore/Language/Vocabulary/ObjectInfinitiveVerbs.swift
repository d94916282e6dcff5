/// Verbs whose object does the act of the infinitive after it: "ask the council to come", "tell
/// him to leave". The infinitive is the act asked of that person, not an end the verb serves
/// ("save up to buy a car"); verbs that take both ("get a car to get to work") are left out.
enum ObjectInfinitiveVerbs {
  /// The verbs, in their base form.
  static let all: Set<String> = [
    "ask", "tell", "remind", "want", "persuade", "convince", "invite", "beg", "expect", "allow",
    "encourage", "urge", "force", "teach", "warn",
  ]
}
