/// Compares the wordings of questions, so that none is asked twice in other words.
///
/// Two questions about the same belief share its words, so they are compared by their frames:
/// the words that carry meaning besides the belief's ("What first led you to believe that X?"
/// → first, lead, think), each verb in its base form and a few synonyms made one.
enum QuestionWording {
  /// The words of a text that carry meaning, in lowercase, verbs in their base form.
  /// - Parameter excluding: words left out: the belief's, to compare questions by their frames.
  static func contentWords(of text: String, excluding: Set<String> = []) -> Set<String> {
    // Each word is normalised once, however often it is said.
    var seen: Set<String> = []
    var words: Set<String> = []
    for token in Tokenizer.tokenize(text)
    where token.isWord && seen.insert(token.lowercased).inserted
      && !FunctionWords.isFunctionWord(token.lowercased)
    {
      let word = normalized(token.lowercased)
      if !excluding.contains(word) { words.insert(word) }
    }
    return words
  }

  /// The words of a question that ask, the content words of its last sentence: a question
  /// led in by what they said ("You said the buses are late. How does that fit with your
  /// view?") asks what it asks without the lead-in, and is the same question with another.
  static func frame(of text: String, excluding: Set<String> = []) -> Set<String> {
    contentWords(of: asking(text), excluding: excluding)
  }

  /// The last sentence of a text: what a question led in by a sentence of its own asks.
  static func asking(_ text: String) -> String {
    let tokens = Tokenizer.tokenize(text)
    guard let lastWord = tokens.lastIndex(where: \.isWord),
      let stop = tokens[..<lastWord].lastIndex(where: { $0.text == "." })
    else { return text }
    return tokens[(stop + 1)...].joinedText
  }

  /// Whether a question says nearly what an earlier one said: their frames are mostly the same
  /// words (over 60% of all, or 80% of the shorter when it has three or more).
  /// - Parameters:
  ///   - earlier: the frames of the questions asked, as `frame(of:excluding:)` gave them.
  ///   - beliefWords: the content words of the belief the question is about.
  static func isNearDuplicate(
    _ text: String, of earlier: [Set<String>], beliefWords: Set<String> = []
  ) -> Bool {
    let words = frames.value(for: text) { contentWords(of: asking(text)) }
      .subtracting(beliefWords)
    guard words.count >= 2 else { return false }
    return earlier.contains { other in
      let shorter = min(words.count, other.count)
      guard shorter >= 2 else { return false }
      let shared = Double(words.intersection(other).count)
      return shared >= 0.6 * Double(words.union(other).count)
        || (shorter >= 3 && shared >= 0.8 * Double(shorter))
    }
  }

  /// The content words of the questions weighed so far: each candidate is weighed at every
  /// step, its words read once.
  private static let frames = Memo<Set<String>>()

  /// A word in the form questions are compared in: a verb's base ("led" → lead), a noun's
  /// singular, one word for a few that ask the same ("believe" → think).
  private static func normalized(_ word: String) -> String {
    let base =
      Lexicon.verbReadings(of: word).first?.base ?? Lexicon.singular(of: word) ?? word
    return synonyms[base] ?? base
  }

  /// Words that ask the same in a question, and the one they are compared as.
  private static let synonyms: [String: String] = [
    "believe": "think", "reckon": "think", "suppose": "think", "feel": "think",
    "view": "see", "consider": "think", "cause": "lead", "bring": "lead", "sit": "fit",
  ]
}
