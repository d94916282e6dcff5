/// The belief a partner talk is about, in the words they typed: in chat, commas splice
/// sentences together, and what follows the clause that states the view ("…, that's what set
/// me off, it's in the paper every week") says where it comes from, not what they believe.
extension SessionEvent.TheySaid {
  /// Their typed words up to the end of the clause that holds the claim and its reason; the
  /// whole line when the claim is none of theirs or cannot be found in it. A tag is read as
  /// `TheirWords.withTagSubject` reads it ("never happened did it" → "it never happened").
  public var statedBelief: String {
    let belief = clausesOfTheClaim
    // "wind farms are a blot grandad": the name they call the listener is no word of the belief.
    let tokens = Tokenizer.tokenize(belief)
    let wordIndices = tokens.indices.filter { tokens[$0].isWord }
    let words: [Token] = wordIndices.map { tokens[$0] }
    guard let name = Vocative.nameStart(atEndOf: words), name > 0 else { return belief }
    var kept = Array(tokens[..<wordIndices[name]])
    while let last = kept.last, last.kind == .punctuation { kept.removeLast() }
    return kept.joinedText
  }

  /// Their typed words up to the end of the clause that holds the claim and its reason.
  private var clausesOfTheClaim: String {
    guard let claim else { return text }
    // "never happened did it": read with the subject its tag names, as the claim was.
    let typed = Tokenizer.tokenize(text)
    let tokens = Self.withTagSubjects(typed)
    let whole = tokens == typed ? text : tokens.joinedText
    let claimWords = [claim, reason.map(Self.withoutConnective)].compactMap { $0 }
      .map { Self.spoken(Tokenizer.tokenize($0)) }
    let lineWords = Set(Self.spoken(tokens))
    let start = Self.start(of: claimWords, in: tokens, lineWords: lineWords)
    let needed = Self.claimWordsSaid(claimWords, from: start, in: tokens, lineWords: lineWords)
    for end in tokens.indices where end > start && Self.endsAClause(tokens, at: end) {
      let said = Self.spoken(Array(tokens[start..<end]))
      if needed.allSatisfy({ Self.isInOrder($0, in: said) }) {
        guard start > 0 || tokens[end...].contains(where: \.isWord) else { return whole }
        var kept = Array(tokens[start..<end])
        while let last = kept.last, last.kind == .punctuation { kept.removeLast() }
        return kept.joinedText
      }
    }
    return start > 0 ? Array(tokens[start...]).joinedText : whole
  }

  /// Where the claim starts in the line: at the first word of the claim from which all of it
  /// follows in order, or at the start of its sentence when a verb frames it there ("I think
  /// …"). The sentences before it ("ok hot take incoming.", "why do I think so?") and words
  /// without a verb ("honestly sam") frame the belief and are none of it. The line's start
  /// when the claim's first word is not found.
  private static func start(
    of claimWords: [[String]], in tokens: [Token], lineWords: Set<String>
  ) -> Int {
    let opening = afterOpeningAsides(tokens)
    for index in tokens.indices[opening...] where tokens[index].isWord {
      let needed = claimWordsSaid(claimWords, from: index, in: tokens, lineWords: lineWords)
      guard let first = needed.first?.first, Self.spoken([tokens[index]]) == [first]
      else { continue }
      let rest = Self.spoken(Array(tokens[index...]))
      guard needed.allSatisfy({ Self.isInOrder($0, in: rest) }) else { return opening }
      // The sentence that holds it starts after the last sentence end before it; words of
      // its own before the claim stay when they frame it with a verb ("I think …"), and go
      // when they have none ("honestly sam …").
      let sentenceStart =
        tokens[..<index].lastIndex { $0.kind == .punctuation && sentenceEnds.contains($0.text) }
        .map { $0 + 1 } ?? 0
      let before = Array(tokens[sentenceStart..<index].filter(\.isWord))
      let isFramedByWords = !before.isEmpty && ClauseParser.finiteVerbIndex(in: before) == nil
      return isFramedByWords ? index : sentenceStart
    }
    return opening
  }

  /// Where the line goes on after the sentences that open it as an aside ("okay so promise
  /// you wont laugh.") or as a short answer to the listener ("he does yeah."): none of their
  /// words is the belief's, even when the belief's words come in them ("you").
  private static func afterOpeningAsides(_ tokens: [Token]) -> Int {
    var start = 0
    for sentence in SentenceSplitter.sentences(in: tokens) {
      let isAside =
        SpokenAside.isAlone(sentence) || TheirWords.isShortAnswer(sentence.filter(\.isWord))
      guard isAside, start + sentence.count < tokens.count else { break }
      start += sentence.count
    }
    return start
  }

  /// The claim's words said from a start in the tokens: words the engine put in its own form
  /// ("its" → "it's", said nowhere in the line) are not looked for, nor are the function
  /// words it moved ("I don't think they're safe" → "they're not safe": the "not" said
  /// before).
  /// - Parameter lineWords: the words said in the whole line (`spoken(_:)` of its tokens).
  private static func claimWordsSaid(
    _ claimWords: [[String]], from start: Int, in tokens: [Token], lineWords: Set<String>
  ) -> [[String]] {
    let fromStart = Set(spoken(Array(tokens[start...])))
    return claimWords.map { words in
      words.filter { word in
        fromStart.contains(word) || !FunctionWords.isFunctionWord(word) && lineWords.contains(word)
      }
    }
  }

  /// The tokens with each sentence read with the subject its tag names
  /// (`TheirWords.withTagSubject`).
  private static func withTagSubjects(_ tokens: [Token]) -> [Token] {
    var result: [Token] = []
    var sentence: [Token] = []
    for token in tokens {
      sentence.append(token)
      if token.kind == .punctuation, sentenceEnds.contains(token.text) {
        result += TheirWords.withTagSubject(sentence)
        sentence = []
      }
    }
    return result + TheirWords.withTagSubject(sentence)
  }

  /// Whether a clause of the line ends before the token at an index: a comma, a semicolon or
  /// the end of a sentence.
  private static func endsAClause(_ tokens: [Token], at index: Int) -> Bool {
    tokens[index].kind == .punctuation && clauseEnds.contains(tokens[index].text)
  }

  /// The marks that end a sentence.
  private static let sentenceEnds: Set<String> = [".", "!", "?"]

  /// The marks that end a clause spliced to the next in chat.
  private static let clauseEnds: Set<String> = [",", ";", ".", "!", "?", "\u{2013}", "\u{2014}"]

  /// The words said, lowercased, without apostrophes: "thats" and "that's" alike.
  private static func spoken(_ tokens: [Token]) -> [String] {
    tokens.filter(\.isWord).map { $0.lowercased.filter { $0 != "'" && $0 != "\u{2019}" } }
  }

  /// A reason without the connective the engine puts before it ("because …").
  private static func withoutConnective(_ reason: String) -> String {
    let connective = "because "
    return reason.hasPrefix(connective) ? String(reason.dropFirst(connective.count)) : reason
  }

  /// Whether the words come in the line in this order, others between them or not.
  private static func isInOrder(_ words: [String], in line: [String]) -> Bool {
    var found = 0
    for word in line where found < words.count && word == words[found] { found += 1 }
    return found == words.count
  }
}
