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

  /// Openings of a line given back whose subject only points at something said before ("So
  /// that's what you want.", "It sounds like that's what gets you."): with nothing after it
  /// to say what it points to, the line gives back nothing of theirs.
  static let pointingBack: [String] = [
    "(so|like) (that|this) ('s|is|was) (what|all|just|how|why|the size|the thing|the problem|the point|it)",
    "(so|like) it ('s|is|was) (what|all|just) !(about|for|to|because)",
    "(so|like) (that|this) (does|did|gets|got|makes|made|sums) (it|me|you|that)",
  ]

  private static let pointingBackMatcher = PartnerCueMatcher(pointingBack)

  /// Whether a line given back rests on a word that points back with nothing to point to: no
  /// colon after which the words it points to are said.
  static func pointsNowhere(_ text: String) -> Bool {
    !text.contains(":")
      && pointingBackMatcher.matches(Shorthand.expanded(Tokenizer.tokenize(text)).filter(\.isWord))
  }

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
          || opensOnItsVerb(Array(opening)) || isPastedChat(Array(opening))
      {
        return false
      }
      guard standsAlone(Array(opening), openers: FunctionWords.subordinators) else {
        return false
      }
      let words = body.filter(\.isWord).map(\.lowercased)
      return !endsCut(words) && !endsOnACutNounPhrase(body)
    }
  }

  /// Whether what is given back opens on its verb, its subject dropped: "So eats the cake then
  /// blames the dog.", "So drinks all the milk.". A verb and then its object: the word after
  /// it only ever opens a noun phrase.
  private static func opensOnItsVerb(_ opening: [Token]) -> Bool {
    let words = opening.filter(\.isWord).map(\.lowercased)
    guard words.count >= 3,
      Lexicon.verbReadings(of: words[0]).contains(where: { $0.form == .thirdSingular })
    else { return false }
    return determiners.contains(words[1])
      || words[1] == "all" && determiners.contains(words[2])
  }

  /// Whether what is given back with "So" is their chat pasted rather than their point: it
  /// opens on a word of chat ("So nah the new bus is a joke."), ends on a tag that asks the
  /// listener ("So daft isn't it."), or on a verb of being whose predicate was left behind
  /// ("So you are now.").
  private static func isPastedChat(_ opening: [Token]) -> Bool {
    let words = opening.filter(\.isWord).map(\.lowercased)
    guard let first = words.first, let last = words.last else { return false }
    if chatOpeners.contains(first) { return true }
    let lastTwo = words.suffix(2).joined(separator: " ")
    if askingTags.contains(last) || askingTags.contains(lastTwo) { return true }
    // "So you are now.": a subject, "be" and the end, nothing between; "So the bus is slower
    // than it was then." said its predicate.
    return words.count == 3 && cutPredicateEnds.contains(last) && beingVerbs.contains(words[1])
  }

  /// Words of chat that open a turn but no point of it: "nah", "yeah", "well".
  private static let chatOpeners: Set<String> = [
    "nah", "naw", "yeah", "yea", "yep", "yup", "nope", "well", "oh", "ah", "eh", "ok", "okay",
    "lol", "right", "aye",
  ]

  /// Tags that ask the listener to agree: "isn't it", "innit".
  private static let askingTags: Set<String> = [
    "innit", "isn't it", "isnt it", "is n't it", "aren't they", "arent they", "are n't they",
    "wasn't it", "wasnt it", "was n't it", "don't you", "dont you", "do n't you", "eh",
  ]

  /// Words that end a clause of being only when its predicate was said before: "you are now".
  private static let cutPredicateEnds: Set<String> = ["now", "then", "too", "again", "still"]

  /// The forms of "be" before such an end.
  private static let beingVerbs: Set<String> = [
    "am", "is", "are", "was", "were", "'m", "'s", "'re",
  ]

  /// Verbs a closing "so" is the object of ("you think so", "she said so"); after any other
  /// word a closing "so" waits for what it leads to ("… in march so.").
  private static let soComplementVerbs: Set<String> = [
    "think", "thought", "hope", "hoped", "guess", "reckon", "suppose", "believe", "say", "said",
    "says", "told", "do", "did", "does", "imagine", "expect", "feel", "felt", "seem", "seems",
  ]

  /// Words a sentence cannot end on: what follows them was cut off.
  private static let waitingWords: Set<String> = [
    "and", "or", "but", "the", "a", "an", "of", "because", "my", "your", "their", "our",
  ]

  /// Words a sentence can end on only after one of the words given: "you think so" ends, "it
  /// rained all week so" waits for what follows.
  private static let endingOnlyAfter: [String: Set<String>] = ["so": soComplementVerbs]

  /// Whether words end on one that waits for what was cut off (`waitingWords`,
  /// `endingOnlyAfter`).
  private static func endsCut(_ words: [String]) -> Bool {
    guard let last = words.last else { return false }
    if waitingWords.contains(last) { return true }
    return endingOnlyAfter[last].map { !$0.contains(words.dropLast().last ?? "") } ?? false
  }

  /// Whether words that open on a subordinator ("if", "when", "unless") have their main
  /// clause after it, with or without a comma: "if it rains we stay in" does, "if one of them
  /// turned up and listened" does not, as a verb joined on by "and" goes on with the
  /// subordinate clause. Words that open otherwise stand alone.
  /// - Parameter openers: the subordinators read; conditions and times alone by default, as
  ///   "so" and "because" open a statement or a reason of their own.
  static func standsAlone(_ words: [Token], openers: Set<String> = conditionOpeners) -> Bool {
    guard let first = words.first?.lowercased, openers.contains(first) else { return true }
    let clause = Array(words.prefix(clauseWordLimit))
    // "when the buses came and the drivers smiled": a clause joined on by "and" goes on with
    // the subordinate one, so the main clause comes after a comma once an "and" was said; a
    // subject that runs back over an "and" is none.
    let joined = clause.firstIndex { coordinators.contains($0.lowercased) }
    return clause.indices.dropFirst(2).contains { split in
      let main = Array(clause[split...].drop { $0.kind == .punctuation })
      if let joined, joined < split,
        !clause[joined..<split].contains(where: { $0.kind == .punctuation && $0.text == "," })
      {
        return false
      }
      guard let opening = main.first, !coordinators.contains(opening.lowercased),
        ClauseParser.finiteVerbIndex(in: Array(clause[1..<split])) != nil,
        let parsed = ClauseParser.parse(main), parsed.lead.isEmpty
      else { return false }
      // "… lowers the price": a subject that stops on its determiner is a noun read as a verb.
      guard let last = parsed.subject.last?.lowercased, !articles.contains(last) else {
        return false
      }
      return !parsed.subject.contains { coordinators.contains($0.lowercased) }
    }
  }

  /// Subordinators that open a condition or a time, which waits for its main clause.
  static let conditionOpeners: Set<String> = [
    "if", "unless", "when", "whenever", "once", "until", "till", "although", "though", "while",
    "whilst", "whereas",
  ]

  /// Words that only ever open a noun phrase, never stand for one: "the", "my".
  private static let articles: Set<String> = [
    "a", "an", "the", "my", "your", "our", "their", "every", "each",
  ]

  /// Words that join a verb to the clause before it, not a main clause of its own.
  private static let coordinators: Set<String> = ["and", "or", "but", "then", "nor"]

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
