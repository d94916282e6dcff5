/// The edges of a clause given back, and what its verb stands for: a reflection is a whole
/// clause, never one cut at a word that waits for more ("… is when"), opened on a question
/// word ("who said …") or a condition with no clause ("if so, …"), nor a clause whose verb
/// only stands in for one said before ("they do a wee bit"), nor words the person said about
/// the listener's turn ("the thing you mentioned").
extension ReflectionCheck {
  /// Whether a clause, as it will be given back, has a loose edge or an empty verb: then it
  /// is not given back, and the writer says less.
  static func hasLooseEdge(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard let first = words.first, let last = words.last else { return true }
    if waitingEnds.contains(last) || questionOpeners.contains(first) { return true }
    // "if so, …", "if not, …": a condition standing for one said before.
    if tokens.count > 2, FunctionWords.subordinators.contains(first),
      ["so", "not"].contains(tokens[1].lowercased), tokens[2].text == ","
    {
      return true
    }
    return standsInForVerb(tokens) || hasPrepositionForVerb(tokens)
  }

  /// Words a clause cannot end on, which wait for a clause after them: "a lie is when",
  /// "it's the people who".
  static let waitingEnds: Set<String> = [
    "when", "whenever", "while", "whilst", "whereas", "unless", "until", "although", "where",
    "wherever", "who", "whose", "whom", "which", "whether",
  ]

  /// Question words that open a question, never a statement given back: "who said …", "why
  /// would …". "What gets me is …" opens on a clause that is its subject, and may stand.
  static let questionOpeners: Set<String> = ["who", "why", "how", "whose", "whom", "which"]

  /// Whether the clause's verb is a bare "do" standing in for a verb said before, with
  /// nothing after it but how much or how often: "they do a wee bit", "it does sometimes".
  /// Given back, it says nothing of what they do.
  static func standsInForVerb(_ tokens: [Token]) -> Bool {
    guard let clause = ClauseParser.parse(tokens), case .lexical(let base, _) = clause.verb,
      base == "do"
    else { return false }
    return clause.rest.filter(\.isWord).allSatisfy { amountWords.contains($0.lowercased) }
  }

  /// Words that only say how much or how often: what follows a "do" that stands in for a verb.
  static let amountWords: Set<String> = [
    "a", "bit", "little", "tiny", "wee", "lot", "lots", "too", "sometimes", "often", "now",
    "still", "though", "anyway", "already", "really", "kind", "of", "sort", "kinda", "sorta",
    "at", "times", "mostly", "partly", "somewhat", "slightly", "more", "less", "also", "as",
    "well", "either", "so", "much", "maybe",
  ]

  /// Whether the verb the parser found is a participle used as a preposition: "compared to
  /// when you were young", "according to the news" set a frame, and the words before them
  /// are a noun phrase with no verb of its own.
  static func hasPrepositionForVerb(_ tokens: [Token]) -> Bool {
    guard let clause = ClauseParser.parse(tokens), case .lexical = clause.verb,
      clause.auxiliary == nil, let verb = clause.lexicalVerb?.lowercased,
      let next = clause.rest.first(where: \.isWord)?.lowercased
    else { return false }
    return prepositionalParticiples[verb]?.contains(next) ?? false
  }

  /// Participles that act as a preposition with the word after them.
  static let prepositionalParticiples: [String: Set<String>] = [
    "compared": ["to", "with"], "according": ["to"], "owing": ["to"], "based": ["on"],
    "depending": ["on"], "given": ["that", "the", "how"], "thanks": ["to"],
  ]

  /// Whether the words, as typed, speak of what the listener said: "the thing you
  /// mentioned", "like you said". Turned, that "you" would read as the person.
  static func pointsAtListenersWords(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    return zip(words, words.dropFirst()).contains { you, verb in
      you == "you" && listenersTalk.contains(verb)
    }
  }

  /// What the listener is said to have done in the talk: "you said", "you mentioned".
  static let listenersTalk: Set<String> = [
    "said", "mentioned", "asked", "suggested", "brought", "raised", "meant",
  ]

  /// Whether the words report someone's speech in that person's own persons without quotation
  /// marks: "my gran goes I don't need anyone", "he was like you're mad". Their "I" is not the
  /// speaker's, and turned it would say the person said it.
  static func quotesWithoutMarks(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    return words.indices.dropFirst().contains { index in
      guard let length = quotatives.first(where: { words[index...].starts(with: $0) })?.count,
        index + length < words.count, speechPersons.contains(words[index + length])
      else { return false }
      return !["i", "we"].contains(words[index - 1])
    }
  }

  /// Verbs that open speech given in the speaker's own words: "goes", "was like".
  static let quotatives: [[String]] = [
    ["goes"], ["went"], ["was", "like"], ["is", "like"], ["'s", "like"], ["were", "like"],
    ["are", "like"], ["be", "like"], ["turned", "round", "and", "said"],
  ]

  /// The persons of someone's own speech.
  static let speechPersons: Set<String> = ["i", "i'm", "me", "you", "you're", "we", "we're"]
}
