/// How the map splits what it reads: an answer into sentences, a sentence into plain words.
extension BeliefMap {
  /// The sentences of an answer, trimmed; an ellipsis ("a total ban... my daughter") does not
  /// end one.
  /// Read scalar by scalar, with ASCII spaces told by their value: every reader of an answer
  /// splits it this way, and splitting by characters cost a long answer's step a sixth of its
  /// time.
  static func sentences(of text: String) -> [String] {
    recentSentences.reading(of: text)
  }

  /// The sentences of the last answers and items read: the map, what the answer gave and the
  /// correction readers each split the same answer.
  private static let recentSentences = RecentReadings(
    kept: 256, longest: 4_000, read: splitSentences)

  private static func splitSentences(_ text: String) -> [String] {
    var sentences: [String] = []
    var sentence = String.UnicodeScalarView()
    var word = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    // A word ends at a space; a sentence ends with a word whose last mark ends one.
    func endWord() {
      guard let last = word.last else { return }
      if !sentence.isEmpty { sentence.append(" ") }
      sentence.append(contentsOf: word)
      let endsSentence = ".!?".unicodeScalars.contains(last) && !(last == "." && previous == ".")
      word = String.UnicodeScalarView()
      guard endsSentence else { return }
      sentences.append(String(sentence))
      sentence = String.UnicodeScalarView()
    }
    var beforeLast: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      let isSpace =
        scalar.isASCII ? asciiSpaces.contains(scalar.value) : scalar.properties.isWhitespace
      if isSpace {
        previous = beforeLast
        endWord()
      } else {
        beforeLast = word.last
        word.append(scalar)
      }
    }
    previous = beforeLast
    endWord()
    if !sentence.isEmpty { sentences.append(String(sentence)) }
    return sentences
  }

  /// The ASCII scalars that are white space: tab, line feed, vertical tab, form feed,
  /// carriage return and space.
  private static let asciiSpaces: Set<UInt32> = [9, 10, 11, 12, 13, 32]

  /// The words of a sentence, lowercased, without apostrophes: "isn't" → "isnt".
  /// Read scalar by scalar: the map reads every item of every answer this way, and splitting
  /// by characters cost a long answer's step a sixth of its time.
  static func plainWords(_ text: String) -> [String] {
    recentPlainWords.reading(of: text)
  }

  /// The words of the last texts read: the map reads each item and sentence for its words
  /// in several filing rules.
  private static let recentPlainWords = RecentReadings(
    kept: 1_024, longest: 1_000, read: splitWords)

  private static func splitWords(_ text: String) -> [String] {
    var words: [String] = []
    var word = String.UnicodeScalarView()
    for scalar in text.lowercased().unicodeScalars {
      if scalar == "'" || scalar == "\u{2019}" { continue }
      // An ASCII letter or digit is told by its value: the Unicode properties cost a table
      // lookup a scalar (6% of the explore benchmark's time).
      let isWordScalar =
        if scalar.isASCII {
          ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            || ("A"..."Z").contains(scalar)
        } else {
          scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || (!word.isEmpty && scalar.properties.generalCategory == .nonspacingMark)
        }
      if isWordScalar {
        word.append(scalar)
      } else if !word.isEmpty {
        words.append(String(word))
        word = String.UnicodeScalarView()
      }
    }
    if !word.isEmpty { words.append(String(word)) }
    return words
  }

  /// Whether a phrase's words occur in order, together, in these words.
  static func has(_ phrase: [String], in words: [String]) -> Bool {
    guard !phrase.isEmpty, words.count >= phrase.count else { return false }
    let first = phrase[0]
    return (0...(words.count - phrase.count)).contains {
      words[$0] == first && words[$0..<($0 + phrase.count)].elementsEqual(phrase)
    }
  }
}
