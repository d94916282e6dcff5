/// Tags each token with its part of speech: an averaged perceptron (Honnibal's greedy tagger)
/// trained on the Universal Dependencies English treebanks by scripts/train-tagger.py.
///
/// The weights are found in place in the generated tables through their hash index
/// (`taggerWords`, `taggerWordSlots`): nothing is parsed at start-up, and only the few context
/// weights (`taggerContext`) are read into memory, on first use. A word costs three hashed
/// lookups the first time, and its weights are remembered (`RecentTaggerWords`).
public enum Tagger {
  /// The part of speech of each token, in order.
  public static func tags(of tokens: [Token]) -> [PartOfSpeech] {
    guard !tokens.isEmpty else { return [] }
    // The tags depend on the words alone, and one answer is tagged again by each reader of it
    // (its moves, its reflection, the questions on it): a sentence is tagged once.
    return recentTags.reading(of: tokens)
  }

  /// The tags of the last 256 runs of tokens tagged, of at most 256 tokens each.
  private static let recentTags = RecentReadings<[Token], [PartOfSpeech]>(
    kept: 256, size: { $0.count <= 256 ? $0.count : nil }, read: tagging)

  private static func tagging(_ tokens: [Token]) -> [PartOfSpeech] {
    let words = RecentTaggerWords.readings(of: tokens.map(TaggerFeatures.normalised))
    var sentence = SentenceScores(count: tokens.count)
    for (index, word) in words.enumerated() { sentence.add(word, at: index) }
    let context = TaggerContext.shared
    var tags: [PartOfSpeech] = []
    tags.reserveCapacity(tokens.count)
    var scores = Array(repeating: 0, count: tagCount)
    var afterTag = sentence.afterTag[...]
    var previous: UInt8 = TaggerContext.start
    var beforePrevious: UInt8 = TaggerContext.start
    for index in tokens.indices {
      let tag: Int
      if words[index].dictionaryTag >= 0 {
        tag = Int(words[index].dictionaryTag)
      } else {
        for tag in 0..<tagCount { scores[tag] = sentence.scores[index * tagCount + tag] }
        context.add(
          previous: previous, beforePrevious: beforePrevious, first: words[index].firstLetter,
          shape: TaggerFeatures.shape(of: tokens[index].text, at: index), isFirst: index == 0,
          isLast: index == tokens.count - 1, to: &scores)
        while let weight = afterTag.first, weight.index <= index {
          if weight.index == index, weight.previous == previous {
            scores[weight.tag] += weight.weight
          }
          afterTag = afterTag.dropFirst()
        }
        let allowed = words[index].seenTags.union(words[index].allowedTags)
        tag = Self.best(scores, among: allowed)
      }
      tags.append(PartOfSpeech(rawValue: tag) ?? .other)
      beforePrevious = previous
      previous = UInt8(ascii: "A") + UInt8(tag)
    }
    return tags
  }

  static let tagCount = PartOfSpeech.allCases.count

  /// The allowed tag with the highest score, the first of equals.
  private static func best(_ scores: [Int], among allowed: PartOfSpeechSet) -> Int {
    var best = -1
    for tag in scores.indices where allowed.rawValue & 1 << UInt32(tag) != 0 {
      if best < 0 || scores[tag] > scores[best] { best = tag }
    }
    return max(best, 0)
  }
}

/// The weights gathered for a sentence's words before the tags are chosen: what does not
/// depend on the tags before each word.
private struct SentenceScores {
  /// A weight that counts only after a given tag.
  struct AfterTag {
    var index: Int
    var previous: UInt8
    var tag: Int
    var weight: Int
  }

  let count: Int
  /// `Tagger.tagCount` scores per word.
  var scores: [Int]
  /// By word, in the order of the words.
  var afterTag: [AfterTag] = []

  init(count: Int) {
    self.count = count
    scores = Array(repeating: 0, count: count * Tagger.tagCount)
  }

  /// A word's weights, for itself and as a neighbour of the words around it.
  mutating func add(_ word: TaggerWord, at index: Int) {
    for weight in word.weights {
      let target = index + weight.offset
      guard target >= 0, target < count else { continue }
      scores[target * Tagger.tagCount + weight.tag] += weight.weight
    }
    for weight in word.afterTag {
      afterTag.append(
        AfterTag(index: index, previous: weight.previous, tag: weight.tag, weight: weight.weight))
    }
  }
}

/// Reading one line of the word weights: groups of a role letter (with a tag letter after
/// "t" and "="), then tag letters each followed by a signed weight.
enum TaggerLine {
  static func read(
    _ line: UnsafeBufferPointer<UInt8>, _ body: (UInt8, UInt8, Int, Int) -> Void
  ) {
    var position = 0
    while position < line.count {
      let role = line[position]
      position += 1
      var condition: UInt8 = 0
      if role == UInt8(ascii: "t") || role == UInt8(ascii: "="), position < line.count {
        condition = line[position]
        position += 1
      }
      if role == UInt8(ascii: "=") {
        body(role, condition, 0, 0)
        continue
      }
      position = readPairs(line, from: position) { body(role, condition, $0, $1) }
    }
  }

  /// Reads tag letters each followed by a signed weight, from a position to the first byte
  /// that is not a tag letter; returns where they end.
  @discardableResult
  static func readPairs(
    _ line: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (Int, Int) -> Void
  ) -> Int {
    var position = start
    while position < line.count, isTagLetter(line[position]) {
      let tag = Int(line[position] - UInt8(ascii: "A"))
      let (weight, end) = number(in: line, from: position + 1)
      position = end
      body(tag, weight)
    }
    return position
  }

  static func isTagLetter(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
  }

  /// The signed integer at a position, and where it ends.
  static func number(in line: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int) {
    var position = start
    var sign = 1
    if position < line.count, line[position] == UInt8(ascii: "-") {
      sign = -1
      position += 1
    }
    var value = 0
    while position < line.count, line[position] >= UInt8(ascii: "0"),
      line[position] <= UInt8(ascii: "9")
    {
      value = value * 10 + Int(line[position] - UInt8(ascii: "0"))
      position += 1
    }
    return (sign * value, position)
  }
}
