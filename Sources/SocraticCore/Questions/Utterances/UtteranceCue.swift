/// A phrase that says what a line that asks nothing does, and how strongly: a table entry read
/// by `UtteranceCues`.
///
/// Phrases are written as the tokenizer splits words, clitics apart: "you 're", "let 's"; a
/// phrase written after "^ " counts only at the start of a sentence: "^ try".
struct UtteranceCue: Sendable {
  /// The phrase's words in lowercase.
  let words: [String]
  /// How much the phrase counts.
  let weight: Int
  /// Whether the phrase counts only at the start of a sentence.
  let opensSentence: Bool

  init(_ phrase: String, _ weight: Int) {
    let words = phrase.split(separator: " ").map(String.init)
    opensSentence = words.first == Self.sentenceStart
    self.words = opensSentence ? Array(words.dropFirst()) : words
    self.weight = weight
  }

  private static let sentenceStart = "^"
}

/// Cues indexed by their first word, so a line is matched in one pass over its words.
struct UtteranceCues: Sendable {
  private let byFirstWord: [String: [(index: Int, cue: UtteranceCue)]]

  init(_ cues: [UtteranceCue]) {
    var byFirstWord: [String: [(index: Int, cue: UtteranceCue)]] = [:]
    for (index, cue) in cues.enumerated() {
      byFirstWord[cue.words[0], default: []].append((index, cue))
    }
    self.byFirstWord = byFirstWord
  }

  /// The indices of the cues found in the words, each once however often it occurs.
  func matches(in words: [String]) -> [Int] {
    var found: [Int] = []
    for start in words.indices {
      guard let candidates = byFirstWord[words[start]] else { continue }
      let opensSentence = start == 0 || Self.sentenceEnds.contains(words[start - 1])
      for (index, cue) in candidates
      where !found.contains(index) && (opensSentence || !cue.opensSentence) {
        let end = start + cue.words.count
        if end <= words.count, words[start..<end].elementsEqual(cue.words) {
          found.append(index)
        }
      }
    }
    return found
  }

  /// The marks that end a sentence, after which a word opens the next.
  private static let sentenceEnds: Set<String> = [".", "!", "?", "…"]
}
