/// Rewrites a preference put to the person as a charge ("So you'd rather trust a forum than
/// your vet?", "You'd rather rent forever than buy a flat, is that it?") as a question about
/// how they weigh the two: "How do you weigh a forum against your vet?", "How do you weigh
/// renting forever against buying a flat?".
enum PreferenceRewrites {
  /// The rewrite's words without "?", or nil when the question puts no preference.
  static func body(for reading: QuestionReading) -> [Token]? {
    let tokens = reading.tokens
    let words = reading.words
    // "you'd rather", "would you rather", "wouldn't you rather".
    guard let rather = words.firstIndex(of: "rather"), rather > 0,
      wouldForms.contains(words[rather - 1])
        || (rather > 1 && words[rather - 1] == "you" && wouldForms.contains(words[rather - 2])),
      rather + 2 < words.count,
      let than = words[rather...].firstIndex(of: "than"), than > rather + 1
    else { return nil }
    var end = than + 1
    while end < tokens.count, tokens[end].kind == .word { end += 1 }
    guard end > than + 1 else { return nil }
    guard let verb = QuestionRewriter.baseForm(words[rather + 1]) else { return nil }
    let first = Array(tokens[(rather + 2)..<than])
    let second = Array(tokens[(than + 1)..<end])
    // "rather gamble it than buy a house": two acts, each asked about as one.
    // "rather rent than buy": the verb is the first option, so the second is an act too.
    if let otherVerb = QuestionRewriter.baseForm(words[than + 1]), words[than + 1] == otherVerb,
      first.isEmpty || !Lexicon.classes(of: otherVerb).contains(.noun) || second.count > 1
        // "rather spend your evening on X than read": an act with its object, then an act.
        || FunctionWords.beginsNounPhrase(first[0]),
      let one = QuestionRewriter.gerund(of: verb),
      let other = QuestionRewriter.gerund(of: otherVerb)
    {
      return weigh + [Token(one)] + first + [Token("against"), Token(other)] + second.dropFirst()
    }
    guard !first.isEmpty else { return nil }
    return weigh + plainNounPhrase(first) + [Token("against")] + plainNounPhrase(second)
  }

  /// A noun phrase with a dismissive "some" made plain: "some influencer" → "an influencer".
  private static func plainNounPhrase(_ words: [Token]) -> [Token] {
    guard let first = words.first, first.lowercased == "some", words.count > 1,
      Lexicon.number(ofNoun: words[1].lowercased) != .plural
    else { return words }
    return [Token(IndefiniteArticle.article(before: words[1]))] + words.dropFirst()
  }

  private static let wouldForms: Set<String> = ["would", "'d", "wouldn't"]

  private static let weigh = QuestionRewriter.tokens("How do you weigh")
}
