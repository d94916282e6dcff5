/// Tails that close a clause in speech and are no part of its point: a dialect word ("they
/// won't love it mind", "it's cold out like"), a sign-off ("…, anyway"), and who a pronoun is
/// said again in apposition ("I miss him, dai, eleven years now").
extension ReflectionWriter {
  /// Words that close a spoken clause without adding to it, each with whether it closes one
  /// only after a comma: "i went anyway" keeps its "anyway"; "…, anyway" signs off.
  static let dialectTails: [String: Bool] = [
    "mind": false, "like": false, "anyway": true, "anyways": true, "eh": false, "aye": true,
  ]

  /// Words before a tail word that make it part of the clause: "my mind", "never mind", "i
  /// don't mind", "bear it in mind", "it looks like", "what it's like".
  static let tailKeepers: Set<String> = [
    "never", "what", "looks", "look", "looked", "feels", "feel", "felt", "seems", "seem",
    "seemed", "sounds", "sound", "sounded", "would", "dont", "didnt", "doesnt", "wont", "wouldnt",
    "i", "you", "we", "they", "he", "she",
  ]

  /// The tokens without a tail that only closes them, or as they are.
  static func withoutDialectTail(_ tokens: [Token]) -> [Token] {
    guard tokens.count > 2, let last = tokens.last,
      let needsComma = dialectTails[last.lowercased]
    else { return tokens }
    let before = tokens[tokens.count - 2]
    let word = before.lowercased
    if needsComma {
      return before.text == "," ? Array(tokens.dropLast(2)) : tokens
    }
    // "an open mind": a determiner just before makes the tail word the noun it opens.
    let opensPhrase = tokens.suffix(3).dropLast().contains(where: FunctionWords.beginsNounPhrase)
    guard before.isWord || before.text == ",", !tailKeepers.contains(word), !opensPhrase,
      !FunctionWords.prepositions.contains(word),
      FunctionWords.auxiliary(word) == nil, !word.hasSuffix("n't")
    else { return tokens }
    return Array(tokens.dropLast(before.text == "," ? 2 : 1))
  }

  /// The tokens up to a comma after a pronoun, when what follows it joins nothing and has no
  /// verb: "i do miss him, dai, eleven years now" names him again and dates it, and the
  /// clause is the point; "…to her, but i think she's kind" goes on to a clause of its own.
  static func withoutApposition(_ tokens: [Token]) -> [Token] {
    guard
      let comma = tokens.indices.dropFirst().first(where: {
        tokens[$0].text == "," && appositionHeads.contains(tokens[$0 - 1].lowercased)
      }),
      let next = tokens[(comma + 1)...].first(where: \.isWord),
      !FunctionWords.coordinators.contains(next.lowercased),
      !FunctionWords.subordinators.contains(next.lowercased),
      ClauseParser.finiteVerbIndex(in: Array(tokens[(comma + 1)...])) == nil
    else { return tokens }
    return Array(tokens[..<comma])
  }

  /// Pronouns a name or a relation may follow in apposition.
  static let appositionHeads: Set<String> = ["him", "her", "them", "he", "she", "they"]
}
