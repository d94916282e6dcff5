/// A summary says less rather than something broken: words of theirs given back in it must
/// read as plain English on their own.
extension ReflectionWriter {
  /// Whether words given back in a summary read as plain English: no word said twice running
  /// ("the the bus"), no question put as a view ("why would anyone pay that"), no marks of
  /// pasted text ("> ", "|"), and no wondering put as a reason ("you don't know maybe if the
  /// council …" is not knowing, not a ground).
  static func readsPlainly(_ text: String) -> Bool {
    guard !text.contains(where: pasteMarks.contains), !text.hasSuffix("?") else { return false }
    let words = Tokenizer.tokenize(text).filter(\.isWord).map(\.lowercased)
    guard let first = words.first else { return false }
    if zip(words, words.dropFirst()).contains(where: { $0 == $1 && !doubledWords.contains($0) }) {
      return false
    }
    if questionOpeners.contains(first), words.count > 1,
      questionSubjects.contains(words[1])
    {
      return false
    }
    return !wonderings.contains { words.starts(with: $0) }
  }

  /// Marks that pasted text, code or a quoted message brings, never typed in a view.
  static let pasteMarks: Set<Character> = [">", "|", "`", "{", "}", "<", "#", "=", "\u{2022}"]

  /// Words said twice running on purpose: "very very", "had had".
  static let doubledWords: Set<String> = ["very", "really", "had", "that", "so", "no", "ha"]

  /// Words that open a question when a subject follows: "why would anyone", "do you".
  static let questionOpeners: Set<String> = [
    "why", "what", "how", "who", "where", "when", "which", "would", "could", "should", "do",
    "does", "did", "can", "will", "is", "are", "isn't", "aren't", "don't", "doesn't", "didn't",
    "wouldn't", "shouldn't", "can't", "isnt", "arent", "dont", "doesnt", "didnt",
  ]

  /// Words after a question opener that make it a question: "why would anyone", "is it".
  static let questionSubjects: Set<String> = [
    "you", "i", "we", "they", "he", "she", "it", "anyone", "anybody", "someone", "people",
    "that", "this", "there", "the", "a", "would", "should", "do", "does", "is", "are", "not",
  ]

  /// Openings that say they do not know, given back from "idk …" or "not sure …".
  static let wonderings: [[String]] = [
    ["you", "do", "n't", "know"], ["you", "don't", "know"], ["you", "dont", "know"],
    ["you", "do", "not", "know"], ["not", "sure"], ["you", "'re", "not", "sure"],
    ["you", "are", "not", "sure"], ["who", "knows"], ["idk"], ["dunno"],
  ]
}
