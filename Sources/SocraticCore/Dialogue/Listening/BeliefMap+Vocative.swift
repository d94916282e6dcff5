extension BeliefMap {
  /// A view without the name it was said to at its end: "maybe he's right hen" → "maybe he's
  /// right"; "it's better for my son" keeps its son.
  static func withoutVocative(_ view: String) -> String {
    var words = view.split(separator: " ").map(String.init)
    guard words.count > 2, let last = words.last,
      closingVocatives.contains(plainWords(last).joined()),
      case let before = plainWords(words[words.count - 2]).joined(),
      !vocativeBlockers.contains(before),
      !Lexicon.classes(of: before).contains(.adjective) || clauseEndingAdjectives.contains(before)
    else { return view }
    words.removeLast()
    while let end = words.last, end.hasSuffix(",") {
      words[words.count - 1] = String(end.dropLast())
    }
    return words.joined(separator: " ")
  }

  /// Names for the listener said at the end of a line, never part of what is said.
  private static let closingVocatives: Set<String> = [
    "hen", "son", "mate", "pal", "lad", "hun", "hon", "bro", "dude", "darling", "babe",
    "sweetheart", "sweetie", "buddy",
  ]

  /// Adjectives that end a clause, after which a name is said to the listener: "right hen".
  private static let clauseEndingAdjectives: Set<String> = [
    "right", "wrong", "fine", "true", "ok", "okay", "sure", "daft", "mad", "alright",
  ]

  /// Words before a noun that make it part of the line: "my son", "the man".
  private static let vocativeBlockers: Set<String> = [
    "my", "your", "his", "her", "our", "their", "the", "a", "an", "that", "this", "every", "each",
    "any", "no", "some", "old", "little", "young", "poor", "own",
  ]
}
