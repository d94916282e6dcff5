/// Someone of the persona's own life a question names: "your other half", "your mates", "your
/// mum".
extension PersonaQuestion {
  /// The person or people after "your" ("ur") that are someone of a life (`KinWords`, or one of
  /// `closeGroups`), as the persona says them: "my other half".
  static func closeOne(in words: [Token]) -> String? {
    let lowered = words.map(\.lowercased)
    for (at, word) in lowered.enumerated() where yours.contains(word) && at + 1 < lowered.count {
      let next = lowered[at + 1]
      if at + 2 < lowered.count, closeGroups.contains(next + " " + lowered[at + 2]) {
        return "my " + next + " " + lowered[at + 2]
      }
      if closeGroups.contains(next) || KinWords.isKin(Lexicon.singular(of: next) ?? next) {
        return "my " + next
      }
    }
    return nil
  }

  /// "Your" as typed.
  private static let yours: Set<String> = ["your", "ur", "yr", "yer"]

  /// Names for the people of a life that `KinWords` leaves out, being no one person.
  static let closeGroups: Set<String> = [
    "other half", "family", "folks", "parents", "colleagues", "household", "workmates",
  ]
}
