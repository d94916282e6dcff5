/// The clause of an answer that carries its point, when another clause of the same sentence
/// only sets the scene: "the forms are just admin, the real issue is X" gives back X, "I saw a
/// film on it, it showed Y" gives back what it showed, "my aunt runs a shop and rent eats 40%"
/// gives back the rent.
extension ReflectionWriter {
  /// How much a clause weighs as the point of a sentence, by a phrase that opens it or is in
  /// it, as `TokenPattern`s: a reason, a consequence, what a source showed, a number outweigh
  /// a clause that only names a source or sets up who someone is.
  static let clauseWeights: [(pattern: String, weight: Int, opens: Bool)] = [
    // The point named as the point: "the real issue is …", "what matters is …".
    ("(the|my|whole) (real|main|big|actual)? (point|thing|problem|issue|reason) (is|was)", 3, true),
    ("what (matters|counts|worries me|bothers me|gets me) (is|was)", 3, true),
    // What follows or why: "so …", "which means …", "because …".
    ("(so|which means|that means|meaning|because|cos|cause|since)", 2, true),
    // What a source showed is the content, the source only where it came from.
    ("(it|they|the _) (showed|shows|found|finds|proved|proves|said|says)", 2, true),
    // A consequence that cannot be undone.
    (
      "(never|forever|for good|can't|cannot|ca n't|no way to) (get|come|grow|undo|go)? (it|them)? back",
      2, false
    ),
    // A source named and nothing more: "i saw a documentary on it".
    ("i (saw|watched|read|heard|seen|found) (a|an|the|this|some|something|about|it)", -2, true),
    // Who someone is: "she's my niece", "my cousin runs a pub".
    ("(she 's|he 's|she is|he is|they 're|they are) my", -2, true),
    (
      "(my|his|her|our|their) (cousin|uncle|aunt|brother|sister|mum|mom|dad|father|mother|son|daughter|friend|mate|neighbour|neighbor|niece|nephew|wife|husband|partner|boss) (runs|owns|works|has|lives|is|'s|was|had)",
      -1, true
    ),
  ]

  /// `clauseWeights`, compiled once.
  private static let weightPatterns = clauseWeights.map {
    (pattern: PhrasePattern($0.pattern), weight: $0.weight, opens: $0.opens)
  }

  /// Words at which a sentence splits into clauses that may stand alone.
  private static let clauseJoints: Set<String> = [",", ";", "and", "but", "so", "because", "—"]

  /// The clause of the answer's sentences that carries its point, when it is not their first;
  /// never past a doubt or a concession, which is the moment whatever follows it.
  static func point(of answer: ReadAnswer, saying line: String) -> String? {
    guard answer.doubts.isEmpty, !answer.isWavering, !answer.has(.concession) else { return nil }
    return SentenceSplitter.sentences(in: String(line.prefix(pointReadLimit))).lazy
      .compactMap(weightiestClause).first
  }

  /// The clause of a part that outweighs its first one, given back: nil when the first clause
  /// is the point, or no later clause reads on its own.
  static func weightiestClause(_ text: String) -> String? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(text))
    let clauses = clauses(of: tokens)
    guard clauses.count > 1 else { return nil }
    let firstWeight = weight(of: clauses[0]).weight
    let opensOnAside = isSelfAside(clauses[0].filter(\.isWord))
    let later = clauses.dropFirst().compactMap { clause -> (weight: Int, text: String)? in
      // "i do hair so i hear it all": what follows from who they are is how they know.
      if opensOnAside, clause.first.map({ asideJoints.contains($0.lowercased) }) == true {
        return nil
      }
      // "his rent went up a third": a "he" or "his" whose person the first clause set up
      // would be given back with no one to point at.
      if let first = clause.first(where: { $0.isWord && !["and", "but"].contains($0.lowercased) }),
        pointingBackWords.contains(first.lowercased)
      {
        return nil
      }
      let (weight, rest) = weight(of: clause)
      guard weight > firstWeight, let text = givenPoint(rest) else { return nil }
      return (weight, text)
    }
    return later.max { $0.weight < $1.weight }?.text
  }

  /// Words that point back to a person the clause before named.
  private static let pointingBackWords: Set<String> = [
    "he", "she", "his", "her", "him", "they", "their", "which", "who",
  ]

  /// How many characters of an answer are weighed for the clause that carries its point.
  static let pointReadLimit = 600

  /// Words that open a clause said before the main one: "once the tills go, the jobs …".
  private static let subordinators: Set<String> = [
    "once", "when", "if", "after", "since", "as", "whenever", "unless", "until",
  ]

  /// A clause given back as a statement; one that opens on a subordinate clause with no comma
  /// ("once the tills go the jobs never come back") is read with the comma where its main
  /// clause's subject starts, or as its main clause alone when that is all that reads.
  static func givenPoint(_ tokens: [Token]) -> String? {
    if let text = givenStatement(tokens.joinedText) { return text }
    guard let first = tokens.first(where: \.isWord)?.lowercased, subordinators.contains(first)
    else { return nil }
    for index in tokens.indices.dropFirst(2)
    where FunctionWords.beginsNounPhrase(tokens[index])
      || FunctionWords.subjectPronouns[tokens[index].lowercased] != nil
    {
      let main = Array(tokens[index...]).joinedText
      if let text = givenStatement(Array(tokens[..<index]).joinedText + ", " + main)
        ?? givenStatement(main)
      {
        return text
      }
    }
    return nil
  }

  /// A clause's weight, and its words without the phrase that names it as the point.
  private static func weight(of clause: [Token]) -> (weight: Int, rest: [Token]) {
    // "and rent eats 40%": the joint is no part of what opens the clause.
    let words = Array(clause.filter(\.isWord).drop { ["and", "but"].contains($0.lowercased) })
    // "it's 5 mins away", "4 til 2": a number of logistics sets the scene; any other weighs.
    var weight =
      ClauseRole.isLogistics(clause) ? logisticsWeight : words.contains(where: isNumber) ? 2 : 0
    // "i mean im a data analyst, id want to see the study": who they are weighs least, as
    // does "i worked it out", which only announces what follows.
    if isSelfAside(words) || onlyAnnounces(words) { weight += selfAsideWeight }
    var rest = clause
    for entry in weightPatterns {
      let starts = entry.opens ? [0] : Array(words.indices)
      guard
        let end = starts.lazy.compactMap({ entry.pattern.matchEnds(in: words, from: $0).max() })
          .first
      else { continue }
      weight += entry.weight
      // "the real issue is …": the point without the words that name it.
      if entry.weight == 3 { rest = Array(words[end...]) }
    }
    return (weight, rest)
  }

  /// Clauses that only announce what follows, with nothing of their own: "i worked it out",
  /// "we did the maths", "i looked it up", "here's the thing".
  static let announcingClauses: [PhrasePattern] = [
    "(i|we) (worked|figured|counted|added|totted) (it|them)? (all)? (out|up)",
    "(i|we) (did|done|ran|crunched) the (math|maths|sums|numbers)",
    "(i|we) (looked|checked) (it|them)? (into it|up)?",
    "(here 's|heres) the thing",
  ].map(PhrasePattern.init)

  /// Whether a clause's words, after the frames that open it, only announce what follows.
  static func onlyAnnounces(_ words: [Token]) -> Bool {
    let words = withoutOpeningFrames(words.filter(\.isWord))
    return announcingClauses.contains { $0.matchEnds(in: words, from: 0).contains(words.count) }
  }

  /// Whether a clause's words say only who the speaker is, after the frames that open it.
  private static func isSelfAside(_ words: [Token]) -> Bool {
    ClauseRole.of(withoutOpeningFrames(words)) == .selfAside
  }

  /// Words that join to who the speaker is what follows from it: "so", "which".
  private static let asideJoints: Set<String> = ["so", "which"]

  /// The weight a clause loses for saying only who the speaker is.
  private static let selfAsideWeight = -2

  /// Words that open a clause and frame it: "i mean", "like".
  private static let openingFrames: [PhrasePattern] = [
    "(i mean|like|well|so|and|but|honestly)"
  ].map(PhrasePattern.init)

  /// A clause's words without the frames that open it.
  private static func withoutOpeningFrames(_ words: [Token]) -> [Token] {
    var words = words
    while let end = openingFrames.lazy.compactMap({ $0.matchEnds(in: words, from: 0).max() })
      .first, end > 0, end < words.count
    {
      words.removeFirst(end)
    }
    return words
  }

  /// The weight of a clause of logistics: below a plain one.
  private static let logisticsWeight = -2

  /// Whether a word is a number or a share: "45", "40%", "half".
  private static func isNumber(_ token: Token) -> Bool {
    token.text.contains(where: \.isNumber)
      || ["half", "percent", "quarter", "third"].contains(
        token.lowercased)
  }

  /// The clauses of a sentence, split at its joints where what follows has a verb of its own.
  static func clauses(of tokens: [Token]) -> [[Token]] {
    var result: [[Token]] = []
    var current: [Token] = []
    for token in tokens {
      if clauseJoints.contains(token.lowercased), !current.isEmpty {
        result.append(current)
        current = token.kind == .punctuation ? [] : [token]
        continue
      }
      current.append(token)
    }
    if !current.isEmpty { result.append(current) }
    // A piece without a verb of its own belongs to the clause before it.
    return result.reduce(into: [[Token]]()) { merged, piece in
      if merged.isEmpty || AnswerMoveReader.finiteVerbIndex(in: piece) != nil {
        merged.append(piece)
      } else {
        merged[merged.count - 1] += piece
      }
    }
  }
}
