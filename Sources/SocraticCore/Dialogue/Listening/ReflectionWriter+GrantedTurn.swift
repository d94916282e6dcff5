/// A point made after a turn from what they grant ("yeah it's cheaper, but the quality's gone",
/// "sure the rent's lower. mind you, the commute kills you"): the side they grant is given back
/// as granted, with the point it gives way to, never the granted side alone.
extension ReflectionWriter {
  /// Words that turn from a side granted to the point: "but", "mind you", "though", "still".
  static let grantTurns: [PhrasePattern] = [
    "but (still|then)?", "mind you", "though", "still", "that said", "having said that",
    "then again", "even so", "however",
  ].map(PhrasePattern.init)

  /// Words that open a side they grant: "yeah", "sure", "ok", "i get that", "i know".
  static let grantOpeners: [PhrasePattern] = [
    "((yeah|yes|yep|yea|ya|sure|ok|okay|true|granted|fair|right) (enough|enuf)? (,)?)+",
    "(ok|yeah|sure)? (,)? i (get|know|admit|accept|see|agree) (that)?",
    "(it 's|its|that 's|thats) true (that)?",
  ].map(PhrasePattern.init)

  /// Words that close a side they grant: "for sure", "granted", "i know".
  static let grantClosers: [PhrasePattern] = [
    "(,)? (for sure|granted|fair enough|no doubt|of course|obviously|i 'll give you that)",
    "(,)? i (know|admit|get that|get it|accept that|'ll grant you)",
  ].map(PhrasePattern.init)

  /// "yeah it's cheaper, but the quality's gone" → "So you grant that it's cheaper, but the
  /// quality's gone."; nil when no turn follows a side they mark as granted, or either side
  /// would not read given back.
  static func grantedTurn(in line: String) -> Reflection? {
    let read = TypedTextLimit.prefix(of: line, characters: AnswerMoveReader.readLimit)
    let sentences = SentenceSplitter.sentences(in: Shorthand.expanded(Tokenizer.tokenize(read)))
    for index in sentences.indices.reversed() {
      let sentence = sentences[index]
      guard let turn = lastTurn(in: sentence) else { continue }
      let side =
        turn.start > 0 ? Array(sentence[..<turn.start]) : index > 0 ? sentences[index - 1] : []
      guard let granted = grantedSide(side),
        let point = wholeStatement(Array(sentence[turn.end...]).filter(\.isWord).joinedText),
        readsWithoutWhatCameBefore(granted)
      else { return nil }
      return Reflection(text: "So you grant that \(granted), but \(point).", depth: .complex)
    }
    return nil
  }

  /// Where the last turn of a sentence stands: "but" anywhere past its first word, another turn
  /// at its start or after a comma.
  private static func lastTurn(in sentence: [Token]) -> (start: Int, end: Int)? {
    for start in sentence.indices.reversed() {
      guard
        let end = grantTurns.lazy.compactMap({ $0.matchEnds(in: sentence, from: start).max() })
          .first, end < sentence.count
      else { continue }
      let opensClause = start == 0 || sentence[start - 1].text == ","
      if opensClause || (sentence[start].lowercased == "but" && start > 0) {
        return (start, end)
      }
    }
    return nil
  }

  /// The side they grant, without the words that mark it granted; nil when no such words mark
  /// it.
  private static func grantedSide(_ side: [Token]) -> String? {
    var words = Array(side.drop { !$0.isWord })
    while let last = words.last, !last.isWord || last.lowercased == "but" { words.removeLast() }
    let opened = grantOpeners.lazy.compactMap { $0.matchEnds(in: words, from: 0).max() }.first
    let closed = words.indices.first { start in
      grantClosers.contains { $0.matchEnds(in: words, from: start).contains(words.count) }
    }
    let start = opened ?? 0
    let end = closed ?? words.count
    // "yeah, for sure": marks on both ends with nothing granted between them.
    guard opened != nil || closed != nil, start < end else { return nil }
    let kept = words[start..<end].filter(\.isWord)
    return wholeStatement(kept.joinedText)
  }
}
