/// Someone of the persona's own life whose view a question asks: "does your other half agree?",
/// "what do your mates make of it?", "what does ur mum think?".
extension PersonaQuestion {
  /// The person or people after "your" ("ur") that are someone of a life (`KinWords`, a pet
  /// aside) when a word asking a view follows them, as the persona says them: "my other half".
  /// Nil when the question names them for anything else: "does your family use it?", "how would
  /// you explain it to your mum?", "do you trust your dad's judgement?".
  static func closeOne(in words: [Token]) -> String? {
    let lowered = words.map(\.lowercased)
    for (at, word) in lowered.enumerated() where yours.contains(word) && at + 1 < lowered.count {
      let next = lowered[at + 1]
      let paired = at + 2 < lowered.count ? next + " " + lowered[at + 2] : nil
      let named =
        paired.flatMap { KinWords.pairedNames.contains($0) ? $0 : nil }
        ?? (isSomeone(next) ? next : nil)
      guard let named else { continue }
      let after = lowered.dropFirst(at + 1 + named.split(separator: " ").count)
      if asksAView(Array(after)) { return "my " + named }
    }
    return nil
  }

  /// Whether a word names a person or people of a life, not a pet: "mum", "mates".
  private static func isSomeone(_ word: String) -> Bool {
    KinWords.groups.contains(word)
      || (KinWords.isKin(Lexicon.singular(of: word) ?? word) && !KinWords.pets.contains(word))
  }

  /// Whether the words after someone named ask their view: a verb of `viewVerbs` ("agree",
  /// "think", "say"), or "make of".
  private static func asksAView(_ words: [String]) -> Bool {
    words.contains(where: viewVerbs.contains)
      || zip(words, words.dropFirst()).contains { $0 == "make" && $1 == "of" }
  }

  /// "Your" as typed.
  private static let yours: Set<String> = ["your", "ur", "yr", "yer"]
}
