/// A phrase that says what a line that asks nothing does, and how strongly: a table entry read
/// by `UtteranceCues`.
///
/// Phrases are written as the tokenizer splits words, clitics apart: "you 're", "let 's".
struct UtteranceCue: Sendable {
  /// The phrase's words in lowercase.
  let words: [String]
  /// How much the phrase counts.
  let weight: Int

  init(_ phrase: String, _ weight: Int) {
    words = phrase.split(separator: " ").map(String.init)
    self.weight = weight
  }
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
      for (index, cue) in candidates where !found.contains(index) {
        let end = start + cue.words.count
        if end <= words.count, words[start..<end].elementsEqual(cue.words) {
          found.append(index)
        }
      }
    }
    return found
  }
}
