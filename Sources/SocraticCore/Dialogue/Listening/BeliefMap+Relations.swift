/// Lines that are about the talk or about who someone is, never grounds for the belief: "no i
/// wasnt saying that" sets their own words right; "she's his mam" says whose she is.
extension BeliefMap {
  /// Whether words set right what they said or meant, past a "no": "I" and a "not" within
  /// three words, then a verb of saying or meaning ("i wasnt saying that", "im not saying
  /// they're all bad", "i never meant it like that").
  static func setsOwnWordsRight(_ words: [String]) -> Bool {
    let spoken = Array(words.drop(while: interjections.contains))
    guard let first = spoken.first, ["i", "im"].contains(first) else { return false }
    guard let negation = spoken.dropFirst().prefix(3).firstIndex(where: ownNegations.contains)
    else { return false }
    return spoken[(negation + 1)...].prefix(2).contains(where: ownWordsVerbs.contains)
  }

  /// Whether what follows "be" only names whose someone is: a possessive and one noun ("his
  /// mam", "my boss", "their landlord"), and nothing after it.
  static func namesARelation(_ complement: [Token]) -> Bool {
    let words = complement.filter(\.isWord).map(\.lowercased)
    guard words.count == 2, let owner = words.first, let noun = words.last else { return false }
    return FunctionWords.possessives.contains(owner) && !FunctionWords.isFunctionWord(noun)
  }

  /// Words that say "not" of what they said.
  private static let ownNegations: Set<String> = [
    "not", "wasnt", "didnt", "never", "dont",
  ]

  /// Verbs of saying or meaning something.
  private static let ownWordsVerbs: Set<String> = [
    "say", "saying", "said", "mean", "meaning", "meant", "suggesting", "implying", "claiming",
  ]
}
