import Foundation

/// What makes a question in a pack fit to ask: open-ended, ending in "?", using only known
/// placeholders. The rules look at the wording, not at any particular question.
enum QuestionRules {
  /// Words that, opening a question, ask for a yes or a no.
  static let closedOpeners: Set<String> = [
    "is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "should", "would",
    "will", "shall", "may", "might", "must", "have", "has", "had", "ought",
  ]

  /// Negative openers that presume the answer: "Don't you…", "Isn't it…".
  static let negativeOpeners: Set<String> = [
    "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "can't", "cannot",
    "couldn't", "shouldn't", "wouldn't", "won't", "shan't", "mightn't", "mustn't", "haven't",
    "hasn't", "hadn't", "ain't",
  ]

  /// Endings that ask the listener to agree: "…, right?", "…, isn't it?".
  static let agreementTags: Set<String> = ["right", "correct", "true", "agreed", "yes", "no"]

  /// The first word of a text (hyphenated words whole), lowercased, with a typographic
  /// apostrophe made plain.
  static func firstWord(of text: String) -> String {
    let word = text.drop { !$0.isLetter }.prefix {
      $0.isLetter || $0 == "'" || $0 == "\u{2019}" || $0 == "-"
    }
    return word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
  }

  /// Why the wording is not an open question, or nil when it is one.
  static func closedFormProblem(in text: String) -> String? {
    let opener = firstWord(of: text)
    let shown = text.prefix { $0 != " " }
    if negativeOpeners.contains(opener) {
      return
        "'\(shown) …' presumes its answer; ask an open question instead, like "
        + "'What makes you think …?'"
    }
    if closedOpeners.contains(opener) {
      return
        "'\(shown) …' asks for a yes or a no; ask an open question instead, starting with "
        + "What, Why, How, Which, Who, Where or When"
    }
    if let tag = agreementTag(in: text) {
      return
        "the question ends with '\(tag)', which asks for agreement; ask an open question "
        + "instead"
    }
    return nil
  }

  /// The tag at the end of a question such as "…, isn't it?" or "…, right?".
  private static func agreementTag(in text: String) -> String? {
    guard text.hasSuffix("?"), let comma = text.lastIndex(of: ",") else { return nil }
    let tag = text[text.index(after: comma)...].trimmingCharacters(in: .whitespaces)
    let words = tag.dropLast().split(separator: " ").map {
      $0.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }
    guard let first = words.first, words.count <= 3 else { return nil }
    if words.count == 1, agreementTags.contains(first) { return ", " + tag }
    if negativeOpeners.contains(first), words.count == 2 { return ", " + tag }
    if first == "don't" || first == "wouldn't", words.count == 3 { return ", " + tag }
    return nil
  }
}
