/// Clauses whose verb was left unsaid: "you would", "we can't", "he is". Said as an answer or
/// a tag ("i'd drop it wouldn't i"), they lean on what was said before, and pasted into a
/// question ("What reasons might there be to think that you would not?") or given back ("So you
/// think you would.") they read as broken English.
extension TheirWords {
  /// Whether a clause stops at its auxiliary or modal: nothing after it but "not" or an adverb
  /// of how sure ("you would", "she probably won't"), and no lexical verb.
  static func leavesItsVerbUnsaid(_ clause: Clause) -> Bool {
    guard clause.lexicalVerb == nil, !clause.subject.isEmpty else { return false }
    switch clause.verb {
    case .be, .modal: break
    case .perfect, .lexical: return false
    }
    let after = (clause.afterAuxiliary + clause.rest).filter(\.isWord)
    return after.allSatisfy { elidedTail.contains($0.lowercased) }
  }

  /// Words that may follow an auxiliary whose verb is left unsaid: "you would not", "i
  /// probably will", "she is too".
  static let elidedTail: Set<String> = [
    "not", "n't", "never", "too", "either", "though", "really", "probably", "definitely",
    "certainly", "maybe", "still", "anyway",
  ]
}
