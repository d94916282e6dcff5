/// The sentences that open a line before what it goes on to ask, each one a reader takes (an
/// apology, a complaint of the last answer) or all chat: "ok sorry. how would a nurse see
/// it?", "that's not what i asked. what about …". `LearnerApology` and `ReplyComplaint` read a
/// line this way.
enum LeadingSentences {
  /// Where the first sentence of the tokens that is neither taken nor all chat starts; their
  /// end when there is none.
  /// - Parameter takes: whether a reader takes a sentence, handed with its shorthand expanded
  ///   (`Shorthand.expanded`); asked of each sentence in turn until one is neither.
  static func end(of tokens: [Token], chat: Set<String>, takes: ([Token]) -> Bool) -> Int {
    var start = tokens.startIndex
    while start < tokens.endIndex {
      let end = tokens[start...].firstIndex(where: endsSentence) ?? tokens.endIndex
      let sentence = Shorthand.expanded(Array(tokens[start..<end]))
      if !takes(sentence), !sentence.filter(\.isWord).allSatisfy({ chat.contains($0.lowercased) }) {
        break
      }
      start = tokens[end...].firstIndex(where: \.isWord) ?? tokens.endIndex
    }
    return start
  }

  /// The line from a place on, as text; nil when nothing is left.
  static func rest(of tokens: [Token], from start: Int) -> String? {
    guard start < tokens.endIndex else { return nil }
    var rest = Array(tokens[start...])
    rest[0].hasSpaceBefore = false
    return rest.joinedText
  }

  /// The sentences of tokens, each with the marks that end it ("who does that?"); the last
  /// may have none.
  static func sentences(of tokens: [Token]) -> [[Token]] {
    var sentences: [[Token]] = []
    var start = tokens.startIndex
    for index in tokens.indices where endsSentence(tokens[index]) {
      sentences.append(Array(tokens[start...index]))
      start = index + 1
    }
    if start < tokens.endIndex { sentences.append(Array(tokens[start...])) }
    return sentences
  }

  /// Whether a token is a mark that ends a sentence: ".", "?", "??", "!?".
  static func endsSentence(_ token: Token) -> Bool {
    !token.isWord && token.text.allSatisfy(sentenceEnds.contains)
  }

  /// What ends a sentence.
  static let sentenceEnds: Set<Character> = [".", "?", "!"]
}
