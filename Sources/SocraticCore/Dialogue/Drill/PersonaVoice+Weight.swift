/// How much of a belief a reason carries.
extension PersonaVoice {
  /// How much of a belief a reason carries: a claim about what will happen or what causes what
  /// ("Rivals will move faster") more than a statement of what something is ("Taiwan is a
  /// democracy"), which no event could undo.
  static func weight(of reason: String) -> Int {
    let words = Tokenizer.tokenize(reason).filter(\.isWord).map(\.lowercased)
    let outcomes = words.filter(outcomeWords.contains).count
    let isDefinition = zip(words, words.dropFirst()).contains { pair in
      ["is", "are"].contains(pair.0) && ["a", "an"].contains(pair.1)
    }
    return min(outcomes, 1) - (isDefinition ? 1 : 0) - (reportsWhatHappened(words) ? 1 : 0)
  }

  /// Whether a reason reports what happened ("Several exchanges have collapsed", "Trials in
  /// Iceland kept output the same"): a fact nobody contests, which "if I was wrong that …"
  /// would deny.
  private static func reportsWhatHappened(_ words: [String]) -> Bool {
    words.indices.dropFirst().contains { index in
      let readings = Lexicon.verbReadings(of: words[index]).map(\.form)
      let before = words[index - 1]
      if ["have", "has", "had"].contains(before) { return readings.contains(.pastParticiple) }
      return readings.contains(.past) && !passiveHelpers.contains(before)
        && !FunctionWords.isFunctionWord(before)
    }
  }

  /// Words before a participle that make it no report of a past event ("get knocked over").
  private static let passiveHelpers: Set<String> = [
    "get", "gets", "got", "be", "is", "are", "was", "were", "been", "being", "am",
  ]

  /// Words of a claim about what will happen or what causes what.
  private static let outcomeWords: Set<String> = [
    "will", "would", "could", "might", "cause", "causes", "lead", "leads", "makes", "change",
    "changes", "cost", "costs", "because", "faster", "slower", "more", "less",
  ]
}
