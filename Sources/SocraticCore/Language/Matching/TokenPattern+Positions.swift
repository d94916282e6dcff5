extension Array where Element == TokenPattern {
  /// The positions of the words a match of any of the patterns covers, the longest match at
  /// each word: where idioms stand in a line ("walking on eggshells", "closing its doors").
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  func positions(in words: [String]) -> Set<Int> {
    let input = TokenPatternWords(words)
    var positions: Set<Int> = []
    for start in words.indices {
      for pattern in self where pattern.mayStart(with: words[start]) {
        if let end = pattern.matchEnds(in: input, from: start).first {
          positions.formUnion(start..<end)
        }
      }
    }
    return positions
  }
}
