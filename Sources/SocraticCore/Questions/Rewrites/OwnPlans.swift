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
    let verb = words[2] == "going" && words.count > 4 && words[3] == "to" ? words[4] : words[2]
    return planVerbs.contains(verb) || planVerbs.contains(QuestionRewriter.baseForm(verb) ?? "")
  }

  /// Verbs of going somewhere or doing something planned: "coming", "staying", "going to ring".
  private static let planVerbs: Set<String> = [
    "come", "go", "stay", "leave", "join", "visit", "move", "bring", "drive", "take", "meet",
    "ring", "call", "book", "head", "pop", "pick", "get",
  ]
}
