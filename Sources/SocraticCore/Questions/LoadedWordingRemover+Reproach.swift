// Words by which a question reproaches the person for what they have or have not done yet.
extension LoadedWordingRemover {
  /// The words without a reproach: a time by which the asker says it should be done ("by
  /// now", "at your age"), a modifier that says what the person has does not count ("a
  /// proper job" → "a job", "real friends" → "friends"), and what holds them to their word,
  /// with all after it ("… like you said you would").
  static func withoutReproach(_ tokens: [Token]) -> [Token] {
    let words = tokens.map(\.lowercased)
    var kept: [Token] = []
    var index = 0
    while index < tokens.count {
      // Most words start no reproach: only those that do are matched against the phrases.
      guard reproachStarts.contains(words[index]) else {
        kept.append(tokens[index])
        index += 1
        continue
      }
      if index > 0, heldToTheirWord.contains(where: { matches($0, words, at: index) }) {
        // What follows is the promise they are held to; a question mark stays.
        kept += tokens[index...].filter { $0.text == "?" }
        break
      }
      if let phrase = reproachingTimes.first(where: { matches($0, words, at: index) }) {
        index += phrase.count
        continue
      }
      let next = index + 1 < words.count ? words[index + 1] : ""
      if belittlingModifiers.contains(words[index]), index > 0,
        !FunctionWords.isFunctionWord(next), !Lexicon.classes(of: next).isDisjoint(with: [.noun]),
        FunctionWords.determiners.contains(words[index - 1])
          || FunctionWords.possessives.contains(words[index - 1])
          || FunctionWords.prepositions.contains(words[index - 1])
      {
        index += 1
        continue
      }
      kept.append(tokens[index])
      index += 1
    }
    return kept.count == tokens.count ? tokens : Clause.respaced(kept)
  }

  /// Whether a phrase stands at an index; "_" stands for any one word.
  private static func matches(_ phrase: [String], _ words: [String], at index: Int) -> Bool {
    guard index + phrase.count <= words.count else { return false }
    return zip(phrase, words[index...]).allSatisfy { $0 == "_" || $0 == $1 }
  }

  /// Times by which the asker says the person should have done it.
  private static let reproachingTimes: [[String]] = [
    ["by", "now"], ["by", "this", "point"], ["by", "this", "time"], ["at", "your", "age"],
    ["at", "_", "age"], ["at", "this", "stage"],
  ]

  /// What holds someone to their word after an act: "like you said (you would)", "as you
  /// promised", "like we agreed".
  private static let heldToTheirWord: [[String]] = [
    ["like", "you", "said"], ["as", "you", "said"], ["like", "you", "promised"],
    ["as", "you", "promised"], ["like", "we", "agreed"], ["as", "we", "agreed"],
    ["like", "i", "asked"], ["as", "i", "asked"], ["like", "you", "told", "me"],
  ]

  /// Modifiers that say what the person has does not count: "a proper job", "a real career".
  static let belittlingModifiers: Set<String> = ["real", "proper", "decent", "grown-up"]

  /// The words a reproach starts with: the first of each phrase (a phrase starts with a word,
  /// never with "_") and the belittling modifiers.
  private static let reproachStarts = Set((heldToTheirWord + reproachingTimes).map { $0[0] })
    .union(belittlingModifiers)
}
