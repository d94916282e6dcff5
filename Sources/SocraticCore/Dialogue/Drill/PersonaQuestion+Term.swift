/// The term a clarification asks the meaning of, read from the question's words.
extension PersonaQuestion {
  /// The words a clarification asks the meaning of: after "mean by", "define", "count as",
  /// "when you say" (or between quotation marks), up to three words, without a leading article.
  static func term(askedIn tokens: [Token]) -> String? {
    if let quoted = quotedWords(in: tokens) { return quoted }
    for start in tokens.indices {
      for pattern in termMarkers where pattern.mayStart(with: tokens[start].lowercased) {
        guard let end = pattern.matchEnds(in: tokens, from: start).first else { continue }
        if let term = termWords(tokens, from: end) { return term }
      }
    }
    let words = tokens.filter(\.isWord)
    // "What does fair mean (to you)?"
    if let does = words.firstIndex(where: { ["does", "did"].contains($0.lowercased) }),
      does > 0, words[does - 1].lowercased == "what",
      let mean = words[does...].firstIndex(where: { $0.lowercased == "mean" }), mean > does + 1,
      mean - does <= 4
    {
      return words[(does + 1)..<mean].filter { !articles.contains($0.lowercased) }.map(\.text)
        .joined(separator: " ")
    }
    return nil
  }

  /// Words between a pair of quotation marks, if the question has them.
  private static func quotedWords(in tokens: [Token]) -> String? {
    guard let open = tokens.firstIndex(where: { openingQuotes.contains($0.text) }),
      let close = tokens[(open + 1)...].firstIndex(where: { closingQuotes.contains($0.text) }),
      close > open + 1
    else { return nil }
    return tokens[(open + 1)..<close].joinedText
  }

  /// The words of a term starting at `start`: up to three, stopping at punctuation or at a word
  /// that goes on with the question ("to you", "exactly", "here").
  private static func termWords(_ tokens: [Token], from start: Int) -> String? {
    var index = start
    // "by like, careful": chat before the term is no part of it either.
    while index < tokens.count,
      articles.contains(tokens[index].lowercased) || slangWords.contains(tokens[index].lowercased)
        || !tokens[index].isWord && tokens[index].text == ","
    {
      index += 1
    }
    var term: [Token] = []
    while index < tokens.count, term.count < 3, tokens[index].isWord,
      !termEnds.contains(tokens[index].lowercased)
    {
      term.append(tokens[index])
      index += 1
    }
    return term.isEmpty ? nil : term.map(\.text).joined(separator: " ")
  }

  /// What comes before the term a clarification asks about.
  private static let termMarkers = [
    PhrasePattern("(mean|meant) by (the word|the term)?"),
    PhrasePattern("(define|defining|definition of)"),
    PhrasePattern("(count|counts) as"),
    PhrasePattern("(when|if) you (say|said|call)"),
    PhrasePattern("(example|examples) of"),
  ]

  /// Words that end a term: the question goes on after it ("the economy what do you mean"),
  /// or only chat follows ("careful tho", "a product then"), never part of the term said back.
  private static let termEnds = Set<String>([
    "to", "exactly", "here", "there", "when", "in", "that", "is", "are", "mean", "means",
    "really", "precisely", "for", "you", "your", "and", "or", "do", "does", "did", "though",
    "then", "anyway", "anyways", "actually",
  ]).union(slangWords).union(questionWords)

  /// Whether a line ends in a question of its own after a comma or a full stop, opened by a
  /// question word: "…, what got you thinking that?".
  static func lastClauseAsks(_ tokens: [Token]) -> Bool {
    guard tokens.last?.text == "?",
      let mark = tokens.dropLast().lastIndex(where: { [",", "."].contains($0.text) }),
      let first = tokens[(mark + 1)...].first(where: \.isWord)
    else { return false }
    return questionWords.contains(first.lowercased)
  }

  private static let articles: Set<String> = ["the", "a", "an", "this", "that", "your"]
  /// The words that open a question asking for more than yes or no.
  static let questionWords: Set<String> = [
    "what", "which", "who", "whom", "whose", "where", "when", "why", "how",
  ]
  private static let openingQuotes: Set<String> = ["\"", "\u{201C}", "'", "\u{2018}"]
  private static let closingQuotes: Set<String> = ["\"", "\u{201D}", "'", "\u{2019}"]
}
