import Synchronization

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
        switch role {
        case UInt8(ascii: "w"): add(weight, tag, at: 0)
        case UInt8(ascii: "p"): add(weight, tag, at: 1)
        case UInt8(ascii: "q"): add(weight, tag, at: 2)
        case UInt8(ascii: "n"): add(weight, tag, at: -1)
        case UInt8(ascii: "m"): add(weight, tag, at: -2)
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
    Self.table.withValue(forKey: features.suffix) { line in
      guard let line else { return }
      TaggerLine.read(line) { role, _, tag, weight in
        switch role {
        case UInt8(ascii: "s"): add(weight, tag, at: 0)
        case UInt8(ascii: "p"): add(weight, tag, at: 1)
        case UInt8(ascii: "n"): add(weight, tag, at: -1)
        default: break
        }
      }
    }
    Self.table.withValue(forKey: features.lexiconClass) { line in
      guard let line else { return }
      TaggerLine.read(line) { role, _, tag, weight in
        switch role {
        case UInt8(ascii: "c"): add(weight, tag, at: 0)
        case UInt8(ascii: "n"): add(weight, tag, at: -1)
        default: break
        }
      }
    }
  }

  private mutating func add(_ weight: Int, _ tag: Int, at offset: Int) {
    guard tag < Tagger.tagCount else { return }
    weights.append(Weight(offset: offset, tag: tag, weight: weight))
  }
}

/// The words the tagger read last, by their normalised text: a word common to many sentences
/// ("the", "money") is looked up and decoded once, not once per sentence. A word's reading
/// depends on its text alone, so a remembered one is what a fresh read gives.
enum RecentTaggerWords {
  /// How many words are kept (all are let go when that many are held), and how long a word may
  /// be to be kept: a longer one is read afresh each time.
  static let kept = 2_048
  static let longest = 64

  private static let words = Mutex<[String: TaggerWord]>([:])

  /// The readings of the words, in order: remembered, or read now and remembered.
  static func readings(of words: [String]) -> [TaggerWord] {
    var readings: [TaggerWord?] = Self.words.withLock { known in words.map { known[$0] } }
    var read: [(String, TaggerWord)] = []
    for index in readings.indices where readings[index] == nil {
      let reading = TaggerWord(words[index])
      readings[index] = reading
      if words[index].utf8.count <= longest { read.append((words[index], reading)) }
    }
    if !read.isEmpty {
      Self.words.withLock { known in
        if known.count + read.count > kept { known.removeAll(keepingCapacity: true) }
        for (word, reading) in read.prefix(kept) { known[word] = reading }
      }
    }
    return readings.compactMap { $0 }
  }

  /// How many words are held now.
  static var count: Int { words.withLock(\.count) }
}
