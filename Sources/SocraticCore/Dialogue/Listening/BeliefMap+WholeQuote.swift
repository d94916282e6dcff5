/// Their words quoted at the end of a session, cut only where a sentence or a clause ends: a
/// quote never stops in the middle of what they were saying ("the lads who'd had five jobs
/// in…").
extension BeliefMap {
  /// The most words of theirs a quoted item holds: fewer than the answer reader keeps of a
  /// part (`AnswerMoveReader.partWordLimit`), as a part that long may have been cut there.
  static let wholeQuoteWordLimit = AnswerMoveReader.partWordLimit - 1

  /// Their words, trimmed, with as many of their whole sentences and then clauses as fit in
  /// `wholeQuoteWordLimit` words, an ellipsis after them when more followed; nil when even the
  /// first clause is longer, or there is no word.
  static func wholeQuote(_ text: String) -> String? {
    let tokens = Tokenizer.tokenize(TypedForms.trimmed(text))
    guard tokens.contains(where: \.isWord) else { return nil }
    guard tokens.count(where: \.isWord) > wholeQuoteWordLimit else {
      return inQuotes(tokens.joinedText)
    }
    var cut: Int?
    var words = 0
    for index in tokens.indices {
      if tokens[index].isWord {
        words += 1
        if words > wholeQuoteWordLimit { break }
      } else if endsAClause(at: index, in: tokens) {
        cut = index
      }
    }
    guard let cut else { return nil }
    var kept = Array(tokens[..<cut])
    while let last = kept.last, !last.isWord { kept.removeLast() }
    return inQuotes(kept.joinedText, cut: true)
  }

  /// Their words in our quotation marks, an ellipsis after them when `cut`: their own double
  /// marks become single ones, as a quote inside a quote is written, and one they left open is
  /// closed (`everyone says "unlucky mate` → “everyone says ‘unlucky mate’”), so a mark of
  /// theirs never closes ours and every mark opened is closed.
  static func inQuotes(_ text: String, cut: Bool = false) -> String {
    var inner = ""
    var open = false
    for character in text {
      guard innerQuoteMarks.contains(character) else {
        inner.append(character)
        continue
      }
      // A straight mark opens when none is open and closes when one is; curly ones say which.
      let opens = character == "\u{201C}" || (character == "\"" && !open)
      if opens != open {
        inner.append(opens ? "\u{2018}" : "\u{2019}")
        open = opens
      }
    }
    if open { inner.append("\u{2019}") }
    return "\u{201C}" + inner + (cut ? "\u{2026}" : "") + "\u{201D}"
  }

  /// The double quotation marks they may type inside what we quote.
  private static let innerQuoteMarks: Set<Character> = ["\"", "\u{201C}", "\u{201D}"]

  /// Whether a mark ends a clause that reads whole: a full stop, "!" or "?" after words, or a
  /// comma or semicolon between two pieces that each hold a finite verb ("i was tired, and i
  /// felt bad", never "when I was tired, …" read alone to the comma without its own clause).
  private static func endsAClause(at index: Int, in tokens: [Token]) -> Bool {
    let mark = tokens[index].text
    let before = tokens[..<index].lastIndex { sentenceEnds.contains($0.text) }.map { $0 + 1 } ?? 0
    let piece = Array(tokens[before..<index])
    guard piece.contains(where: \.isWord) else { return false }
    if sentenceEnds.contains(mark) { return true }
    guard clauseMarks.contains(mark), ClauseParser.parse(piece)?.subject.isEmpty == false
    else { return false }
    let after = tokens[(index + 1)...].prefix { !clauseMarks.union(sentenceEnds).contains($0.text) }
    let next = Array(after.drop { clauseJoiners.contains($0.lowercased) })
    return ClauseParser.parse(next)?.subject.isEmpty == false
  }

  /// Marks that end a sentence.
  private static let sentenceEnds: Set<String> = [".", "!", "?"]

  /// Marks that may end a clause inside a sentence.
  private static let clauseMarks: Set<String> = [",", ";"]

  /// Words that join the clause after a comma to the one before it.
  private static let clauseJoiners: Set<String> = ["and", "but", "so", "or"]
}
