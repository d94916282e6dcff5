/// Rewrites a question that accuses (`AccusationPatterns`) as one about the person's side of
/// the same topic, a shape for each charge:
/// - a view the person holds ("Why are you still trusting the exchanges?", "When did you stop
///   believing in polls?"): "How do you see the exchanges?";
/// - an act they are said never to manage ("Why can't you ever hang your coat up?"): "What
///   gets in the way of hanging your coat up?";
/// - an act they keep at ("Why do you keep buying lottery tickets?"): "What do you get from
///   buying lottery tickets?";
/// - a state they are always in ("Why are you always late to practice?"): "How do you feel
///   about practice?";
/// - a feeling judged too strong ("Why do you hate cyclists so much?"): "What has your
///   experience been with cyclists?";
/// - someone close to them ("Why does your sister keep …"): "How are things with your sister?";
/// - who does the work ("Who do you think does all the ironing?"): "How do you feel about who
///   does the ironing?".
enum AccusationRewrites {
  /// The rewrite's words without "?", or nil when the question accuses nothing or the act
  /// cannot be read.
  static func body(for reading: QuestionReading) -> [Token]? {
    guard let match = AccusationRules.match(in: reading) else { return nil }
    let tokens = reading.tokens
    let end = reading.core.upperBound
    switch match.shape {
    case .someoneClose:
      // "your boss", "my brother": from the possessive to the adverb.
      let person = Array(tokens[(match.range.lowerBound + 2)..<(match.range.upperBound - 1)])
      return phrase("How are things with") + person
    case .whoDoesIt:
      let start =
        reading.words[match.range.lowerBound + 1] == "do"
        ? match.range.lowerBound + 4
        : match.range.lowerBound + 1
      let asked = withoutCharges(Array(tokens[start..<end]))
      guard asked.contains(where: \.isWord) else { return nil }
      return phrase("How do you feel about who") + asked
    case .feeling:
      // "hate immigrants so much": the object between the verb and "so much".
      let object = withoutCharges(Array(tokens[(match.range.lowerBound + 4)..<end]))
      guard !object.isEmpty else { return nil }
      return phrase("What has your experience been with") + object
    case .presupposedChange:
      // "stop trusting the polls": the gerund is the pattern's last word.
      return act(Array(tokens[(match.range.upperBound - 1)..<end]), shape: match.shape)
    case .habit, .failing:
      // The act follows "you" and the charge's adverbs: "can't you ever | hang up your coat".
      guard var start = reading.words[match.range].firstIndex(of: "you") else { return nil }
      start += 1
      while start < end, chargeAdverbs.contains(reading.words[start]) { start += 1 }
      return act(Array(tokens[start..<end]), shape: match.shape)
    }
  }

  /// A question about the act or state after the charge: "buying meme coins", "hang up your
  /// coat", "late to dinner".
  private static func act(_ words: [Token], shape: AccusationPatterns.Shape) -> [Token]? {
    let words = topic(withoutCharges(words))
    guard let verb = words.first, verb.isWord else { return nil }
    let word = verb.lowercased
    // "do the school run", "have a go": an auxiliary before a noun phrase is the act's verb.
    let isLexicalAuxiliary =
      ["do", "have"].contains(word) && words.count > 1
      && FunctionWords.beginsNounPhrase(words[1])
    let isVerb =
      (!FunctionWords.isFunctionWord(word) || isLexicalAuxiliary)
      && (word.hasSuffix("ing") || QuestionReading.isBaseVerb(word))
    guard isVerb, let base = QuestionRewriter.baseForm(word),
      let gerund = QuestionRewriter.gerund(of: base)
    else { return state(words) }
    // "those worthless tokens": a verdict before a noun is the asker's, and goes.
    var rest = words.dropFirst().enumerated().filter { offset, word in
      !(LoadedJudgements.isLoaded(word.lowercased) && offset + 2 < words.count)
    }.map(\.element)
    // "forgetting to feed the fish": what is left undone is the act, and what stops it asked.
    if neglectVerbs.contains(base), rest.count > 1, rest[0].lowercased == "to",
      let done = QuestionRewriter.baseForm(rest[1].lowercased), done == rest[1].lowercased,
      let doing = QuestionRewriter.gerund(of: done)
    {
      return phrase("What gets in the way of") + [Token(doing)] + rest.dropFirst(2)
    }
    if neglectVerbs.contains(base), rest.contains(where: \.isWord) {
      return phrase("How do you feel about") + rest
    }
    if viewVerbs.contains(base) || shape == .presupposedChange {
      if let first = rest.first, viewParticles.contains(first.lowercased) { rest.removeFirst() }
      guard rest.contains(where: \.isWord) else { return nil }
      return phrase("How do you see") + rest
    }
    let opening = shape == .failing ? "What gets in the way of" : "What do you get from"
    return phrase(opening) + [Token(gerund)] + rest
  }

  /// A state the person is said to be in: the noun phrase after its first preposition ("late
  /// to family dinners" → "family dinners"), or how things are for them when there is none.
  private static func state(_ words: [Token]) -> [Token]? {
    guard
      let preposition = words.firstIndex(where: {
        FunctionWords.prepositions.contains($0.lowercased)
      }), preposition + 1 < words.count
    else { return phrase("How have things been for you lately") }
    var object = Array(words[(preposition + 1)...])
    // "on the side of the invaders": the side is who it is.
    if object.count > 3, ["side", "part"].contains(object[1].lowercased),
      object[2].lowercased == "of"
    {
      object.removeFirst(3)
      return phrase("How do you see") + object
    }
    return phrase("How do you feel about") + object
  }

  /// The words up to a conjunction, a subordinator or punctuation: "buying meme coins | after
  /// losing so much".
  private static func topic(_ words: [Token]) -> [Token] {
    Array(
      words.prefix {
        $0.kind == .word && !FunctionWords.subordinators.contains($0.lowercased)
          && !topicEnds.contains($0.lowercased)
      })
  }

  /// The words without what charges how the act is done ("properly", "so much", "all").
  private static func withoutCharges(_ words: [Token]) -> [Token] {
    var kept: [Token] = []
    var index = 0
    let lowered = words.map(\.lowercased)
    while index < words.count {
      if let charge = AccusationPatterns.chargingTails.first(where: {
        lowered[index...].starts(with: $0)
      }) {
        index += charge.count
        continue
      }
      if lowered[index] == "all", index + 1 < words.count,
        FunctionWords.determiners.contains(lowered[index + 1])
      {
        index += 1  // "all the laundry" → "the laundry".
        continue
      }
      if lowered[index] == "every", index + 1 < words.count,
        ["day", "week", "night", "time", "morning", "weekend"].contains(lowered[index + 1])
      {
        index += 2
        continue
      }
      kept.append(words[index])
      index += 1
    }
    return kept
  }

  private static func phrase(_ text: String) -> [Token] {
    QuestionRewriter.phrase(text)
  }

  /// Adverbs of the charge between "you" and the act.
  private static let chargeAdverbs: Set<String> = [
    "always", "still", "forever", "constantly", "continually", "keep", "ever", "just", "once",
    "never",
  ]

  /// Verbs of holding a view, whose object is what the person is asked how they see.
  private static let viewVerbs: Set<String> = [
    "trust", "believe", "fall", "listen", "follow", "defend", "support", "read",
    "watch", "back", "distrust", "doubt", "respect", "love", "hate",
  ]

  /// Particles between a verb of holding a view and its object: "fall for", "believe in".
  private static let viewParticles: Set<String> = [
    "for", "in", "into", "to", "on", "with", "about", "of",
  ]

  /// Verbs of leaving something undone: what is kept at is the thing left, asked about.
  private static let neglectVerbs: Set<String> = [
    "skip", "miss", "forget", "ignore", "avoid", "neglect", "dodge",
  ]

  /// Words other than subordinators that end the act.
  /// A relative clause or a comparison after the object ("people who lie to you", "like one
  /// company is the whole thing") is the asker's charge, and goes with it.
  private static let topicEnds: Set<String> = [
    "and", "or", "but", "when", "if", "despite", "even", "who", "which", "like",
  ]
}
