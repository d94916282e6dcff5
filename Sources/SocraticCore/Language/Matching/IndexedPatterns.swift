/// A table of patterns filed under the words they can start with, so that a sentence tries
/// only the patterns that may match in it: a long answer read against a long table costs a look-up
/// per word rather than a test per pattern and word.
struct IndexedPatterns: Sendable {
  /// The patterns, in the table's order.
  let patterns: [PhrasePattern]
  /// For each word a pattern can start with, the patterns that can.
  private let byFirstWord: [String: [Int]]
  /// The patterns that can start with any word.
  private let anyStart: [Int]
  /// The first bytes of the words filed: most words are found under none without a look-up.
  private let firstBytes: FirstByteSet?

  init(_ patterns: [PhrasePattern]) {
    self.patterns = patterns
    var byFirstWord: [String: [Int]] = [:]
    var anyStart: [Int] = []
    for (index, pattern) in patterns.enumerated() {
      guard pattern.hasFirstWords else {
        anyStart.append(index)
        continue
      }
      for word in pattern.firstWords { byFirstWord[word, default: []].append(index) }
    }
    self.byFirstWord = byFirstWord
    self.anyStart = anyStart
    firstBytes = FirstByteSet(byFirstWord.keys)
  }

  /// The indices of the patterns a match of which can start with a word: those filed under it,
  /// then those that can start with any word.
  func candidates(startingWith word: String) -> [Int] {
    guard let filed = filed(under: word) else { return anyStart }
    return anyStart.isEmpty ? filed : filed + anyStart
  }

  /// The indices of the patterns a match of which can start with a word, in the table's order:
  /// what trying each pattern that `mayStart(with:)` the word, first to last, tries.
  func candidatesInOrder(startingWith word: String) -> [Int] {
    guard let filed = filed(under: word) else { return anyStart }
    return anyStart.isEmpty ? filed : (filed + anyStart).sorted()
  }

  /// Whether any pattern can start with a word.
  func hasCandidate(startingWith word: String) -> Bool {
    !anyStart.isEmpty || filed(under: word) != nil
  }

  /// Whether a pattern that can start with a word passes the test, tried in the order of
  /// `candidates(startingWith:)`, without gathering them into an array first.
  func containsCandidate(startingWith word: String, where test: (Int) -> Bool) -> Bool {
    filed(under: word)?.contains(where: test) == true || anyStart.contains(where: test)
  }

  /// The patterns filed under a word, if any.
  private func filed(under word: String) -> [Int]? {
    if let firstBytes, firstBytes.rulesOut(word) { return nil }
    return byFirstWord[word]
  }

  /// The indices of the patterns that may match somewhere in the tokens, in the table's order:
  /// every other pattern has no match in them.
  func candidates(in tokens: [Token]) -> [Int] {
    var isCandidate = [Bool](repeating: false, count: patterns.count)
    for index in anyStart { isCandidate[index] = true }
    for token in tokens {
      for index in filed(under: token.lowercased) ?? [] { isCandidate[index] = true }
    }
    return patterns.indices.filter { isCandidate[$0] }
  }
}
