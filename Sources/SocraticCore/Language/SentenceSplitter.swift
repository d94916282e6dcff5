/// Splits a text into sentences.
///
/// A sentence ends at a line break, at "?" or "!", at "." or ".." followed by a word, a digit or a
/// quote, and at "…" followed by a word that starts with a capital letter, a digit or a quote —
/// except after an abbreviation ("Dr.", "vs.") or an initial ("J. K."). Abbreviations written
/// with inner dots ("U.S.") are single tokens and never end a sentence.
public enum SentenceSplitter {
  /// The sentences of a text as token lists, each with its closing punctuation.
  public static func sentences(in tokens: [Token]) -> [[Token]] {
    var sentences: [[Token]] = []
    var current: [Token] = []
    for (index, token) in tokens.enumerated() {
      if token.hasLineBreakBefore, !current.isEmpty {
        sentences.append(current)
        current = []
      }
      current.append(token)
      if endsSentence(tokens, at: index) {
        sentences.append(current)
        current = []
      }
    }
    if !current.isEmpty { sentences.append(current) }
    return sentences
  }

  /// The sentences of a text, each as written (spacing normalised).
  public static func sentences(in text: String) -> [String] {
    sentences(in: Tokenizer.tokenize(text)).map(\.joinedText)
  }

  private static func endsSentence(_ tokens: [Token], at index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .punctuation else { return false }
    let next = index + 1 < tokens.count ? tokens[index + 1] : nil
    var following = index + 1
    while following < tokens.count, isClosingQuote(tokens[following]) { following += 1 }
    if following > index + 1 { return false }  // the quote closes first; it ends the sentence
    switch token.text {
    case "?", "!", "?!", "!?":
      return next.map { !isClosingQuote($0) && $0.text != "?" && $0.text != "!" } ?? true
    case ".", "..", "…", "...":
      guard let next else { return true }
      if isClosingQuote(next) { return false }
      guard next.hasSpaceBefore else { return false }
      // People who type in lowercase end sentences too ("ok maybe. but my grades are fine"),
      // after a full stop, typed or doubled ("he's failed twice.. he never revises"); "…"
      // before a lowercase word trails off inside one ("it's just… weird").
      let startsSentence =
        next.isCapitalized || next.kind == .number || isOpeningQuote(next)
        || ([".", ".."].contains(token.text) && next.kind == .word)
      guard startsSentence else { return false }
      guard token.text == ".", index > 0 else { return true }
      let previous = tokens[index - 1]
      if abbreviations.contains(previous.lowercased) { return false }
      let isInitial = previous.text.count == 1 && previous.isCapitalized && previous.text != "I"
      return !isInitial
    default:
      if isClosingQuote(token), index > 0,
        [".", "?", "!", "…"].contains(tokens[index - 1].text)
      {
        return next.map { $0.hasSpaceBefore } ?? true
      }
      return false
    }
  }

  private static func isClosingQuote(_ token: Token) -> Bool {
    ["\"", "\u{201D}", "\u{2019}", "'", ")"].contains(token.text) && !token.hasSpaceBefore
  }

  private static func isOpeningQuote(_ token: Token) -> Bool {
    ["\"", "\u{201C}", "\u{2018}", "'", "("].contains(token.text)
  }

  /// Abbreviations written with a full stop, which ends no sentence ("approx.", "dept.").
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "jr", "sr", "inc", "ltd", "co", "no",
    "fig", "approx", "dept", "gov", "sen", "rep", "gen", "lt", "col", "capt", "mt", "ca", "cf",
    "al", "vol", "pp", "op", "corp", "est",
  ]
}
