/// Finds which topics a text is about from each topic's keywords.
///
/// A keyword matches as whole words in any case, so "token" matches "Tokens" and "token's" but
/// not "tokenize". Keywords may span several words ("central bank"). Simple plurals ("-s",
/// "-es", "-y" → "-ies") and possessives ("'s", "s'") are accepted.
public struct TopicIndex: Sendable {
  private struct Entry: Sendable {
    var topic: String
    var words: [String]
  }

  private var topicsInOrder: [String] = []
  private var entriesByFirstWord: [String: [Entry]] = [:]

  /// An index that matches nothing.
  public static let empty = TopicIndex([])

  /// Builds the index.
  /// - Parameter topics: each topic's id and keywords, in the order topics should be reported.
  public init(_ topics: [(id: String, keywords: [String])]) {
    for (id, keywords) in topics {
      if !topicsInOrder.contains(id) { topicsInOrder.append(id) }
      for keyword in keywords {
        let words = Self.words(in: keyword)
        guard let first = words.first else { continue }
        entriesByFirstWord[first, default: []].append(Entry(topic: id, words: words))
      }
    }
  }

  /// The ids of the topics whose keywords occur in the text, in the index's order.
  public func topics(in text: String) -> [String] {
    guard !entriesByFirstWord.isEmpty else { return [] }
    let tokens = Self.words(in: text)
    var matched: Set<String> = []
    for start in tokens.indices {
      // The keywords a word can be the first word of: itself, or what it is a plural of. Looked
      // up directly, not by trying every keyword on every word.
      for candidate in Self.keywordForms(of: tokens[start]) {
        guard let entries = entriesByFirstWord[candidate] else { continue }
        for entry in entries where !matched.contains(entry.topic) {
          let end = start + entry.words.count
          guard end <= tokens.count else { continue }
          let isMatch = zip(tokens[start..<end], entry.words).allSatisfy {
            Self.word($0, matches: $1)
          }
          if isMatch { matched.insert(entry.topic) }
        }
      }
    }
    return topicsInOrder.filter(matched.contains)
  }

  /// The keyword words a word of the text can match: the word, and the words it is a simple
  /// plural of ("banks" → "bank", "taxes" → "taxe", "tax", "policies" → "policie", "policy").
  private static func keywordForms(of word: String) -> [String] {
    var forms = [word]
    guard word.hasSuffix("s") else { return forms }
    forms.append(String(word.dropLast()))
    if word.hasSuffix("es") { forms.append(String(word.dropLast(2))) }
    if word.hasSuffix("ies") { forms.append(String(word.dropLast(3)) + "y") }
    return forms
  }

  /// Whether a word of the text is the keyword's word or a simple plural of it.
  private static func word(_ word: String, matches keyword: String) -> Bool {
    if word == keyword || word == keyword + "s" || word == keyword + "es" { return true }
    if keyword.hasSuffix("y"), word == keyword.dropLast() + "ies" { return true }
    return false
  }

  /// Lowercased words: letters and digits, joined by inner hyphens, possessives removed.
  private static func words(in text: String) -> [String] {
    var words: [String] = []
    var current = ""
    func finish() {
      var word = current
      current = ""
      while word.hasSuffix("-") { word.removeLast() }
      if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") {
        word.removeLast(2)
      } else if word.hasSuffix("'") || word.hasSuffix("\u{2019}") {
        word.removeLast()
      }
      if !word.isEmpty { words.append(word) }
    }
    // Scalar by scalar, with plain ASCII decided without Unicode lookups: this runs on every
    // belief, and breaking text into characters costs more than the matching.
    for scalar in ControlSequence.removed(from: text).unicodeScalars {
      let value = scalar.value
      if scalar.isASCII {
        switch value {
        case 0x41...0x5A: current.unicodeScalars.append(Unicode.Scalar(value + 0x20)!)
        case 0x61...0x7A, 0x30...0x39: current.unicodeScalars.append(scalar)
        case 0x2D, 0x27:
          // A hyphen or an apostrophe inside a word ("left-wing", "bank's").
          if current.isEmpty { finish() } else { current.unicodeScalars.append(scalar) }
        default: finish()
        }
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        || scalar.properties.generalCategory.isMark
      {
        current += scalar.properties.lowercaseMapping
      } else if scalar == "\u{2019}", !current.isEmpty {
        current.unicodeScalars.append(scalar)
      } else {
        finish()
      }
    }
    finish()
    return words
  }
}

extension Unicode.GeneralCategory {
  /// Whether the category is a combining mark, which belongs to the letter before it.
  fileprivate var isMark: Bool {
    switch self {
    case .nonspacingMark, .spacingMark, .enclosingMark: true
    default: false
    }
  }
}
