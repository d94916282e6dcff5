/// The words a `TokenPattern` runs over: each word lowercased, its word classes and its part
/// of speech. A reader that already knows some classes (the critic's `CritiqueWordClasses`)
/// answers from them instead of looking the word up again.
protocol TokenPatternInput {
  /// How many words there are; a match never reads past them.
  var count: Int { get }
  /// The word at an index, lowercased.
  func word(at index: Int) -> String
  /// Whether the word at an index is of a class.
  func isWord(at index: Int, in wordClass: WordClass) -> Bool
  /// The part of speech of the word at an index.
  func tag(at index: Int) -> PartOfSpeech
}

extension TokenPatternInput {
  func isWord(at index: Int, in wordClass: WordClass) -> Bool {
    wordClass.contains(word(at: index))
  }

  /// Whether the word at an index passes a test.
  func passes(_ test: TokenPattern.Test, at index: Int) -> Bool {
    switch test {
    case .word(let word): word == self.word(at: index)
    case .fewWords(let words): words.contains(word(at: index))
    case .words(let words): words.contains(word(at: index))
    case .any: true
    case .wordClass(let wordClass): isWord(at: index, in: wordClass)
    case .tag(let tags): tags.contains(tag(at: index))
    }
  }
}

/// Tokens as a pattern's input, tagged when a pattern needs their parts of speech.
struct TokenPatternTokens: TokenPatternInput {
  private let tokens: [Token]
  private let tags: LazyTags?

  /// - Parameter tagged: whether to tag the tokens; untagged, every word reads as `.other`.
  ///   They are tagged when a test first asks for a part of speech: most matches fail on a
  ///   word before one does.
  init(_ tokens: [Token], tagged: Bool) {
    self.tokens = tokens
    tags = tagged ? LazyTags(tokens) : nil
  }

  var count: Int { tokens.count }

  func word(at index: Int) -> String { tokens[index].lowercased }

  func tag(at index: Int) -> PartOfSpeech {
    tags?.tag(at: index) ?? .other
  }

  /// The tags of tokens, found when first asked for.
  private final class LazyTags {
    private let tokens: [Token]
    private var tags: [PartOfSpeech]?

    init(_ tokens: [Token]) { self.tokens = tokens }

    func tag(at index: Int) -> PartOfSpeech {
      let tags = self.tags ?? Tagger.tags(of: tokens)
      self.tags = tags
      return index < tags.count ? tags[index] : .other
    }
  }
}

/// Lowercase words as a pattern's input, up to an end, untagged: a pattern read over them
/// tests no part of speech.
struct TokenPatternWords: TokenPatternInput {
  private let words: [String]
  let count: Int

  init(_ words: [String], end: Int? = nil) {
    self.words = words
    count = end ?? words.count
  }

  func word(at index: Int) -> String { words[index] }

  func tag(at index: Int) -> PartOfSpeech { .other }
}
