/// Rewrites a question about what the person is going to do, met with disbelief or a jab
/// ("You're not seriously going to quit your job, are you?", "Are you going to fix the tap or
/// just complain about it again?"), as a question about their plans for what the act is about:
/// "What are your plans for your job?", "What are your plans for the tap?". It neither
/// presumes they want the act nor keeps the jab.
enum PlanRewrites {
  /// The rewrite's words without "?", or nil when no "going to" act of "you" has a noun
  /// phrase for its object (or, after "go" or "come", for where to).
  static func body(for reading: QuestionReading) -> [Token]? {
    let tokens = Array(reading.tokens[reading.core])
    let words = tokens.map(\.lowercased)
    guard let going = words.indices.first(where: { isIntent(words, at: $0) }),
      words[max(0, going - 4)..<going].contains("you")
    else { return nil }
    let verb = going + (words[going] == "gonna" ? 1 : 2)
    guard verb < words.count, let base = QuestionRewriter.baseForm(words[verb]),
      base == words[verb], !FunctionWords.isFunctionWord(base)
    else { return nil }
    // "buy that telly" is a purchase (`TopicFrames`); "work every weekend" has no object;
    // "let your sister talk": what is let happen is an act, no thing to plan for.
    guard TopicFrames.purchaseVerbs[base] == nil, !causativeVerbs.contains(base) else {
      return nil
    }
    return plans(after: TimeExtent.removing(from: Array(tokens[(verb + 1)...]))[...], base: base)
  }

  /// "What are your plans for" the noun phrase after a verb: "quit | your job to …" → "your
  /// job"; after "go" or "come", where to: "go | to the gym" → "the gym". Nil when no noun
  /// phrase with its determiner follows.
  static func plans(after rest: ArraySlice<Token>, base: String) -> [Token]? {
    var rest = rest
    if ["go", "come", "get"].contains(base),
      rest.first.map({ ["to", "back"].contains($0.lowercased) }) == true
    {
      rest = rest.dropFirst()  // "go to the gym" is a plan for the gym.
    }
    guard let first = rest.first, FunctionWords.beginsNounPhrase(first),
      !["a", "an", "any", "some", "another"].contains(first.lowercased)
    else { return nil }
    let object = rest.prefix {
      $0.isWord && !objectEnds.contains($0.lowercased)
        && FunctionWords.auxiliary($0.lowercased) == nil
    }
    // "dye your hair green": a noun with a result after it is no plain noun phrase.
    // "all that on a watch": a noun phrase whose head is a pronoun names no plan.
    let head = object.prefix { !FunctionWords.prepositions.contains($0.lowercased) }
    guard object.count > 1, QuestionRewriter.isNounPhrase(Array(object)),
      let headWord = head.last?.lowercased, !FunctionWords.isFunctionWord(headWord)
    else { return nil }
    let last = object[object.endIndex - 1].lowercased
    let beforeLast = object[object.endIndex - 2].lowercased
    if Lexicon.classes(of: last).contains(.adjective), !FunctionWords.isFunctionWord(beforeLast),
      Lexicon.classes(of: beforeLast).contains(.noun)
    {
      return nil
    }
    return QuestionRewriter.phrase("What are your plans for") + object
  }

  private static func isIntent(_ words: [String], at index: Int) -> Bool {
    words[index] == "gonna"
      || (words[index] == "going" && index + 1 < words.count && words[index + 1] == "to")
  }

  /// Verbs whose object is followed by the act done: "let him go", "make her stay".
  private static let causativeVerbs: Set<String> = ["let", "make", "have", "help", "watch"]

  /// Words that end the object: a conjunction, an infinitive's "to", the asker's "again".
  private static let objectEnds: Set<String> = [
    "or", "and", "to", "because", "so", "when", "if", "again", "just", "instead", "but",
  ]
}
