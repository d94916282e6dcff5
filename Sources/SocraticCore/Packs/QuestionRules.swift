/// What makes a question in a pack fit to ask: open-ended, ending in "?", using only known
/// placeholders. The rules look at the wording, not at any particular question.
///
/// They work on Unicode scalars rather than Characters: a pack may hold tens of thousands of
/// questions, and loading them must stay fast.
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
    let scalars = text.unicodeScalars.drop { !isLetter($0) }
    return word(scalars.prefix { isLetter($0) || isApostrophe($0) || $0 == "-" })
  }

  /// A letter, answered without a property lookup for ASCII.
  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
    return scalar.properties.isAlphabetic
  }

  /// Why the wording is not an open question, or nil when it is one.
  static func closedFormProblem(in text: String) -> String? {
    let opener = firstWord(of: text)
    var shown: Substring { text.prefix { $0 != " " } }
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
    // A tag is a few short words: look no further back than that for its comma.
    let scalars = text.unicodeScalars
    let tail = scalars.suffix(24)
    guard scalars.last == "?", let comma = tail.lastIndex(of: ",") else { return nil }
    let tag = scalars[scalars.index(after: comma)...]
    let words = tag.dropLast().split(separator: " ").map(word)
    guard let first = words.first, words.count <= 3 else { return nil }
    let isTag =
      (words.count == 1 && agreementTags.contains(first))
      || (words.count == 2 && negativeOpeners.contains(first))
      || (words.count == 3 && (first == "don't" || first == "wouldn't"))
    return isTag ? "," + String(tag) : nil
  }

  /// A run of scalars as a lowercase word with plain apostrophes.
  private static func word(_ scalars: Substring.UnicodeScalarView) -> String {
    var word = String.UnicodeScalarView()
    for scalar in scalars {
      word.append(isApostrophe(scalar) ? "'" : scalar)
    }
    return String(word).lowercased()
  }

  private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}"
  }
}
