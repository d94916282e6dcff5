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

  /// Whether each sentence of a line to say is a whole clause: one given back with "So" has a
  /// finite verb, one that opens on a subordinator ("So if we all went in on the same day.") has its main clause after it,
  /// and none stops where it cannot end: on a word that waits for more ("and", "the") or on
  /// an adjective whose noun was cut off ("… costs less than your old.").
  static func isWhole(_ text: String) -> Bool {
    SentenceSplitter.sentences(in: Tokenizer.tokenize(text)).allSatisfy { sentence in
      var body = sentence
      while let last = body.last, last.kind == .punctuation { body.removeLast() }
      guard !body.isEmpty else { return true }
      let opening = body.drop { token in
        token.kind == .punctuation || leadIns.contains(token.lowercased)
      }
      // "So kids in the congo digging out cobalt.": what is given back needs its finite verb.
      // "So don't get you started on the council.": a command is nothing they stated.
      let opensOnCommand = opening.first.map({ negativeCommands.contains($0.lowercased) }) ?? false
      if body.first?.lowercased == "so",
        ClauseParser.finiteVerbIndex(in: Array(opening)) == nil || opensOnCommand
      {
        return false
      }
      // The main clause comes after the subordinate one's verb, with or without a comma.
      if let first = opening.first?.lowercased, FunctionWords.subordinators.contains(first) {
        let clause = Array(opening.prefix(clauseWordLimit))
        let hasMainClause = clause.indices.dropFirst(2).contains { split in
          ClauseParser.finiteVerbIndex(in: Array(clause[1..<split])) != nil
            && ClauseParser.finiteVerbIndex(in: Array(clause[split...])) != nil
        }
        guard hasMainClause else { return false }
      }
      let last = body.last(where: \.isWord)?.lowercased ?? ""
      return !waitingWords.contains(last) && !endsOnACutNounPhrase(body)
    }
  }

  /// Words a sentence cannot end on: what follows them was cut off.
  private static let waitingWords: Set<String> = [
    "and", "or", "but", "the", "a", "an", "of", "because", "my", "your", "their", "our",
  ]

  /// The most words of a line read for its main clause.
  private static let clauseWordLimit = 30

  /// Words that open a command not to do something: "don't get you started".
  private static let negativeCommands: Set<String> = ["dont", "don't", "even"]

  /// Words that open a line before what it says: "So maybe if …".
  private static let leadIns: Set<String> = ["so", "and", "but", "maybe", "perhaps"]

  /// Words after which a noun must come.
  private static let determiners: Set<String> = [
    "a", "an", "the", "my", "your", "his", "her", "our", "their", "this", "that", "these",
    "those",
  ]

  /// Whether a sentence ends on a determiner and an adjective that cannot stand for its noun:
  /// "your old", "a big".
  private static func endsOnACutNounPhrase(_ body: [Token]) -> Bool {
    let words = body.filter(\.isWord).map(\.lowercased)
    guard words.count >= 2, let last = words.last, determiners.contains(words[words.count - 2])
    else { return false }
    let classes = Lexicon.classes(of: last)
    return classes.contains(.adjective) && !classes.contains(.noun)
  }
}
