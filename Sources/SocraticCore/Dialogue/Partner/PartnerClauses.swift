/// The clauses of what they said, as a reflection gives them back: the parts of their first
/// sentences between commas and semicolons, without the tags around them ("ok fine", "to be
/// honest", "fair enough", "lol") that are not part of what they say.
enum PartnerClauses {
  /// How many sentences are looked at.
  static let sentenceLimit = 3

  /// Whether a clause only turns to what they mean: "it's just", "the thing is".
  static func isTurn(_ clause: [Token]) -> Bool {
    turns.contains(clause.filter(\.isWord).map(\.lowercased).joined(separator: " "))
  }

  /// Clauses that turn to what they mean, said before it.
  private static let turns: Set<String> = [
    "it 's just", "its just", "it 's only", "the thing is", "thing is", "it 's more",
    "its more", "it 's like", "the point is", "what it is", "all i 'm saying is",
  ]

  /// The clauses of their first sentences, in order, each without its tags.
  /// - Parameter first: the sentence to start from.
  static func of(_ words: TheirWords, from first: Int = 0) -> [[Token]] {
    joiningWhich(words.sentences.dropFirst(first).prefix(sentenceLimit).flatMap(clauses(of:)))
  }

  /// The parts of a sentence between commas, semicolons and dashes, each without its tags.
  /// "no it's fine, …", "so the kids …": the openers before what a sentence says are no part
  /// of any clause given back (`TheirWords.droppingOpeners`).
  private static func clauses(of sentence: [Token]) -> [[Token]] {
    var clauses: [[Token]] = []
    var current: [Token] = []
    for token in TheirWords.droppingOpeners(sentence) {
      if token.kind == .punctuation,
        [",", ";", ":", "-", "\u{2013}", "\u{2014}"].contains(token.text)
      {
        clauses.append(current)
        current = []
      } else {
        current.append(token)
      }
    }
    clauses.append(current)
    // "I'm not being funny but …", "ok this'll sound mad.": an aside that softens or excuses
    // what follows is no part of it.
    return clauses.map(withoutTags)
      .map { dropping(PartnerCueMatcher.spokenAside, atStartOf: $0) }
      .filter { $0.contains(where: \.isWord) && !SpokenAside.isAlone($0) }
  }

  /// Clauses with a "which" set apart by commas joined to what follows it.
  private static func joiningWhich(_ clauses: [[Token]]) -> [[Token]] {
    var result: [[Token]] = []
    var pending: Token?
    for clause in clauses {
      // "which maybe means …" goes on from what was said before: "that maybe means …"; a
      // "which" set apart by commas ("three kids, which, ok, maybe isn't nothing") opens the
      // next clause.
      if let first = clause.first, first.lowercased == "which" {
        let that = first.replacingText(with: "that")
        if clause.count == 1 {
          pending = that
          continue
        }
        result.append([that] + clause.dropFirst())
      } else if let that = pending {
        var clause = clause
        clause[0].hasSpaceBefore = true
        result.append([that] + clause)
      } else {
        result.append(clause)
      }
      pending = nil
    }
    return result
  }

  /// Whether a clause puts right the one before it, in the same words without the "not": "it's
  /// not about me, it's about her", "he's not lazy, he's tired". The one put right is the
  /// point, however short.
  static func corrects(_ clause: [Token], _ previous: [Token]) -> Bool {
    let words = clause.filter(\.isWord).map(\.lowercased).drop { $0 == "but" }
    let before = previous.filter(\.isWord).map(\.lowercased)
    let negations = FunctionWords.negators
    guard let first = words.first, first == before.first, words.count >= 3,
      before.contains(where: negations.contains), !words.contains(where: negations.contains)
    else { return false }
    return ClauseParser.finiteVerbIndex(in: clause) != nil
  }

  /// The fewest words with a meaning of their own a clause that carries meaning has.
  static let meaningfulWordMinimum = 3

  /// Whether a clause has enough words of its own to say something given back: "you watched it
  /// happen" points at what it is about, "half the town lost everything" says it.
  /// A list of things they name ("calling people names") is not one, even when a word of it
  /// can be read as a verb; nor is a tease or a figure of speech (`PartnerCues.notThePoint`).
  static func carriesMeaning(_ clause: [Token]) -> Bool {
    guard let first = clause.first?.lowercased, !first.hasSuffix("ing"),
      ClauseParser.finiteVerbIndex(in: clause) != nil,
      !PartnerCueMatcher.notThePoint.matches(clause.filter(\.isWord))
    else { return false }
    return clause.count { $0.isWord && !FunctionWords.isFunctionWord($0.lowercased) }
      >= meaningfulWordMinimum
  }

  /// Whether a clause says nothing when given back alone: "that's gone" or "it is" point back
  /// at words it leaves behind, and "I don't know" is a filler ("So you don't know." sounds
  /// like a point scored). A plainer line is safer.
  static func isEmptyGivenBack(_ clause: [Token]) -> Bool {
    let words = clause.filter(\.isWord)
    if let end = PartnerCueMatcher.notKnowing.matchEnd(atStartOf: words), end == words.count {
      return true
    }
    return pointsBack(clause)
      && words.count { !FunctionWords.isFunctionWord($0.lowercased) } < meaningfulWordMinimum
  }

  /// Whether a clause opens with a word that points back ("that's what gets me", "I miss
  /// that"): given back alone, it leaves out what it is about.
  static func pointsBack(_ clause: [Token]) -> Bool {
    let words = clause.filter(\.isWord).map(\.lowercased)
    guard let first = words.first else { return false }
    return pointingBack.contains(first)
      || words.count <= 4 && words.last.map(pointingBack.contains) ?? false
  }

  /// Words that point back at what was said before them when they open a clause.
  private static let pointingBack: Set<String> = ["that", "this", "it", "thats", "those"]

  /// The first clause after the clause at `index` that opens with "but", turned to the second
  /// person without it; looked for in all the sentences kept.
  static func butClause(in words: TheirWords, after index: Int) -> String? {
    var seen = 0
    for sentence in words.sentences {
      for clause in clauses(of: sentence) {
        defer { seen += 1 }
        guard seen > index, clause.first?.lowercased == "but",
          let given = secondPerson(Array(clause.dropFirst()))
        else { continue }
        return given
      }
    }
    return nil
  }

  /// A clause without the matcher's phrase that opens it ("I'll admit", "I don't know"), when
  /// what follows still has a finite verb; the clause as it is otherwise.
  static func dropping(_ matcher: PartnerCueMatcher, atStartOf clause: [Token]) -> [Token] {
    guard let end = matcher.matchEnd(atStartOf: clause.filter(\.isWord)) else { return clause }
    var wordsLeft = end
    let rest = Array(
      clause.drop { token in
        guard wordsLeft > 0 else { return !token.isWord }
        if token.isWord { wordsLeft -= 1 }
        return true
      })
    guard ClauseParser.finiteVerbIndex(in: rest) != nil else { return clause }
    var trimmed = rest
    trimmed[0].hasSpaceBefore = false
    return trimmed
  }

  /// The first clause in which the matcher finds a phrase.
  static func carrying(_ matcher: PartnerCueMatcher, in words: TheirWords) -> [Token]? {
    of(words).first { matcher.matches($0.filter(\.isWord)) }
  }

  /// A clause turned to the second person, without hedges at its start, or nil when it would
  /// not read well given back (no verb, a question). A clause too long to give back whole is
  /// given back up to the "and" or "but" that joins another clause to it.
  /// - Parameter keepingMaybe: whether a "maybe" or "perhaps" that opens it is kept: a doubt
  ///   given back without it would say more than they did.
  static func secondPerson(_ clause: [Token], keepingMaybe: Bool = false) -> String? {
    let opening = clause.drop { ["so", "and", "but"].contains($0.lowercased) }
    if keepingMaybe, let first = opening.first, ["maybe", "perhaps"].contains(first.lowercased),
      let rest = secondPerson(Array(opening.dropFirst()))
    {
      return first.lowercased + " " + rest
    }
    // A clause about the listener ("you sound like your professors") is not theirs to give
    // back: "you" would turn it on them; nor is a request ("don't tell your brother"), nor
    // anything told the listener not to do ("dont get me started on the mining").
    let spoken = opening.filter(\.isWord).map(\.lowercased)
    guard !clause.contains(where: { listenerWords.contains($0.lowercased) }),
      PartnerCueMatcher.request.matchEnd(atStartOf: clause.filter(\.isWord)) == nil,
      !(spoken.first.map(negativeImperatives.contains) ?? false && spoken.contains("me"))
    else { return nil }
    if let whole = withSubject(clause) { return whole }
    guard clause.count(where: \.isWord) > ReflectionWriter.quoteWordLimit,
      let join = clause.indices.dropFirst(2).first(where: { index in
        ["and", "but", "so", "because"].contains(clause[index].lowercased)
      })
    else { return nil }
    return withSubject(Array(clause[..<join]))
  }

  /// Words that open a clause telling the listener not to do something: "don't get me …".
  private static let negativeImperatives: Set<String> = ["dont", "don't", "do"]

  /// Words that name the listener.
  private static let listenerWords: Set<String> = [
    "you", "your", "yours", "yourself", "u", "ur", "urs", "ull", "ya", "yer", "y'all",
  ]

  /// A clause in the second person when it does not open with its verb: "maybe isn't
  /// nothing" goes on from another clause and says nothing given back alone. A clause of more
  /// than twice the words a reflection quotes is too long to give back, whatever its frames
  /// and fillers: it is not read.
  private static func withSubject(_ clause: [Token]) -> String? {
    guard clause.count(where: \.isWord) <= 2 * ReflectionWriter.quoteWordLimit,
      let given = ReflectionWriter.secondPerson(
        clause.joinedText, dropping: ReflectionWriter.hedges),
      let first = given.split(separator: " ").first.map({ $0.lowercased() }),
      FunctionWords.auxiliary(first) == nil, Lexicon.classes(of: first) != .verb
    else { return nil }
    return given
  }

  /// Where a question tag that ends a clause of its own starts ("she was right was she"); nil
  /// when none does, or when what it would leave has no subject and verb of its own before it
  /// ("I know what did it").
  private static func tagQuestionStart(_ tokens: [Token]) -> Int? {
    guard let start = PartnerCueMatcher.tagQuestion.matchStart(atEndOf: tokens) else {
      return nil
    }
    let before = Array(tokens[..<start])
    guard before.count(where: \.isWord) >= minimumWordsBeforeATag,
      let last = before.last(where: \.isWord),
      !FunctionWords.isFunctionWord(last.lowercased),
      ClauseParser.finiteVerbIndex(in: before) != nil
    else { return nil }
    return start
  }

  /// The fewest words of a clause a question tag can follow: "it's mad innit".
  private static let minimumWordsBeforeATag = 3

  /// The tokens without the tags that close them ("… innit", "…, right", "… tbh", "… isn't
  /// it"; partner's tables and `TypedForms.tailTagStart`), each taken off only when a clause of
  /// `minimumWordsBeforeATag` words or more is left.
  static func withoutClosingTags(_ tokens: [Token]) -> [Token] {
    var tokens = tokens
    while true {
      while let last = tokens.last, last.kind == .punctuation { tokens.removeLast() }
      let start =
        PartnerCueMatcher.closingTags.matchStart(atEndOf: tokens) ?? tagQuestionStart(tokens)
        ?? TypedForms.tailTagStart(in: tokens)
      guard let start, tokens[..<start].count(where: \.isWord) >= minimumWordsBeforeATag else {
        return tokens
      }
      tokens.removeLast(tokens.count - start)
    }
  }

  /// A clause without the tags at either end.
  private static func withoutTags(_ clause: [Token]) -> [Token] {
    var tokens = clause
    while true {
      while let first = tokens.first, first.kind == .punctuation { tokens.removeFirst() }
      while let last = tokens.last, last.kind == .punctuation { tokens.removeLast() }
      if let end = PartnerCueMatcher.openingTags.matchEnd(atStartOf: tokens) {
        tokens.removeFirst(end)
      } else if let start = PartnerCueMatcher.closingTags.matchStart(atEndOf: tokens) {
        tokens.removeLast(tokens.count - start)
      } else if let start = tagQuestionStart(tokens) {
        tokens.removeLast(tokens.count - start)
      } else {
        break
      }
    }
    if !tokens.isEmpty { tokens[0].hasSpaceBefore = false }
    return tokens
  }
}
