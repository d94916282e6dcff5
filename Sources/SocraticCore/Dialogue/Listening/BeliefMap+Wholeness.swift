extension BeliefMap {
  /// Whether an item reads as a sentence (`ReflectionCheck.reads`), a quoted one in the words
  /// inside its marks: "people argue with you about" and "you admit is kinda anecdotal" do not.
  /// Beyond the reflection gate, an item may not end on a preposition left waiting ("people
  /// argue with you about"), on a saying with nothing said ("you mean you just said"), nor put
  /// a second finite verb straight after the first, its subject cut off ("you admit is kinda
  /// anecdotal").
  /// Words quoted as typed need only stand alone (`ReflectionWriter.standsAlone`) and end
  /// well: they are theirs, not a line built from them.
  static func reads(_ item: String) -> Bool {
    let isQuoted = item.hasPrefix("\u{201C}")
    let text = item.trimmingCharacters(in: ["\u{201C}", "\u{201D}", "\u{2026}"])
    let tokens = Tokenizer.tokenize(text)
    guard endsWhole(tokens) else { return false }
    if isQuoted { return ReflectionWriter.standsAlone(text) }
    return ReflectionCheck.reads(tokens)
  }

  /// Whether an item ends whole: no preposition left waiting with nothing to take it ("what
  /// it's for" has), no saying with nothing said, no person and auxiliary with their verb left
  /// out ("you're not so sure you will"), no verb straight after another with its
  /// subject cut off.
  static func endsWhole(_ item: String) -> Bool {
    endsWhole(
      Tokenizer.tokenize(item.trimmingCharacters(in: ["\u{201C}", "\u{201D}", "\u{2026}"])))
  }

  private static func endsWhole(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard let last = words.last else { return false }
    // "your brother and think 16 is too young": a subject cut off before "and" leaves the
    // verb with half of one.
    if words.indices.dropLast().contains(where: {
      ["and", "or"].contains(words[$0]) && AnswerStances.viewVerbs.contains(words[$0 + 1])
        && $0 > 0 && !innerSubjects.contains(words[$0 - 1])
    }) {
      return false
    }
    if FunctionWords.prepositions.contains(last), !FunctionWords.verbParticles.contains(last),
      !words.contains(where: strandingWords.contains)
    {
      return false
    }
    if sayingEnds.contains(last) { return false }
    if CutClause.endsCut(tokens) { return false }
    // "now you're not so sure you will": a person and an auxiliary last leave out the verb
    // they stand for, said before the item, and it reads as nothing alone.
    if words.count >= 2, FunctionWords.auxiliary(last) != nil,
      ellipsisSubjects.contains(words[words.count - 2])
    {
      return false
    }
    guard let verb = ClauseParser.finiteVerbIndex(in: tokens),
      let next = tokens[(verb + 1)...].first(where: \.isWord)
    else { return true }
    return !finiteBe.contains(next.lowercased)
  }

  /// Words that may stand before "and think" as a whole subject's clause: "i" is not cut.
  private static let innerSubjects: Set<String> = ["i", "we", "they", "you", "he", "she"]

  /// Words that leave a preposition at the end of a clause that reads: "what it's for",
  /// "more than I gave it credit for".
  private static let strandingWords: Set<String> = [
    "what", "than", "which", "that", "who", "whom", "where", "something", "nothing",
  ]

  /// Persons before an auxiliary that ends an item with its verb left out: "you will", "i
  /// would"; "it does" stands for the claim's own verb.
  private static let ellipsisSubjects: Set<String> = ["i", "you", "we"]

  /// Verbs of saying that, last, leave what was said out.
  private static let sayingEnds: Set<String> = ["said", "say", "says", "told", "asked", "mean"]

  /// The finite forms of "be", which open no clause of their own without a subject.
  private static let finiteBe: Set<String> = ["is", "was", "are", "were", "am"]
}
