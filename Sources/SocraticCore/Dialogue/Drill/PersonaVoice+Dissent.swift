/// The persona asked about someone it knows who sees it the other way ("Is there anyone you
/// know who thinks the elections aren't fair?"): it tells what they say, never a story of its
/// own side put in their mouth.
extension PersonaVoice {
  /// What those it knows on the other side say: its line on what those who disagree say, not
  /// said yet in any one's name ("A few people I know see it the other way. They'd say …");
  /// with none left, that it knows few who do.
  func dissenterStory(said: Set<String>) -> String {
    guard let view = unsaidOthersView(said: said) else { return Self.noDissenterKnown }
    return "A few people I know see it the other way. They'd say" + view
  }

  /// What it says when it has told all it knows of the other side.
  static let noDissenterKnown =
    "Not really, no. Most of the people I talk to see it much as I do."
}

extension PersonaQuestion {
  /// Whether it asks about someone who sees it the other way: one who "sees it differently"
  /// or "disagrees", or who
  /// "thinks" something negated where the belief is not, or the other way round ("anyone you
  /// know who thinks the elections aren't fair" of "Elections are free and fair").
  func asksAboutDissenter(belief: String) -> Bool {
    let lower = words.map(\.lowercased)
    // "anyone who sees it differently": the cue counts after a word for someone else, never
    // of the persona ("Was there a time you saw it differently?").
    if let someone = lower.firstIndex(where: Self.someoneElse.contains),
      Self.otherViewCues.contains(where: { cue in
        lower.indices.dropFirst(someone + 1).contains { lower[$0...].starts(with: cue) }
      })
    {
      return true
    }
    return lower.indices.dropLast().contains { who in
      guard Self.relativePeople.contains(lower[who]) else { return false }
      let verb = lower[who + 1]
      if Self.dissentingVerbs.contains(verb) { return true }
      let view = lower[(who + 2)...].joined(separator: " ")
      return Self.holdingVerbs.contains(verb) && !view.isEmpty
        && DrillDialogue.isNegated(view) != DrillDialogue.isNegated(belief)
    }
  }

  /// How a question names the other view itself: "who sees it differently".
  private static let otherViewCues: [[String]] = [
    ["differently"], ["the", "other", "way"], ["the", "other", "side"],
  ]

  /// Words for someone other than the persona, whom a cue of the other view is said of.
  private static let someoneElse: Set<String> = [
    "who", "anyone", "anybody", "someone", "somebody", "people", "friends", "family",
  ]

  /// Words that open a clause about the people a question asks of.
  private static let relativePeople: Set<String> = ["who", "that"]

  /// Verbs by which someone holds the other view.
  private static let dissentingVerbs: Set<String> = [
    "disagrees", "disagree", "disagreed", "doubts", "doubt", "doubted", "disputes", "dispute",
  ]

  /// Verbs by which someone holds a view, which its words then say.
  static let holdingVerbs: Set<String> = [
    "thinks", "think", "thought", "believes", "believe", "believed", "says", "say", "said",
    "reckons", "reckon", "feels", "feel", "felt",
  ]
}
