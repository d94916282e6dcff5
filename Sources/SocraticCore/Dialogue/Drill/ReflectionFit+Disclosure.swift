/// A reflection may come with something of the asker's own ("so it's the cost that gets you. i
/// get that, my nan ran a shop for years"): what they tell of themselves is no view put in the
/// persona's mouth, so only the rest is weighed against what the persona said.
extension ReflectionFit {
  /// A reflection's words in lowercase (`DrillDialogue.key(of:)`) without its sentences that
  /// speak only of the asker: one that opens with "I" or "my" and says nothing of "you". All
  /// of it when every sentence is such, or none is.
  static func givenBack(_ tokens: [Token]) -> String {
    var sentences: [[Token]] = [[]]
    for token in tokens {
      if sentenceEnds.contains(token.text) {
        sentences.append([])
      } else if token.isWord {
        sentences[sentences.count - 1].append(token)
      }
    }
    sentences.removeAll(where: \.isEmpty)
    let kept = sentences.filter { !speaksOnlyOfAsker($0.map(\.lowercased)) }
    let given = kept.isEmpty ? sentences : kept
    return given.joined().map(\.lowercased).joined(separator: " ")
  }

  /// Whether a sentence's words tell of the asker alone: it opens with the asker ("i get that,
  /// my dad …") and names no "you".
  private static func speaksOnlyOfAsker(_ words: [String]) -> Bool {
    let opening = words.drop { openingChat.contains($0) }.first
    return opening.map(askerWords.contains) == true && !words.contains(where: addressWords.contains)
  }

  /// Marks that end a sentence.
  private static let sentenceEnds: Set<String> = [".", "!", "?", ";", "\u{2026}"]

  /// Chat that may come before the asker's "I": "and i", "tbh my".
  private static let openingChat: Set<String> = ["and", "but", "tbh", "honestly", "well", "also"]

  /// How the asker names themselves at the head of a sentence.
  private static let askerWords: Set<String> = ["i", "my", "im", "i'm", "me", "ive", "i've"]

  /// How the asker names the persona.
  private static let addressWords: Set<String> = [
    "you", "your", "youre", "you're", "yours", "u", "ur", "yourself",
  ]
}
