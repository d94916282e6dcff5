/// The reply to being told the tool got them wrong ("no, it's more that the fees went up",
/// "thats not what i said, it was my dad not me"): one apology, then only what they say IS so,
/// as a short clause of theirs turned to "you" ("Sorry, I got that wrong — it was your dad, not
/// you."); when no clean clause can be made of it, the apology and "What did I miss?". Never
/// their protest, their fillers or a word about the words ("i said", "more than that").
struct CorrectionReply: Sendable, Equatable {
  /// The line shown.
  var text: String
  /// Whether it asks what they meant, since no clause of theirs could be given back.
  var asksWhatWasMissed: Bool

  /// The reply to a correction.
  /// - Parameters:
  ///   - meant: what they said in place of what was heard, as typed; nil when they said none.
  ///   - apologising: whether to say sorry: once a session is enough, a later miss is owned.
  init(meant: String?, apologising: Bool) {
    let opening = apologising ? Self.apology : Self.laterOwning
    if let clause = meant.flatMap(Self.clause) {
      text = opening + " \u{2014} " + clause + "."
      asksWhatWasMissed = false
    } else {
      text = opening + ". " + Self.whatWasMissed
      asksWhatWasMissed = true
    }
  }

  /// The first clause of what they meant that says what is so, in the second person: a clause
  /// as a clause ("he just ignores your emails"), a thing as what it is ("it's the lectures").
  /// A part that names their point ("its about trust") comes first; parts that only protest, or
  /// only say what is not so ("i havent got kids"), give way to one that says what is; a part
  /// that pushes a detail away ("the dog was just an example", "forget the posters") is never
  /// given back. Nil when no part gives back clean and short.
  static func clause(of meant: String) -> String? {
    let kept = RecapAnswer.withoutProtest(meant) ?? meant
    let parts = BeliefMap.sentences(of: kept).flatMap {
      $0.split(whereSeparator: { partMarks.contains($0) }).map(String.init)
    }
    .filter { part in
      // "thats literally why": a part that only points at their reason gives back nothing.
      !BeliefMap.takesBack(BeliefMap.plainWords(part))
        && pointing.matchEnd(
          atStartOf: Shorthand.expanded(Tokenizer.tokenize(part)).filter(\.isWord))
          == nil
    }
    let given = parts.compactMap { part in
      givenPart(part).map { (text: $0.text, isDenial: $0.isDenial, isPoint: namesPoint(part)) }
    }
    return given.first(where: { $0.isPoint && !$0.isDenial })?.text
      ?? given.first(where: { !$0.isDenial })?.text ?? given.first?.text
  }

  /// Whether a part opens on the point they mean ("its about loyalty", "the point was the
  /// rent"), which outranks background said before it ("im a manager now").
  private static func namesPoint(_ part: String) -> Bool {
    let words = Shorthand.expanded(Tokenizer.tokenize(part)).filter(\.isWord)
    let opening = Array(words.drop { ReflectionWriter.chatFillers.contains($0.lowercased) })
    return pointOpeners.matchEnd(atStartOf: opening) != nil
  }

  /// Phrases that only point at their reason, naming nothing: "thats literally why".
  private static let pointing = PartnerCueMatcher([
    "(that 's|thats|that is|it 's|its) (literally|exactly|just)? (why|the reason|my reason|my point|the point)"
  ])

  /// Phrases that open a part naming the point they mean.
  private static let pointOpeners = PartnerCueMatcher([
    "(it 's|its|it is|it was) (all|really|just|more)? about",
    "(the|my) (real|whole|main)? point (is|was|'s)",
    "what (matters|i care about) (is|'s)",
  ])

  /// One part of what they meant given back, and whether it only says what is not so.
  private static func givenPart(_ part: String) -> (text: String, isDenial: Bool)? {
    // "the nurses are leaving lol": a laugh is no part of what is so.
    var tokens = withoutOpeners(Shorthand.expanded(Tokenizer.tokenize(part)), by: openers)
      .filter { !ReflectionWriter.chatFillers.contains($0.lowercased) }
    let words = tokens.filter(\.isWord).map(\.lowercased)
    let pairs = zip(words, words.dropFirst()).map { [$0, $1] }
    guard !tokens.isEmpty, !words.isEmpty, words.allSatisfy({ !metaWords.contains($0) }),
      !pairs.contains(where: metaPairs.contains)
    else { return nil }
    tokens[0].hasSpaceBefore = false
    let rest = tokens.joinedText
    // "the bus cuts": a verb read last that gives no clause is as likely a plural noun, and
    // the words a thing.
    let parsed = ClauseParser.finiteVerbIndex(in: tokens)
    let verb = parsed ?? Self.verbAfterNoun(in: tokens)
    let endsOnVerb = verb.map { !tokens[($0 + 1)...].contains(where: \.isWord) } ?? true
    let phrase = ReflectionWriter.secondPersonPhrase(rest)
    // A clause the writer cannot give back whole is given as its words turned to "you".
    let text =
      endsOnVerb
      ? parsed.flatMap { _ in ReflectionWriter.given(rest) } ?? phrase.map { "it's " + $0 }
      : ReflectionWriter.given(rest) ?? phrase
    guard let text, ReflectionCheck.isWhole(text),
      ReflectionCheck.carriesContent(Tokenizer.tokenize(text))
    else { return nil }
    let given = Tokenizer.tokenize(text).filter(\.isWord).map(\.lowercased)
    guard (clauseWordMinimum...clauseWordLimit).contains(given.count),
      given.allSatisfy({ !firstPerson.contains($0) })
    else { return nil }
    return (text, words.contains(where: negates))
  }

  /// Words without what opens them to point at what was meant ("nah its more that", "i
  /// said"), and with `fillersToo`, the fillers before them ("well", "actually").
  static func withoutOpeners(
    _ tokens: [Token], by openers: PartnerCueMatcher = BeliefMap.reasonPointers
  ) -> [Token] {
    var tokens = tokens
    while let opened = openers.matchEnd(
      atStartOf: tokens.filter(\.isWord)), opened > 0
    {
      var words = opened
      tokens = Array(
        tokens.drop { token in
          guard words > 0 else { return !token.isWord }
          if token.isWord { words -= 1 }
          return true
        })
    }
    if let first = tokens.indices.first { tokens[first].hasSpaceBefore = false }
    return tokens
  }

  /// The first word that may be a verb after a word that is no determiner, with words after
  /// it ("the staff lose their jobs"), when the parser read no verb.
  private static func verbAfterNoun(in tokens: [Token]) -> Int? {
    let words = tokens.indices.filter { tokens[$0].isWord }
    return zip(words, words.dropFirst()).first { before, index in
      !FunctionWords.determiners.contains(tokens[before].lowercased)
        && !FunctionWords.isFunctionWord(tokens[before].lowercased)
        && !Lexicon.verbReadings(of: tokens[index].lowercased).isEmpty
        && index != words.last
    }?.1
  }

  /// Said first to a correction, once a session.
  static let apology = "Sorry, I got that wrong"
  /// Said first to a later correction, when sorry was said already.
  static let laterOwning = "You're right, I had that wrong"
  /// Asked when nothing of what they said can be given back cleanly.
  static let whatWasMissed = "What did I miss?"

  /// The fewest and most words a clause given back has.
  static let clauseWordMinimum = 2
  static let clauseWordLimit = 14

  /// Marks between the parts of a correction.
  private static let partMarks: Set<Character> = [",", ";", "-", "\u{2014}", "(", ")"]

  /// Words that open what they meant and point at it, no part of it: "lol", "i said", "it's
  /// more that". A "no" or "nah" before them is read by each reader's own table.
  static let pointerTable = [
    "(lol|haha|lmao)",
    "(what)? i (said|meant|mean|was saying|was on about) (was|is)? (that)?",
    "(it 's|its|it is|it was|that 's|thats) (more|mostly|really|actually) (that|like|about)?",
    "(more|mostly|rather) (that|like)",
    "(the|my) (main|big|real) (thing|point) (is|was|'s)? (that)?",
  ]
  /// What may follow a "no" that keeps it part of the words ("no one answers", "no way"): a
  /// pattern's word test, for the readers that strip a leading "no".
  static let notDenial = "!(one|body|longer|more|way|matter|idea|chance|doubt|point|time)"

  /// The pointers, a "no" that opens a correction ("no mum booked it": who booked it is what
  /// they meant; "no one answers" keeps its "no") and the fillers said before what was meant:
  /// "well", "actually".
  private static let openers = PartnerCueMatcher(
    pointerTable + [
      "(no|nah|nope) \(notDenial)",
      "(well|oh|um|erm|actually|honestly|like|so|ok|okay)",
    ])

  /// Words that say something about the talk, not about what is so: a part holding one is no
  /// clause to give back ("you misread me", "you're not listening").
  private static let metaWords: Set<String> = [
    "wrong", "listening", "misread", "misunderstood",
  ]
  /// Pairs of words that speak of what was said, not of what is so: "i said", "more than that".
  private static let metaPairs: Set<[String]> = [
    ["i", "said"], ["i", "meant"], ["i", "mean"], ["than", "that"], ["than", "this"],
    ["you", "said"], ["you", "think"],
  ]

  /// Words of the first person, which a clause given back never holds.
  private static let firstPerson: Set<String> = ["i", "me", "my", "mine", "myself", "we", "our"]

  /// Whether a word makes a part say only what is not so: "not", "dont", "nothing".
  private static func negates(_ word: String) -> Bool {
    FunctionWords.negates(word) || FunctionWords.noneWords.contains(word)
  }
}
