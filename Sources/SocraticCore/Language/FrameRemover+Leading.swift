/// The hedges and frames a belief opens with, taken off its front and nowhere else: what a
/// summary may drop from a line it shows as typed.
extension FrameRemover {
  /// The text without the frames and hedges it opens with ("honestly i think", "tbh,", "in my
  /// opinion"), every other word as typed; the whole text when it opens with none, or with a
  /// negative frame ("i don't think"), which is part of what they believe. A frame is taken
  /// off only when a clause with its own verb follows it before the next comma: "im thinking
  /// of dropping out, its pointless" keeps its "im thinking".
  public static func withoutLeadingHedges(_ text: String) -> String {
    var tokens = Tokenizer.tokenize(text)
    var isCut = false
    while let (end, negates) = leadingFrameEnd(in: tokens), !negates,
      opensWithAClause(Array(tokens[end...]))
    {
      tokens.removeSubrange(0..<end)
      isCut = true
    }
    guard isCut, let first = tokens.first else { return text }
    if first.hasSpaceBefore { tokens[0].hasSpaceBefore = false }
    return tokens.joinedText
  }

  /// Whether the words up to the first mark that ends a clause hold a verb of their own.
  private static func opensWithAClause(_ tokens: [Token]) -> Bool {
    let clause = tokens.prefix {
      !($0.kind == .punctuation && FunctionWords.clauseEndingMarks.contains($0.text))
    }
    return ClauseParser.finiteVerbIndex(in: Array(clause)) != nil
  }
}
