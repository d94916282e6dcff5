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
      for (candidate, entries) in entriesByFirstWord
      where Self.word(tokens[start], matches: candidate) {
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
    for character in ControlSequence.removed(from: text).lowercased() {
      if character.isLetter || character.isNumber {
        current.append(character)
      } else if !current.isEmpty, character == "-" || character == "'" || character == "\u{2019}" {
        current.append(character)
      } else {
        finish()
      }
    }
    finish()
    return words
  }
}
