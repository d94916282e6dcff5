// The abbreviations of terms people type ("wfh", "btc"), written out in the line's own text:
// a concern apart from reading texting's spellings, which changes only how tokens read.
extension Shorthand {
  /// A line with each abbreviation of a term written out in full: "is wfh better?" as "is
  /// working from home better?", "btc" as "bitcoin". The words written out are the line's own
  /// from then on, in its text as in its reading, so what is said back of it reads in full.
  public static func withTermsWrittenOut(_ line: String) -> String {
    let tokens = Tokenizer.tokenize(line)
    guard tokens.contains(where: { $0.kind == .word && terms[$0.lowercased] != nil }) else {
      return line
    }
    return tokens.enumerated().map { index, token in
      guard token.kind == .word, let term = terms[token.lowercased] else { return token }
      // "WFH" opening a line opens it as "Working from home".
      let isOpening = index == 0 && token.text.first?.isUppercase == true
      let written = isOpening ? term.prefix(1).uppercased() + term.dropFirst() : term
      return token.replacingText(with: written)
    }.joinedText
  }

  /// Abbreviations of terms that people type, as what they stand for.
  static let terms: [String: String] = [
    "wfh": "working from home", "rto": "return to office", "btc": "bitcoin",
    "eth": "ethereum", "defi": "decentralised finance", "irl": "in real life",
    "govt": "government", "gov": "government", "ai": "AI", "agi": "AGI", "uk": "UK",
    "eu": "EU", "nato": "NATO", "gdp": "GDP", "dept": "department", "depts": "departments",
    "uni": "university", "unis": "universities",
  ]
}
