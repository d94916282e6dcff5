/// What the tagger reads of one word wherever it stands: its weights, for itself and for the
/// words beside it, from its own line, its suffix's and its lexicon class's, decoded once, and
/// the tags the lexicon allows it. Only the word's shape ("F" first, "C" later) depends on
/// where it stands, and is read with the sentence.
struct TaggerWord: Sendable, Equatable {
  /// A weight for the tag of the word `offset` places from this one (-2 to 2).
  struct Weight: Sendable, Equatable {
    var offset: Int
    var tag: Int
    var weight: Int
  }

  /// A weight for this word's tag that counts only after a given tag.
  struct AfterTag: Sendable, Equatable {
    var previous: UInt8
    var tag: Int
    var weight: Int
  }

  var weights: [Weight] = []
  var afterTag: [AfterTag] = []
  /// The dictionary's tag of the word, or -1.
  var dictionaryTag: Int8 = -1
  /// The tags the word was seen with in training.
  var seenTags: PartOfSpeechSet = []
  /// The word's first letter.
  var firstLetter: Unicode.Scalar?
  /// The tags the lexicon allows the word.
  var allowedTags: PartOfSpeechSet

  private static let table = HashedLineTable(taggerWords, slots: taggerWordSlots)

  /// The word as `TaggerFeatures.normalised(_:)` gives it.
  init(_ word: String) {
    let features = TaggerFeatures(word: word)
    firstLetter = features.firstLetter
    allowedTags = features.allowedTags
    Self.table.withValue(forKey: word) { line in
      guard let line else { return }
      TaggerLine.read(line) { role, condition, tag, weight in
        if let offset = Self.offset(of: role, among: Self.wordRoles) {
          add(weight, tag, at: offset)
          return
        }
        switch role {
        case UInt8(ascii: "t"):
          if tag < Tagger.tagCount {
            afterTag.append(AfterTag(previous: condition, tag: tag, weight: weight))
          }
        case UInt8(ascii: "="): dictionaryTag = Int8(condition - UInt8(ascii: "A"))
        case UInt8(ascii: "k"):
          if tag < Tagger.tagCount { seenTags.formUnion(PartOfSpeechSet(rawValue: 1 << tag)) }
        default: break
        }
      }
    }
    addWeights(ofLine: features.suffix, roles: Self.suffixRoles)
    addWeights(ofLine: features.lexiconClass, roles: Self.classRoles)
  }

  /// The roles of a line's weights that score a tag, and the offset of the word each scores:
  /// the word's own line ("w" itself, "p"/"q" the next words, "n"/"m" the words before),
  /// its suffix's ("s" itself) and its lexicon class's ("c" itself).
  private static let wordRoles = roles(["w": 0, "p": 1, "q": 2, "n": -1, "m": -2])
  private static let suffixRoles = roles(["s": 0, "p": 1, "n": -1])
  private static let classRoles = roles(["c": 0, "n": -1])

  private static func roles(_ pairs: KeyValuePairs<Unicode.Scalar, Int>) -> [(UInt8, Int)] {
    pairs.map { (UInt8(ascii: $0.key), $0.value) }
  }

  private static func offset(of role: UInt8, among roles: [(UInt8, Int)]) -> Int? {
    roles.first { $0.0 == role }?.1
  }

  /// Adds the weights of the line for a key (a suffix, a lexicon class) whose roles score a tag.
  private mutating func addWeights(ofLine key: HashedLineTable.ShortKey, roles: [(UInt8, Int)]) {
    Self.table.withValue(forKey: key) { line in
      guard let line else { return }
      TaggerLine.read(line) { role, _, tag, weight in
        if let offset = Self.offset(of: role, among: roles) { add(weight, tag, at: offset) }
      }
    }
  }

  private mutating func add(_ weight: Int, _ tag: Int, at offset: Int) {
    guard tag < Tagger.tagCount else { return }
    weights.append(Weight(offset: offset, tag: tag, weight: weight))
  }
}

/// The words the tagger read last, by their normalised text: a word common to many sentences
/// ("the", "money") is looked up and decoded once, not once per sentence (`RecentReadings`:
/// plain ASCII words, so a remembered reading is what a fresh read gives).
enum RecentTaggerWords {
  /// How many words are kept (all are let go when that many are held), and how long a word may
  /// be to be kept: a longer one is read afresh each time.
  static let kept = 2_048
  static let longest = 64

  private static let memo = RecentReadings(kept: kept, longest: longest) { TaggerWord($0) }

  /// The readings of the words, in order: remembered, or read now and remembered.
  static func readings(of words: [String]) -> [TaggerWord] { memo.readings(of: words) }

  /// How many words are held now.
  static var count: Int { memo.count }
}
