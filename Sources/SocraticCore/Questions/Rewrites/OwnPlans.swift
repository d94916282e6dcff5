/// The person's own plans, told as a statement ("you are coming on Sunday").
enum OwnPlans {
  /// Whether a statement tells the person's own plan: "you are coming to your mum's on
  /// Sunday", "you're staying for tea". Only they decide it, so no one asks what makes them
  /// think it; "you are failing" is a view of themselves, and is no plan.
  static func isPlan(_ statement: [Token]) -> Bool {
    let words = statement.filter(\.isWord).map(\.lowercased)
    guard words.count > 2, words[0] == "you", ["are", "'re"].contains(words[1]) else {
      return false
    }
    // "you're not really wearing that": a plan doubted is still theirs.
    let act = Array(words.dropFirst(2).drop(while: doubtingWords.contains))
    guard let first = act.first else { return false }
    let verb = first == "going" && act.count > 2 && act[1] == "to" ? act[2] : first
    return planVerbs.contains(verb) || planVerbs.contains(QuestionRewriter.baseForm(verb) ?? "")
  }

  /// Verbs of going somewhere or doing something planned: "coming", "staying", "going to ring".
  private static let planVerbs: Set<String> = [
    "come", "go", "stay", "leave", "join", "visit", "move", "bring", "drive", "take", "meet",
    "ring", "call", "book", "head", "pop", "pick", "get", "wear", "quit", "buy", "sell", "invite",
  ]

  /// Words between "you're" and the act that doubt it without making it anyone else's: "not",
  /// "seriously", "really".
  private static let doubtingWords: Set<String> = [
    "not", "n't", "never", "seriously", "really", "actually", "honestly", "still", "even",
    "genuinely", "just",
  ]
}
