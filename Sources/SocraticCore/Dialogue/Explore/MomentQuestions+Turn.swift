/// A grant on the way to a feeling: which of the two an answer turns to.
extension MomentQuestions {
  /// Whether the feeling an answer names comes after a turn away from what it grants ("…
  /// which was fair enough I guess, but I felt awful"): then the grant is an aside to it.
  static func feelingFollowsTurn(in answer: ReadAnswer) -> Bool {
    guard let told = answer.feelingWords, let granted = answer.doubts.last else { return false }
    let words = Tokenizer.tokenize(told).filter(\.isWord).map(\.lowercased)
    let grantedWords = Tokenizer.tokenize(granted).filter(\.isWord).map(\.lowercased)
    // Where the grant ends: after its words said together, else after its last word.
    let whole = words.indices.first { words[$0...].starts(with: grantedWords) }
    guard let lastGranted = grantedWords.last,
      let grantEnd = whole.map({ $0 + grantedWords.count - 1 })
        ?? words.firstIndex(of: lastGranted),
      let turn = words[grantEnd...].firstIndex(where: turnsFromAGrant.contains)
    else { return false }
    return words[turn...].contains { word in
      answer.feelings.contains(word) || AnswerCues.isFeelingWord(word)
        || feelingVerbs.contains(word)
    }
  }

  /// Words by which an answer turns from what it grants to what it means: "…, but".
  static let turnsFromAGrant: Set<String> = ["but", "yet", "still", "though"]

  /// Verbs by which a feeling is told of oneself: "I felt tiny".
  static let feelingVerbs = FeelVerb.forms
}
