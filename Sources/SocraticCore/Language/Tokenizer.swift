/// Splits English text into words, numbers and punctuation.
///
/// - Words keep inner apostrophes and hyphens ("don't", "long-term") and the dots of
///   abbreviations ("U.S.", "e.g.").
/// - The clitics 's, 're, 'm, 've, 'll and 'd become tokens of their own with no space before
///   them ("it's" → "it", "'s"), as does the apostrophe of a plural possessive ("banks'"), so
///   "it" can be found as a subject and "'s" as a verb. Negated forms stay whole ("isn't",
///   "can't"): the lexicon knows them as one word.
/// - Numbers keep their decimal point, separators, a trailing % and letters ("5G", "2020s").
/// - Curly apostrophes are kept in `text` and straightened in `lowercased`.
public enum Tokenizer {
  /// The tokens of a text, in order.
  ///
  /// One answer is tokenized again by each of its readers (its moves, its stances, the turn's
  /// requests, the reflection, the questions on it), so the texts tokenized last are
  /// remembered (`RecentTokens`): a remembered text's tokens are the ones a fresh run gives.
  public static func tokenize(_ text: String) -> [Token] {
    RecentTokens.tokens(of: text)
  }

  /// The tokens of a text, read afresh.
  static func reading(_ text: String) -> [Token] {
    let bytes = Array(text.utf8)
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []  // where each scalar starts in `bytes`, and the end
    scalars.reserveCapacity(bytes.count)
    offsets.reserveCapacity(bytes.count + 1)
    var offset = 0
    for scalar in text.unicodeScalars {
      scalars.append(scalar)
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    var writer = TokenWriter(bytes: bytes, offsets: offsets)
    var index = 0

    while index < scalars.count {
      let scalar = scalars[index]
      // Colour codes and other terminal controls pasted in with the text are not language.
      if !scalar.isASCII || scalar.value < 0x20 || scalar.value == 0x7F,
        let end = ControlSequence.end(in: scalars, at: index)
      {
        index = end
        continue
      }
      if isWhitespace(scalar) {
        writer.hasSpace = true
        if isLineBreak(scalar) { writer.hasLineBreak = true }
        index += 1
        continue
      }
      let start = index
      if isLetter(scalar) {
        index = endOfAbbreviation(scalars, from: start) ?? endOfWord(scalars, from: start)
        let (word, rest) = wordParts(start..<index, scalars: scalars)
        writer.emit(word, .word)
        if let rest { writer.emit(rest, .word) }
      } else if isDigit(scalar) {
        index = endOfNumber(scalars, from: start)
        writer.emit(start..<index, .number)
      } else if scalar == "." {
        while index < scalars.count, scalars[index] == "." { index += 1 }
        writer.emit(start..<index, .punctuation)
      } else {
        index += 1
        let isPunctuation =
          scalar.isASCII
          ? asciiPunctuation.contains(scalar) : scalar.properties.generalCategory.isPunctuation
        writer.emit(start..<index, isPunctuation ? .punctuation : .symbol)
      }
    }
    return writer.tokens
  }

  /// Makes the tokens of a text from ranges of its scalars, with the spacing seen before each.
  private struct TokenWriter {
    let bytes: [UInt8]
    /// Where each scalar starts in `bytes`, and the end.
    let offsets: [Int]
    var tokens: [Token] = []
    var hasSpace = false
    var hasLineBreak = false

    mutating func emit(_ range: Range<Int>, _ kind: Token.Kind) {
      let text = String(
        decoding: bytes[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
      tokens.append(
        Token(text, kind: kind, hasSpaceBefore: hasSpace, hasLineBreakBefore: hasLineBreak))
      hasSpace = false
      hasLineBreak = false
    }
  }

  /// A word's range, and the range of a trailing clitic or possessive apostrophe split off it.
  private static func wordParts(_ range: Range<Int>, scalars: [Unicode.Scalar])
    -> (word: Range<Int>, clitic: Range<Int>?)
  {
    let length = range.count
    // "banks'": a plural possessive.
    if length > 2, isApostrophe(scalars[range.upperBound - 1]),
      scalars[range.upperBound - 2] == "s" || scalars[range.upperBound - 2] == "S"
    {
      return (range.lowerBound..<(range.upperBound - 1), (range.upperBound - 1)..<range.upperBound)
    }
    for clitic in clitics where length > clitic.count {
      let cliticStart = range.upperBound - clitic.count
      guard isApostrophe(scalars[cliticStart]) else { continue }
      let matches = zip(scalars[(cliticStart + 1)..<range.upperBound], clitic.dropFirst())
        .allSatisfy { scalar, letter in
          scalar.isASCII && Character(scalar).lowercased() == String(letter)
        }
      if matches { return (range.lowerBound..<cliticStart, cliticStart..<range.upperBound) }
    }
    return (range, nil)
  }

  private static let clitics: [[Character]] = ["'s", "'re", "'m", "'ve", "'ll", "'d"].map(
    Array.init)

  /// Letters, digits and marks, joined by inner apostrophes and hyphens.
  private static func endOfWord(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var index = start + 1
    while index < scalars.count {
      let scalar = scalars[index]
      if isLetter(scalar) || isDigit(scalar) || isMark(scalar) {
        index += 1
      } else if index + 1 < scalars.count, isLetter(scalars[index + 1]),
        isApostrophe(scalar) || scalar == "-"
      {
        index += 2
      } else if index + 1 < scalars.count, scalar == "-", isDigit(scalars[index + 1]) {
        index += 2
      } else if isApostrophe(scalar), index + 1 == scalars.count || !isLetter(scalars[index + 1]),
        scalars[index - 1] == "s" || scalars[index - 1] == "S"
      {
        // The apostrophe of a plural possessive ("banks' profits"); split off later.
        index += 1
        break
      } else {
        break
      }
    }
    return index
  }

  /// The end of an abbreviation written as letters and dots ("U.S.", "e.g."), or nil when the
  /// text at `start` is not one: at least two letters, each followed by a dot.
  private static func endOfAbbreviation(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start
    var pairs = 0
    while index + 1 < scalars.count, isLetter(scalars[index]), scalars[index + 1] == ".",
      index + 2 == scalars.count || !isLetter(scalars[index + 2])
        || (index + 3 < scalars.count && scalars[index + 3] == ".")
    {
      pairs += 1
      index += 2
      if index < scalars.count, !isLetter(scalars[index]) { break }
    }
    return pairs >= 2 ? index : nil
  }

  /// Digits with inner separators, then letters or a % sign.
  private static func endOfNumber(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var index = start + 1
    while index < scalars.count {
      let scalar = scalars[index]
      if isDigit(scalar) || isLetter(scalar) {
        index += 1
      } else if scalar == "." || scalar == "," || scalar == ":",
        index + 1 < scalars.count, isDigit(scalars[index + 1])
      {
        index += 2
      } else if scalar == "%" {
        index += 1
        break
      } else {
        break
      }
    }
    return index
  }

  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
    return scalar.properties.isAlphabetic
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return ("0"..."9").contains(scalar) }
    return scalar.properties.numericType == .decimal
  }

  // Plain ASCII text is the common case: it is classified without Unicode property lookups,
  // which cost more than the rest of tokenizing.

  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar == " " || ("\t"..."\r").contains(scalar) }
    return scalar.properties.isWhitespace
  }

  /// The ASCII characters whose Unicode category is punctuation; the others ($+<=>^`|~) are
  /// symbols.
  private static let asciiPunctuation: Set<Unicode.Scalar> = Set(
    "!\"#%&'()*,-./:;?@[\\]_{}".unicodeScalars)

  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    !scalar.isASCII && scalar.properties.generalCategory.isMark
  }

  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
  }

  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}"
      || scalar == "\u{0B}" || scalar == "\u{0C}" || scalar == "\u{85}"
  }
}

extension Unicode.GeneralCategory {
  fileprivate var isPunctuation: Bool {
    switch self {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      true
    default: false
    }
  }

  fileprivate var isMark: Bool {
    switch self {
    case .nonspacingMark, .spacingMark, .enclosingMark: true
    default: false
    }
  }
}
