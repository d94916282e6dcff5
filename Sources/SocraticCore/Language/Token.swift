/// One word, number or punctuation mark of a text, as the tokenizer found it.
///
/// Tokens keep the text as written, so a sentence rebuilt from them keeps its words and case;
/// only the spacing is normalised (one space where there was any whitespace).
public struct Token: Sendable, Hashable {
  /// What sort of token it is.
  public enum Kind: Sendable, Hashable {
    /// Letters, possibly with inner apostrophes, hyphens or the dots of an abbreviation.
    case word
    /// A number, possibly with a decimal point, separators, a % sign or letters ("5G", "2020s").
    case number
    /// A punctuation mark or a run of dots.
    case punctuation
    /// Anything else: currency signs, emoji, symbols.
    case symbol
  }

  /// The token as written.
  public var text: String
  /// The token in lowercase with curly apostrophes straightened: what the lexicon looks up.
  public var lowercased: String
  /// What sort of token it is.
  public var kind: Kind
  /// Whether whitespace came before it in the text.
  public var hasSpaceBefore: Bool
  /// Whether a line break came before it in the text (a sentence never runs across one).
  public var hasLineBreakBefore: Bool

  public init(
    _ text: String, kind: Kind = .word, hasSpaceBefore: Bool = true,
    hasLineBreakBefore: Bool = false
  ) {
    self.text = text
    self.lowercased = Token.normalized(text)
    self.kind = kind
    self.hasSpaceBefore = hasSpaceBefore
    self.hasLineBreakBefore = hasLineBreakBefore
  }

  /// Hashes the text, kind and spacing: `lowercased` is made from the text, and hashing it
  /// too made a run of tokens, the key of the parser's and tagger's memos, cost twice as much.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(kind)
    hasher.combine(hasSpaceBefore)
    hasher.combine(hasLineBreakBefore)
  }

  /// Whether it is a word (or a number, which can stand where a word does).
  public var isWord: Bool { kind == .word || kind == .number }

  /// Whether its text holds a question mark ("?", "?!"). Compared as bytes: `String.contains`
  /// with a string goes through Foundation here, which costs more than the rest of a check.
  public var hasQuestionMark: Bool {
    text.utf8.contains(UInt8(ascii: "?"))
  }

  /// Whether its text starts with an uppercase letter.
  public var isCapitalized: Bool {
    guard let first = text.unicodeScalars.first else { return false }
    if first.isASCII { return ("A"..."Z").contains(first) }
    return first.properties.isUppercase
  }

  /// Whether it is an acronym or a name with inner capitals ("AI", "EU", "TikTok", "iPhone"):
  /// a word whose case is never changed.
  public var hasFixedCase: Bool {
    var isFirst = true
    for scalar in text.unicodeScalars {
      let isLetter: Bool
      let isUppercase: Bool
      if scalar.isASCII {
        isUppercase = ("A"..."Z").contains(scalar)
        isLetter = isUppercase || ("a"..."z").contains(scalar)
      } else {
        isLetter = scalar.properties.isAlphabetic
        isUppercase = scalar.properties.isUppercase
      }
      guard isLetter else { continue }
      if !isFirst, isUppercase { return true }
      isFirst = false
    }
    return false
  }

  /// The same token with other text, keeping its spacing.
  public func replacingText(with newText: String) -> Token {
    Token(
      newText, kind: kind, hasSpaceBefore: hasSpaceBefore, hasLineBreakBefore: hasLineBreakBefore)
  }

  /// Lowercase with curly apostrophes straightened.
  static func normalized(_ text: String) -> String {
    let isPlainLowercase = text.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }
    if isPlainLowercase { return text }
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\u{2019}", "\u{2018}", "\u{02BC}": result.unicodeScalars.append("'")
      case "A"..."Z": result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
      default:
        if scalar.isASCII {
          result.unicodeScalars.append(scalar)
        } else {
          result += scalar.properties.lowercaseMapping
        }
      }
    }
    return result
  }
}

extension Array where Element == Token {
  /// The tokens written out again: one space wherever the text had whitespace, none elsewhere,
  /// and none before the first token.
  public var joinedText: String {
    var result = ""
    for (index, token) in enumerated() {
      if index > 0, token.hasSpaceBefore { result += " " }
      result += token.text
    }
    return result
  }
}

extension ArraySlice where Element == Token {
  /// The tokens written out again, as `Array.joinedText` does.
  public var joinedText: String { Array(self).joinedText }
}
