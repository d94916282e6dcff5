/// A reflection to say: what the person said or meant, given back.
public struct Reflection: Sendable, Equatable {
  /// The reflection, a sentence or two.
  public var text: String
  /// Whether it only gives back their words or adds what lies underneath.
  public var depth: ReflectionDepth

  public init(text: String, depth: ReflectionDepth) {
    self.text = text
    self.depth = depth
  }
}

/// Writes reflections of answers and summaries of a belief map, in plain English for any input.
///
/// A reflection gives back the moment that matters most in an answer, in this order: a blockage
/// the person names in themselves, a feeling, a concession or wavering, what would change their
/// mind, a reason, an example, a source, else their main statement. Their words are turned to
/// the second person ("my team" → "your team", "I'm" → "you're"). When their words would not
/// read well given back (too long, no verb, odd symbols), it reflects less: a short sentence
/// about what they did, never a garbled quote.
public enum ReflectionWriter {
  /// The most words of theirs a reflection quotes.
  static let quoteWordLimit = 16

  /// The reflection of an answer, or nil when it gives nothing to reflect (noise, a repeat, a
  /// question back, leaving the topic).
  public static func reflection(of answer: ReadAnswer) -> Reflection? {
    guard answer.isAnswer else { return nil }
    if let blockage = answer.blockage, let clause = secondPerson(blockage, dropping: hedges) {
      return Reflection(
        text:
          "It sounds like you're wondering whether \(clause). That's an honest thing to notice.",
        depth: .complex)
    }
    if !answer.feelings.isEmpty {
      let feelings = listed(answer.feelings.prefix(2).map { $0 })
      return Reflection(
        text: "It sounds like you feel \(feelings), and that's part of what this is about for you.",
        depth: .complex)
    }
    if answer.has(.concession) {
      return concession(answer)
    }
    if let change = answer.wouldChangeMind.first {
      if let clause = secondPerson(change, dropping: hedges), clause.hasPrefix("if ") {
        return Reflection(text: "So \(clause).", depth: .simple)
      }
      return Reflection(
        text: "So there is something that could change your mind about it.", depth: .simple)
    }
    if let reason = answer.reasons.first {
      return Reflection(text: reasonReflection(reason), depth: .simple)
    }
    if let example = answer.examples.first {
      if let clause = secondPerson(example, dropping: hedges) {
        return Reflection(text: "So \(clause).", depth: .simple)
      }
      return Reflection(text: "So that's something you've seen close up.", depth: .simple)
    }
    if let source = answer.sources.first {
      if source.lowercased().hasPrefix("i "), let clause = secondPerson(source, dropping: hedges) {
        return Reflection(text: "So \(clause).", depth: .simple)
      }
      if let name = secondPersonPhrase(source) {
        return Reflection(text: "So that comes from \(name).", depth: .simple)
      }
      return Reflection(text: "So that comes from what you've heard or read.", depth: .simple)
    }
    if answer.has(.source) {
      return Reflection(text: "So that comes from what you've heard.", depth: .simple)
    }
    if let statement = answer.statement, !answer.has(.repeat),
      let clause = secondPerson(statement, dropping: hedges)
    {
      return Reflection(text: "So \(clause).", depth: .simple)
    }
    return nil
  }

  /// A reflection of a concession or wavering: the other side they now see, when they said it
  /// plainly; otherwise that they are of two minds.
  private static func concession(_ answer: ReadAnswer) -> Reflection {
    let doubt = answer.doubts.first ?? ""
    let words = Set(
      Shorthand.expanded(Tokenizer.tokenize(doubt)).filter(\.isWord).map(\.lowercased))
    if !words.isDisjoint(with: ["both", "anymore", "torn"]) {
      return Reflection(
        text: "It sounds like you're of two minds about it now.", depth: .complex)
    }
    // The other side is what they conceded, never a reason of theirs for their own side.
    if let clause = secondPerson(doubt, dropping: hedges),
      !clause.hasPrefix("which"), !clause.hasPrefix("that")
    {
      return Reflection(
        text: "It sounds like part of you still holds to it, and part of you sees that \(clause).",
        depth: .complex)
    }
    return Reflection(text: "It sounds like that gave you pause.", depth: .complex)
  }

  private static func reasonReflection(_ reason: String) -> String {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(reason))
    if tokens.first?.lowercased == "of",
      let thing = secondPersonPhrase(
        Array(tokens.dropFirst()).joinedText)
    {
      return "So for you it comes down to \(thing)."
    }
    if let clause = secondPerson(reason, dropping: hedges) { return "So \(clause)." }
    return "So that's part of why you see it this way."
  }

  /// A short summary of the map, ending with a check: "So far: …. Did I get that right?"; nil
  /// when there is too little on it to sum up.
  public static func summary(of map: BeliefMap) -> String? {
    var parts: [String] = []
    let reasons = map.reasons.compactMap { secondPerson($0.text, dropping: hedges) }.prefix(2)
    if !reasons.isEmpty {
      parts.append("your reasons are that " + listed(Array(reasons)))
    }
    if let example = map.reasons.lazy.flatMap(\.examples).first ?? map.examples.first,
      let clause = secondPerson(example, dropping: hedges)
    {
      parts.append("you've seen it close up (\(clause))")
    }
    if let doubt = map.doubts.last, let clause = secondPerson(doubt, dropping: hedges) {
      parts.append("you had a doubt (\(clause))")
    }
    if !map.feelings.isEmpty {
      parts.append("you feel " + listed(Array(map.feelings.prefix(2))))
    }
    guard parts.count >= 2 else { return nil }
    return "So far: " + parts.joined(separator: "; ") + ". Did I get that right?"
  }

  // MARK: - Giving their words back

  /// Words that hedge a clause and are left out when it is given back.
  static let hedges: Set<String> = [
    "maybe", "perhaps", "probably", "honestly", "basically", "like", "just", "actually",
    "literally", "really", "so", "and", "but", "well", "ok", "okay", "yeah", "yes", "i", "guess",
    "think", "mean", "fair", "true", "alright", "enough", "point",
  ]

  /// A clause of the person's turned to the second person, without leading hedges, or nil when
  /// it would not read well given back: no verb, too long, odd symbols.
  static func secondPerson(_ text: String, dropping leading: Set<String>) -> String? {
    var tokens = Shorthand.expanded(Tokenizer.tokenize(text))
    guard tokens.allSatisfy(isPlain) else { return nil }
    while let last = tokens.last, last.kind == .punctuation { tokens.removeLast() }
    tokens = FrameRemover.removingFrames(from: tokens).tokens
    while let first = tokens.first,
      first.kind == .punctuation
        || (leading.contains(first.lowercased) && !startsClause(tokens))
    {
      tokens.removeFirst()
    }
    guard !tokens.isEmpty else { return nil }
    tokens[0].hasSpaceBefore = false
    let words = tokens.count(where: \.isWord)
    guard words >= 2, words <= quoteWordLimit, ClauseParser.finiteVerbIndex(in: tokens) != nil,
      let last = tokens.last, !danglingEnds.contains(last.lowercased),
      !tokens.contains(where: { $0.hasQuestionMark })
    else { return nil }
    let reflected = BeliefReader.casingFirstWord(FirstPersonReflector.reflect(tokens))
    return ourToYour(reflected).joinedText
  }

  /// Whether the tokens start with "I" and its verb, which a hedge list must not drop.
  private static func startsClause(_ tokens: [Token]) -> Bool {
    guard tokens.count > 1, tokens[0].lowercased == "i" else { return false }
    return !["guess", "think", "mean"].contains(tokens[1].lowercased)
  }

  /// A phrase of the person's (a source, a thing) in the second person, or nil when it is too
  /// long or odd.
  static func secondPersonPhrase(_ text: String) -> String? {
    var tokens = Shorthand.expanded(Tokenizer.tokenize(text))
    while let last = tokens.last, last.kind == .punctuation { tokens.removeLast() }
    guard !tokens.isEmpty, tokens.allSatisfy(isPlain), tokens.count(where: \.isWord) <= 8,
      let last = tokens.last, !danglingEnds.contains(last.lowercased)
    else { return nil }
    tokens[0].hasSpaceBefore = false
    return BeliefReader.casingFirstWord(FirstPersonReflector.reflect(tokens)).joinedText
  }

  /// When the person speaks of themselves ("my team", "I"), their "we" is them and theirs: "we
  /// went remote" → "you went remote". Otherwise "we" may be everyone and stays.
  private static func ourToYour(_ tokens: [Token]) -> [Token] {
    guard tokens.contains(where: { ["your", "you"].contains($0.lowercased) }) else {
      return tokens
    }
    return tokens.map { token in
      guard let replacement = ourWords[token.lowercased] else { return token }
      return token.replacingText(with: CaseStyle.matching(token, replacement))
    }
  }

  private static let ourWords: [String: String] = [
    "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
  ]

  /// Words a clause cannot end on and still read as a sentence.
  private static let danglingEnds: Set<String> = [
    "and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "with", "for", "that",
    "because", "my", "your", "is", "are", "was", "if", "so", "like",
  ]

  /// Whether a token can be given back as it is: words, numbers and ordinary punctuation.
  private static func isPlain(_ token: Token) -> Bool {
    switch token.kind {
    case .word, .number: return true
    case .punctuation:
      return ![
        "[", "]", "{", "}", "\\", "\"", "\u{201C}", "\u{201D}", "(", ")", "*", "_", "#", "@",
      ].contains(token.text)
    case .symbol: return ["$", "%", "&", "+", "\u{20AC}", "\u{00A3}"].contains(token.text)
    }
  }

  /// Items joined as a list: "a", "a and b", "a, b and c".
  static func listed(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
  }
}
