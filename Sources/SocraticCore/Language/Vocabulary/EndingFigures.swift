/// Figures of speech for an ending or a last straw ("the shutters came down", "closing its
/// doors", "throwing in the towel"), whose nouns name nothing a line asks about: "once the
/// shutters are down for good" says a shop has closed, and asks nothing about shutters.
enum EndingFigures {
  /// The positions of the words of an ending figure.
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  static func positions(in words: [String]) -> Set<Int> {
    figures.positions(in: words)
  }

  /// The figures, as token patterns (`TokenPattern`), each with the forms of its verb.
  private static let figures: [TokenPattern] = [
    "shutters (are|were|'re|be|been|being|come|comes|came|coming|go|goes|went|gone|going|pulled|brought)? down",
    "(close|closes|closing|closed|shut|shuts|shutting) (its|their|the|our|your|his|her) doors",
    "(pull|pulls|pulling|pulled) the plug",
    "(throw|throws|throwing|threw|thrown|chuck|chucks|chucking|chucked) in the towel",
    "end of (the road|the line|an era)",
    "(last|final) straw",
    "(final|last)? nail in the coffin",
    "writing (is|was|'s)? on the wall",
  ].map(TokenPattern.init)
}
