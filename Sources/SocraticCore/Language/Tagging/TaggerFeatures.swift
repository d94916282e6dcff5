/// What the tagger looks up for one token, computed as scripts/train-tagger.py computes it.
struct TaggerFeatures {
  /// The word in lowercase, or "!year" / "!digits" for a number.
  var word: String
  /// "~" and the word's last three letters.
  var suffix: String
  /// "#" and the word's classes in the lexicon (see `lexiconClass(classes:ending:)`).
  var lexiconClass: String
  /// The word's first letter.
  var firstLetter: String
  /// "d" with digits, "A" all capitals, "F" capitalised first word, "C" capitalised later,
  /// "h" hyphenated, "l" otherwise.
  var shape: UInt8
  /// The tags the lexicon allows the word (see `lexiconTags(of:classes:ending:)`).
  var allowedTags: PartOfSpeechSet

  init(of token: Token, at position: Int) {
    word = Self.normalised(token)
    suffix = "~" + word.suffix(3)
    let classes = Lexicon.classes(of: word)
    let ending = Self.regularEnding(of: word)
    lexiconClass = "#" + Self.lexiconClass(classes: classes, ending: ending)
    firstLetter = String(word.prefix(1))
    shape = Self.shape(of: token.text, at: position)
    allowedTags = Self.lexiconTags(of: word, classes: classes, ending: ending)
  }

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

  /// The word's classes in the lexicon among noun, verb, adjective, adverb and rare verb
  /// ("nv"; "-" for none of those), or those of the stem of a regular ending ("s+nv" for
  /// "benefits"), or "?" for a word the lexicon lacks.
  private static func lexiconClass(
    classes: WordClasses, ending: (RegularEnding, WordClasses)?
  ) -> String {
    if !classes.isEmpty { return letters(of: classes) }
    if let (ending, stemClasses) = ending {
      return ending.suffix + "+" + letters(of: stemClasses)
    }
    return "?"
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

  private static func letters(of classes: WordClasses) -> String {
    let named: [(WordClasses, String)] = [
      (.noun, "n"), (.verb, "v"), (.adjective, "a"), (.adverb, "r"), (.rareVerb, "w"),
    ]
    let found = named.filter { classes.contains($0.0) }.map(\.1).joined()
    return found.isEmpty ? "-" : found
  }
}
