/// Sentences a speaker says to hold the floor while finding their words, asking nothing of the
/// person: "where was i", "let me think", "how do i put this". Said before what they go on to
/// say, they are passed over, so "right, where was i. what would he make of it?" is judged by
/// its question.
enum FloorHolder {
  /// Whether a sentence only holds the floor: its words, past the words that open a turn
  /// ("right", "ok", "um"), are one of `phrases`, a word of still thinking ("let me think",
  /// `QuestionRepair.hesitations`) or a pause ("bear with me", `TurnCues.pauses`).
  static func holdsFloor(_ sentence: [Token]) -> Bool {
    let said = Array(
      sentence.filter(\.isWord).drop { CritiqueVocabulary.turnOpeners.contains($0.lowercased) })
    let words = said.map(\.lowercased)
    return !said.isEmpty
      && (phrases.contains(words)
        || QuestionRepair.hesitations.contains(words.joined(separator: " "))
        || TurnCues.PauseMatchers.pause.matchEnd(atStartOf: said) == said.count)
  }

  /// The sentences without those that only hold the floor before another; the last sentence is
  /// always kept.
  static func withoutFloorHolders(_ sentences: [[Token]]) -> [[Token]] {
    guard sentences.count > 1 else { return sentences }
    return sentences.dropLast().filter { !holdsFloor($0) } + [sentences[sentences.count - 1]]
  }

  /// What a speaker says to find their place again: "where was i". The partner hears it as
  /// going back to the topic (`PartnerCues.stayingOnTopic`).
  static let placeFinders = [
    "where was i", "where were we", "what was i saying", "what was i going to say",
    "what was i gonna say",
  ]

  /// What a speaker says to themselves while they find their place or their words.
  static let phrases: Set<[String]> = Set(
    (placeFinders + [
      "what am i trying to say", "how do i put this",
      "how do i put it", "how can i put this", "how can i put it", "how shall i put it",
      "how should i put this", "how to put this", "how do i say this", "let me see",
      "let 's see", "lets see", "let me think about this", "hang on", "hold on",
      "where do i start", "where to start", "here goes", "let me get this straight",
      "let me ask you this", "let me ask you something", "let me put it another way",
      "let me put it this way",
    ]).map { Tokenizer.tokenize($0).filter(\.isWord).map(\.lowercased) })
}
