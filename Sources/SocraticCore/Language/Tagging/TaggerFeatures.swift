/// What the tagger looks up for one word, computed as scripts/train-tagger.py computes it; the
/// word's shape, which depends on where it stands too, is `shape(of:at:)`.
struct TaggerFeatures {
  /// "~" and the word's last three letters.
  var suffix = HashedLineTable.ShortKey()
  /// "#" and the word's classes in the lexicon (see `appendLexiconClass(classes:ending:to:)`).
  var lexiconClass = HashedLineTable.ShortKey()
  /// The word's first letter.
  var firstLetter: Unicode.Scalar?
  /// The tags the lexicon allows the word (see `lexiconTags(of:classes:ending:)`).
  var allowedTags: PartOfSpeechSet

  /// The features of a word in lowercase, or "!year" / "!digits" for a number (`normalised`).
  init(word: String) {
    var suffix = HashedLineTable.ShortKey()
    suffix.append(UInt8(ascii: "~"))
    for scalar in word.unicodeScalars.suffix(3) {
      UTF8.encode(scalar) { suffix.append($0) }
    }
    self.suffix = suffix
    let classes = Lexicon.classes(of: word)
    let ending = Self.regularEnding(of: word)
    lexiconClass.append(UInt8(ascii: "#"))
    Self.appendLexiconClass(classes: classes, ending: ending, to: &lexiconClass)
    firstLetter = word.unicodeScalars.first
    allowedTags = Self.lexiconTags(of: word, classes: classes, ending: ending)
  }

  /// The word of a token as the tagger reads it: in lowercase, or "!year" / "!digits" for a
  /// number.
  static func normalised(_ token: Token) -> String {
    let text = token.lowercased
    guard let first = text.unicodeScalars.first, first.properties.numericType != nil else {
      return text
    }
    if text.unicodeScalars.count == 4, text.unicodeScalars.allSatisfy({ isDigit($0) }) {
      return "!year"
    }
    return isDigit(first) ? "!digits" : text
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.numericType == .decimal
  }

  static func shape(of text: String, at position: Int) -> UInt8 {
    let utf8 = text.utf8
    if utf8.allSatisfy({ $0 < 0x80 }) { return asciiShape(of: utf8, at: position) }
    let scalars = text.unicodeScalars
    if scalars.contains(where: isDigit) { return UInt8(ascii: "d") }
    let cased = scalars.filter { $0.properties.isUppercase || $0.properties.isLowercase }
    if scalars.count > 1, !cased.isEmpty, cased.allSatisfy({ $0.properties.isUppercase }) {
      return UInt8(ascii: "A")
    }
    if let first = scalars.first, first.properties.isUppercase {
      return UInt8(ascii: position == 0 ? "F" : "C")
    }
    if scalars.dropFirst().contains("-") { return UInt8(ascii: "h") }
    return UInt8(ascii: "l")
  }

  /// `shape(of:at:)` for ASCII text, by bytes.
  private static func asciiShape(of text: String.UTF8View, at position: Int) -> UInt8 {
    func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    if text.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
      return UInt8(ascii: "d")
    }
    if text.count > 1, text.contains(where: isUpper), !text.contains(where: isLower) {
      return UInt8(ascii: "A")
    }
    if let first = text.first, isUpper(first) { return UInt8(ascii: position == 0 ? "F" : "C") }
    if text.dropFirst().contains(UInt8(ascii: "-")) { return UInt8(ascii: "h") }
    return UInt8(ascii: "l")
  }

  /// The word's classes in the lexicon among noun, verb, adjective, adverb and rare verb
  /// ("nv"; "-" for none of those), or those of the stem of a regular ending ("s+nv" for
  /// "benefits"), or "?" for a word the lexicon lacks.
  private static func appendLexiconClass(
    classes: WordClasses, ending: (RegularEnding, WordClasses)?,
    to key: inout HashedLineTable.ShortKey
  ) {
    if !classes.isEmpty {
      appendLetters(of: classes, to: &key)
    } else if let (ending, stemClasses) = ending {
      key.append(ending.suffix.utf8)
      key.append(UInt8(ascii: "+"))
      appendLetters(of: stemClasses, to: &key)
    } else {
      key.append(UInt8(ascii: "?"))
    }
  }

  /// The tags the lexicon allows a word besides those the tagger saw it with in training: by its
  /// classes, as an irregular verb form and by a regular ending; every open tag for a word the
  /// lexicon lacks. A name, a number, a symbol or a foreign word is always allowed.
  private static func lexiconTags(
    of word: String, classes: WordClasses, ending: (RegularEnding, WordClasses)?
  ) -> PartOfSpeechSet {
    var allowed: PartOfSpeechSet = [.properNoun, .number, .symbol, .other]
    var isKnown = false
    if !classes.isEmpty {
      isKnown = true
      for (wordClass, tags) in tagsByClass where classes.contains(wordClass) {
        allowed.formUnion(tags)
      }
    }
    if Lexicon.isIrregularVerbForm(word) {
      isKnown = true
      allowed.formUnion([.finiteVerb, .pastParticiple])
    }
    if let (ending, _) = ending {
      isKnown = true
      allowed.formUnion(ending.tags)
    }
    return isKnown ? allowed : .open
  }

  private static let tagsByClass: [(WordClasses, PartOfSpeechSet)] = [
    (.noun, [.noun]), (.irregularPlural, [.noun]),
    (.verb, [.finiteVerb, .infinitive, .pastParticiple]),
    (.rareVerb, [.finiteVerb, .infinitive, .pastParticiple]),
    (.adjective, [.adjective]), (.adverb, [.adverb]),
  ]

  /// A regular ending, the stem it leaves (with what may restore it: "making" → "mak" + "e"),
  /// and the tags a word with it may have.
  private struct RegularEnding {
    var suffix: String
    var restorations: [String]
    var tags: PartOfSpeechSet
  }

  private static let regularEndings = [
    RegularEnding(suffix: "s", restorations: [""], tags: [.noun, .finiteVerb]),
    RegularEnding(suffix: "es", restorations: [""], tags: [.noun, .finiteVerb]),
    RegularEnding(
      suffix: "ing", restorations: ["", "e"], tags: [.presentParticiple, .noun, .adjective]),
    RegularEnding(
      suffix: "ed", restorations: ["", "e"], tags: [.finiteVerb, .pastParticiple, .adjective]),
  ]

  /// The first regular ending of the word whose stem the lexicon knows, with the stem's classes.
  private static func regularEnding(of word: String) -> (RegularEnding, WordClasses)? {
    for ending in regularEndings where word.hasSuffix(ending.suffix) {
      guard word.utf8.count > ending.suffix.utf8.count + 1 else { continue }
      let stem = word.dropLast(ending.suffix.count)
      for restored in ending.restorations {
        let stemClasses = Lexicon.classes(of: String(stem) + restored)
        if !stemClasses.isEmpty { return (ending, stemClasses) }
      }
    }
    return nil
  }

  private static let classLetters: [(WordClasses, UInt8)] = [
    (.noun, UInt8(ascii: "n")), (.verb, UInt8(ascii: "v")), (.adjective, UInt8(ascii: "a")),
    (.adverb, UInt8(ascii: "r")), (.rareVerb, UInt8(ascii: "w")),
  ]

  private static func appendLetters(
    of classes: WordClasses, to key: inout HashedLineTable.ShortKey
  ) {
    var isEmpty = true
    for (wordClass, letter) in classLetters where classes.contains(wordClass) {
      key.append(letter)
      isEmpty = false
    }
    if isEmpty { key.append(UInt8(ascii: "-")) }
  }
}
