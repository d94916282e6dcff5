/// Which doubts of an answer concede: only what cuts against the person's own claim is given
/// back as granted ("you'd grant that …"). An aside about who they are ("I'm no lawyer"),
/// someone else's reaction, or their own evidence with a hedge on its figure ("I read
/// it went up 30 percent, or maybe 20") concedes nothing.
extension ReflectionWriter {
  /// The answer with only the doubts that concede, or nil when it concedes nothing: all it
  /// called a doubt was an aside or evidence of theirs.
  static func conceding(_ answer: ReadAnswer) -> ReadAnswer? {
    guard answer.has(.concession) else { return nil }
    var read = answer
    // "the parking I'll give them" grants, though its "I'll" reads as a plan of theirs.
    read.doubts = answer.doubts.filter { frontedGrant($0) != nil || cutsAgainst($0, in: answer) }
    if !answer.doubts.isEmpty, read.doubts.isEmpty, !answer.isWavering { return nil }
    return read
  }

  /// A wavering said without a verb ("so maybe not all??"), given back after a clause that
  /// says what it is: "It sounds like you're less sure now: maybe not all."
  static func lessSure(_ answer: ReadAnswer) -> Reflection? {
    guard let doubt = answer.doubts.last else { return nil }
    let words = Shorthand.expanded(Tokenizer.tokenize(doubt)).filter(\.isWord).map(\.lowercased)
    let hedged = words.drop { hedges.subtracting(doubtHedges).contains($0) }
    guard let first = hedged.first, doubtHedges.contains(first) || first == "not",
      hedged.contains("not"), let phrase = fragment(doubt)
    else { return nil }
    return Reflection(text: "It sounds like you're less sure now: \(phrase).", depth: .complex)
  }

  /// A wavering that names no doubt of its own ("bit shaky on it now... maybe a small one is
  /// fine. a big one is different"), given back with the hedged clause they said it with, before
  /// the side they fall back on: "It sounds like you're less sure now: maybe a small one is
  /// fine."
  static func lessSure(_ answer: ReadAnswer, saying line: String) -> Reflection? {
    guard answer.isWavering, answer.doubts.isEmpty else { return nil }
    let parts = Tokenizer.tokenize(TypedTextLimit.prefix(of: line, characters: 1_000)).split {
      $0.kind == .punctuation && (sentenceEnds.contains($0.text) || $0.text.hasPrefix(".."))
    }
    let hedged = parts.lazy.filter { part in
      part.first(where: \.isWord).map { doubtHedges.contains($0.lowercased) } ?? false
    }
    guard let doubt = hedged.compactMap({ givenDoubt(Array($0).joinedText) }).first else {
      return nil
    }
    return Reflection(text: "It sounds like you're less sure now: \(doubt).", depth: .complex)
  }

  /// Marks that end a sentence or a thought trailing off.
  private static let sentenceEnds: Set<String> = [".", "!", "?", "\u{2026}"]

  /// "the parking I'll give them. but …": what they grant, to whom, and the side they keep;
  /// nil when no doubt of the answer is a grant whose object stands before it.
  static func frontedGrant(of answer: ReadAnswer) -> Reflection? {
    guard let grant = answer.doubts.lazy.compactMap(frontedGrant).first else { return nil }
    let stand = answer.stand.flatMap { leavesOn($0) ? nil : givenAfter($0) }
    return Reflection(
      text: "So you'd grant \(grant)" + (stand.map { ", but \($0)." } ?? "."), depth: .complex)
  }

  /// What a grant whose object stands before it grants, and to whom: "the broadband I'll give
  /// them" → "them the broadband"; nil when the doubt is no such grant or what stands before it
  /// would not read as a phrase.
  static func frontedGrant(_ doubt: String) -> String? {
    let tokens = Tokenizer.tokenize(doubt)
    guard
      let match = (1..<max(tokens.count, 1)).lazy.compactMap({ start in
        frontedGrantPattern.matchEnds(in: tokens, from: start).first.map { (start, $0) }
      }).first
    else { return nil }
    let granted = tokens[..<match.0].drop { !$0.isWord || hedges.contains($0.lowercased) }
      .filter { $0.isWord || $0.text == "'s" }
    // "ok fine ill give her that one": words that only agree name no thing granted.
    guard granted.contains(where: { !agreeingWords.contains($0.lowercased) }) else {
      return nil
    }
    let grantee = tokens[match.0..<match.1].lazy.compactMap { grantees[$0.lowercased] }.first
    guard (1...grantWordLimit).contains(granted.count), let grantee,
      let phrase = secondPersonPhrase(granted.joinedText)
    else { return nil }
    return "\(grantee) \(phrase)"
  }

  private static let frontedGrantPattern = PhrasePattern(AnswerCues.frontedGrant)

  /// Whom a grant is made to, as a reflection names them.
  private static let grantees: [String: String] = [
    "them": "them", "em": "them", "'em": "them", "him": "him", "her": "her",
  ]

  /// Words that only agree, and name nothing a grant could be of: "ok fine", "yeah alright".
  private static let agreeingWords: Set<String> = [
    "ok", "okay", "fine", "alright", "yeah", "yes", "well", "right", "fair", "enough", "true",
  ]

  /// The most words of what a grant whose object stands before it grants.
  private static let grantWordLimit = 6

  /// What gave them pause, when a grant follows it after "so" ("the rooms are full already so
  /// maybe he's got a point there"): the clause before, which alone says what they grant;
  /// nil when no such grant closes the doubt.
  static func pauseGiver(_ doubt: String) -> String? {
    let tokens = Tokenizer.tokenize(doubt)
    guard
      let so = tokens.indices.dropFirst(minimumPauseTokens).first(where: {
        tokens[$0].lowercased == "so"
      })
    else { return nil }
    let grant = Array(tokens[(so + 1)...].drop { doubtHedges.contains($0.lowercased) })
    guard grantClauses.contains(where: { $0.matchEnds(in: grant, from: 0).contains(grant.count) })
    else { return nil }
    let cause = Array(tokens[..<so]).filter { $0.text != "," }.joinedText
    return ReflectionCheck.isWholeClause(cause) ? cause : nil
  }

  /// Whether a clause only grants a point, after the word joining it: "and he's dead right".
  static func onlyGrants(_ clause: String) -> Bool {
    let tokens = Array(
      Shorthand.expanded(Tokenizer.tokenize(clause))
        .drop { !$0.isWord || FunctionWords.coordinators.contains($0.lowercased) }
        .reversed().drop { !$0.isWord }.reversed())
    return grantClauses.contains { $0.matchEnds(in: tokens, from: 0).contains(tokens.count) }
  }

  /// Clauses that only grant, with nothing of their own to give back: "he's got a point
  /// there", "you might be right", "fair enough".
  private static let grantClauses: [PhrasePattern] = [
    "(she|he|they|you|it|that) ('s|has|have|'ve)? (got)? a (fair|good)? point (there|then)?",
    "(she|he|they|you) ('s|is|are|'re|might be|may be|could be) (dead|quite|so|totally)? (right|onto something) (there|then)?",
    "(fair enough|fair play|fair do 's|that 's fair)",
  ].map(PhrasePattern.init)

  /// The fewest tokens before "so" for the words up to it to be what gave pause.
  private static let minimumPauseTokens = 3

  /// Whether a doubt cuts against their claim: it is no aside about themselves or someone
  /// else's reaction (`ClauseRole`), and none of their own backing (a source, an example or a
  /// reason the answer gives).
  static func cutsAgainst(_ doubt: String, in answer: ReadAnswer) -> Bool {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(doubt))
    let words = tokens.filter(\.isWord).drop {
      hedges.contains($0.lowercased) && $0.lowercased != "i"
    }
    if let role = ClauseRole.of(Array(words)), role < .background { return false }
    // "i'm not sure that's what you mean": about the question, not the claim.
    let said = tokens.map(\.lowercased)
    if zip(said, said.dropFirst()).contains(where: { $0 == "you" && listenerVerbs.contains($1) }) {
      return false
    }
    let key = LowercasedText(doubt)
    return !(answer.sources + answer.examples).contains { backing in
      let backingKey = LowercasedText(backing)
      return backing.split(separator: " ").count >= backingWordMinimum
        && (key.contains(backingKey) || backingKey.contains(key))
    }
  }

  /// Verbs of the listener's asking and meaning: a doubt about them doubts the question.
  private static let listenerVerbs: Set<String> = [
    "mean", "meant", "asked", "ask", "asking", "said", "say", "saying",
  ]

  /// The fewest words a source or example has to be matched against a doubt: "the news" in
  /// a doubt is no evidence of theirs.
  private static let backingWordMinimum = 3
}
