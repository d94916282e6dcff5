/// An answer given as a "that"-clause and nothing before it ("that the kids get a fair start",
/// "honestly that he never fixed anything"): it names what they want, mean or keep coming
/// back to, never a fact. Given back, it keeps its "that" behind "it's": "So it's that the
/// kids get a fair start.", never "So the kids get a fair start."
extension ReflectionWriter {
  /// Their words given back, as `given` gave them, kept as the "that"-clause they were said
  /// as when they open on one (`opensOnThatClause`).
  static func keepingThatClause(_ said: String, given: String) -> String {
    let tokens = Tokenizer.tokenize(said)
    let saysAView = tokens.contains {
      viewWords.contains($0.lowercased) || FunctionWords.modalSenses[$0.lowercased] != nil
    }
    return opensOnThatClause(tokens) && !saysAView ? "it's that " + given : given
  }

  /// Their words after a lead: a lead that takes a "that"-clause itself ("You're saying")
  /// takes theirs without the "it's" that holds it after "So": "You're saying that the kids get
  /// a fair start.", never "You're saying it's that …".
  static func led(_ said: String, by lead: String) -> String {
    guard thatTakingLeads.contains(lead), said.hasPrefix(heldThatClause) else {
      return lead + said
    }
    return lead + said.dropFirst(heldThatClause.count - "that ".count)
  }

  /// How a "that"-clause is held after "So": "So it's that …".
  private static let heldThatClause = "it's that "

  /// Leads that take a "that"-clause themselves.
  private static let thatTakingLeads: Set<String> = ["You're saying "]

  /// Words that make a "that"-clause a view of theirs, given back as it is: "that kids need
  /// time to play", "that they should ask first".
  static let viewWords: Set<String> = [
    "need", "needs", "deserve", "deserves", "ought", "must", "should", "shouldn't",
  ]

  /// Whether words open, after hedges, on "that" as the word that introduces a clause: before
  /// a subject pronoun, an article, a possessive or a plural noun ("that people …"). "That's
  /// wrong", "that man lied" open on a "that" pointing at something.
  static func opensOnThatClause(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
      .drop { hedges.contains($0) && !framingWords.contains($0) }
    guard words.first == "that", words.count > 2 else { return false }
    let next = words[words.startIndex + 1]
    guard !next.hasPrefix("'"), !pointingWords.contains(next) else { return false }
    return FunctionWords.subjectPronouns[next] != nil || FunctionWords.determiners.contains(next)
      || FunctionWords.possessives.contains(next) || Lexicon.number(ofNoun: next) == .plural
  }

  /// Hedges that frame a clause of theirs ("i think that …"): what follows them is asserted.
  private static let framingWords: Set<String> = ["i", "think", "mean", "guess", "suppose"]

  /// Words after "that" that make it a pointer or a question, not the word that opens a
  /// clause: "that this …", "that what …".
  private static let pointingWords: Set<String> = [
    "this", "that", "these", "those", "what", "who", "which",
  ]
}
