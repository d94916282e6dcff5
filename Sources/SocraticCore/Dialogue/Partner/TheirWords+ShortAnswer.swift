/// A short answer to the listener's question: a subject and an auxiliary with nothing after
/// it ("she did yes", "yeah he does", "no it wasnt"). It says yes or no to what was asked and
/// claims nothing of its own: no template can take it as a belief ("how sure are you that she
/// did yes?"), so what follows it is read for what they hold.
extension TheirWords {
  /// Whether a sentence's words are a short answer: one subject and one auxiliary, with at
  /// most the words that say yes or no, or that they agree, around them.
  static func isShortAnswer(_ words: [Token]) -> Bool {
    let kept = words.map(\.lowercased).filter { !shortAnswerWords.contains($0) }
    guard kept.count == 2 || kept.count == 3 && kept[2] == "not" else { return false }
    return shortAnswerSubjects.contains(kept[0]) && FunctionWords.auxiliary(kept[1]) != nil
  }

  /// The subjects of a short answer: the pronouns, and who is asked about in a family.
  static let shortAnswerSubjects: Set<String> = [
    "i", "you", "he", "she", "it", "we", "they", "that", "this", "mum", "mam", "mom", "dad",
  ]

  /// The words said with a short answer: yes, no, and what agrees or stresses it.
  static let shortAnswerWords: Set<String> = [
    "yes", "yeah", "yea", "yep", "yup", "aye", "no", "nah", "nope", "too", "so", "well", "oh",
    "definitely", "course", "of", "sure", "certainly", "indeed", "actually", "mate", "lol",
  ]
}
