/// A refinement given back as the person drew it: "its not the homework itself, its the amount
/// they pile on" → "So it's the amount they pile on, not the homework itself."
extension ReflectionWriter {
  /// The words that open each half of a refinement: "it's not …, it's …".
  static let refinementOpeners: Set<String> = ["it's", "its", "that's", "thats"]

  /// The refinement in a part, what they mean set before what they set aside; nil when the part
  /// draws none or either half would not read.
  static func refinement(_ text: String) -> String? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(withoutClosingHedges(text)))
      .filter { !chatFillers.contains($0.lowercased) }
    guard let start = tokens.indices.first(where: { openerEnd(in: tokens, at: $0) != nil }),
      let negation = openerEnd(in: tokens, at: start), negation < tokens.count,
      tokens[negation].lowercased == "not",
      let comma = tokens[negation...].firstIndex(where: { $0.text == "," }),
      comma + 1 < tokens.count, let meantStart = openerEnd(in: tokens, at: comma + 1),
      tokens[..<start].allSatisfy({
        hedges.contains($0.lowercased) || grantingLeads.contains($0.lowercased) || !$0.isWord
      })
    else { return nil }
    let setAside = Array(tokens[(negation + 1)..<comma]).joinedText
    let meant = Array(tokens[meantStart...]).joinedText
    // "its not the kids doing it, its them": a half that is only a pronoun names nothing.
    // "its not all of them, its the two …": a half that says how many names a part too.
    let setAsideTokens = Array(tokens[(negation + 1)..<comma])
    guard ReflectionCheck.carriesContent(Array(tokens[meantStart...])),
      ReflectionCheck.carriesContent(setAsideTokens)
        || setAsideTokens.first.map({ Quantifiers.deniedByNot.contains($0.lowercased) }) == true,
      (1...8).contains(setAside.split(separator: " ").count),
      (1...12).contains(meant.split(separator: " ").count),
      let setAsidePhrase = secondPersonPhrase(setAside),
      let meantPhrase = secondPersonPhrase(meant) ?? strandedPhrase(meant)
    else { return nil }
    let subject = tokens[start].lowercased.hasPrefix("that") ? "that's" : "it's"
    return "\(subject) \(lowercasedFirst(meantPhrase)), not \(lowercasedFirst(setAsidePhrase))"
  }

  /// A phrase closed by the preposition of a clause inside it, which ends there in English:
  /// "the maths one i have a problem with"; nil for any other.
  private static func strandedPhrase(_ text: String) -> String? {
    var tokens = Tokenizer.tokenize(text)
    guard let last = tokens.popLast(), FunctionWords.prepositions.contains(last.lowercased),
      tokens.dropFirst().contains(where: { FunctionWords.subjectPronouns[$0.lowercased] != nil }),
      let phrase = secondPersonPhrase(tokens.joinedText)
    else { return nil }
    return phrase + " " + last.text
  }

  /// Words that grant before a refinement narrows: "ok fine its not all of them, its …".
  static let grantingLeads: Set<String> = ["fine", "right", "sure", "granted", "alright", "yes"]

  /// Where the words after an opener of a refinement begin ("it's", "it 's", "it is"), or nil
  /// when none stands at the index.
  private static func openerEnd(in tokens: [Token], at index: Int) -> Int? {
    let word = tokens[index].lowercased
    if refinementOpeners.contains(word) { return index + 1 }
    guard ["it", "that"].contains(word), index + 1 < tokens.count,
      ["'s", "is"].contains(tokens[index + 1].lowercased)
    else { return nil }
    return index + 2
  }

  /// The first doubt that reads given back whole, else the first of its parts between trailing
  /// dots that does: "maybe not all of them... i havent met many" → "you havent met many".
  /// - Parameter isFit: what the doubt given back must be besides, as `ReflectionCheck`
  ///   reads it.
  static func firstGivenDoubt(_ answer: ReadAnswer, where isFit: (String) -> Bool = { _ in true })
    -> String?
  {
    answer.doubts.lazy.compactMap(givenDoubt).first(where: isFit)
      ?? answer.doubts.lazy.flatMap(trailingDotParts).compactMap(givenDoubt).first(where: isFit)
  }

  /// The parts of a text between runs of dots ("..." or "…"), where a thought trails off.
  private static func trailingDotParts(_ text: String) -> [String] {
    let tokens = Tokenizer.tokenize(text)
    return tokens.split {
      $0.kind == .punctuation && ($0.text.hasPrefix("..") || $0.text == "\u{2026}")
    }
    .map { Array($0).joinedText }
  }

  /// A phrase with its first letter lowercased, unless it is a name or "I".
  static func lowercasedFirst(_ phrase: String) -> String {
    guard let first = Tokenizer.tokenize(phrase).first, !first.hasFixedCase,
      first.lowercased != "i"
    else { return phrase }
    return phrase.prefix(1).lowercased() + phrase.dropFirst()
  }
}
