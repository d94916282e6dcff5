/// Sentences a speaker says to hold the floor while finding their words, asking nothing of the
/// person: "where was i", "let me think", "how do i put this". Said before what they go on to
/// say, they are passed over, so "right, where was i. what would he make of it?" is judged by
/// its question.
enum FloorHolder {
  /// Whether a sentence only holds the floor: its words, past the words that open a turn
  /// ("right", "ok", "um"), are one of `phrases`.
  static func holdsFloor(_ sentence: [Token]) -> Bool {
    let words = sentence.lazy.filter(\.isWord).map(\.lowercased)
      .drop(while: CritiqueVocabulary.turnOpeners.contains)
    return phrases.contains(Array(words))
  }

  /// The sentences without those that only hold the floor before another; the last sentence is
  /// always kept.
  static func withoutFloorHolders(_ sentences: [[Token]]) -> [[Token]] {
    guard sentences.count > 1 else { return sentences }
    return sentences.dropLast().filter { !holdsFloor($0) } + [sentences[sentences.count - 1]]
  }

  /// What a speaker says to themselves while they find their place or their words.
  static let phrases: Set<[String]> = Set(
    [
      "where was i", "where were we", "what was i saying", "what was i going to say",
      "what was i gonna say", "what am i trying to say", "how do i put this",
      "how do i put it", "how can i put this", "how can i put it", "how shall i put it",
      "how should i put this", "how to put this", "how do i say this", "let me think",
      "let me see", "let 's see", "lets see", "let me think about this", "hang on",
      "hold on", "bear with me", "where do i start", "where to start", "here goes",
      "let me get this straight", "let me ask you this", "let me ask you something",
      "let me put it another way", "let me put it this way",
    ].map { Tokenizer.tokenize($0).filter(\.isWord).map(\.lowercased) })
}
