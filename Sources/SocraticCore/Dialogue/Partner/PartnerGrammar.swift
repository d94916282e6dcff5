/// The gate every suggestion passes before it is shown: words put together from theirs can
/// come out broken ("like what am you even doing", "…, mark your words buddy"), and a broken
/// line is worse than none. What it catches is a table of phrases; a suggestion with one of
/// them is not offered, and another takes its place.
enum PartnerGrammar {
  /// Phrases no suggestion may have, over lowercased words with clitics apart: a verb that
  /// does not agree with its pronoun once "I" is turned to "you", words said to press a claim
  /// or to call the listener, laughter and chat shorthand, a word said twice, a verb where a
  /// noun must come.
  static let broken: [String] = [
    "am (not)? you", "you (am|is|was|has|does)", "i (are|is)", "your (are|is)",
    "mark (your|my) words",
    "(lol|lmao|lmfao|rofl|haha|hahaha|kiddo|tbh|ngl|idk|smh|omg|jk)",
    "(the the|a a|an an|to to|not not|you you|is is|are are|of of|like like)",
    // "whether that part of is why": a word that needs a noun after it, then a verb.
    "(of|the|a|an) (is|are|was|were|am|does|did)",
  ]

  private static let matcher = PartnerCueMatcher(broken)

  /// Whether a suggestion reads as English: none of the broken phrases is in it.
  static func reads(_ text: String) -> Bool {
    !matcher.matches(Shorthand.expanded(Tokenizer.tokenize(text)).filter(\.isWord))
  }
}
