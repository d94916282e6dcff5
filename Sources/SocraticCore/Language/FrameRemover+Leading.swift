/// The hedges and frames a belief opens with, taken off its front and nowhere else: what a
/// summary may drop from a line it shows as typed.
extension FrameRemover {
  /// The text without the frames and hedges it opens with ("honestly i think", "tbh,", "in my
  /// opinion"), every other word as typed; the whole text when it opens with none, or with a
  /// negative frame ("i don't think"), which is part of what they believe.
  public static func withoutLeadingHedges(_ text: String) -> String {
    var tokens = Tokenizer.tokenize(text)
    var isCut = false
    while let (end, negates) = leadingFrameEnd(in: tokens), !negates {
      tokens.removeSubrange(0..<end)
      isCut = true
    }
    guard isCut, let first = tokens.first else { return text }
    if first.hasSpaceBefore { tokens[0].hasSpaceBefore = false }
    return tokens.joinedText
  }
}
